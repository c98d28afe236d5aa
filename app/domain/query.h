#pragma once

#include "timestamps.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// Server-side filters: changing any of them resets the table and starts paging again
// (DESIGN.md section 2). One value type per backend, holding only what its API offers.

enum class SortDirection : quint8 { Ascending, Descending };

enum class CenturyScope : quint8 { All, Completed, InProgress };   // which endpoint
enum class CenturyStatusFilter : quint8 { Any, InProgress, Completed }; // `status` on /sessions
enum class CenturyDateField : quint8 { StartDate, EndDate };
enum class CompareOp : quint8 { Gt, Gte, Lt, Lte };
enum class CenturyPaging : quint8 { Cursor, Offset };

struct CenturyDateCondition
{
    CenturyDateField field = CenturyDateField::StartDate;
    CompareOp op = CompareOp::Gte;
    qint64 ms = kNoTime;

    friend bool operator==(const CenturyDateCondition &, const CenturyDateCondition &) = default;
};

struct CenturyQuery
{
    // The GET endpoints take at most this many values per id list; past it the client
    // switches to POST /smart-ia/sessions/search (API-NOTES.md).
    static constexpr int kMaxIdsPerGet = 30;
    static constexpr int kMaxPageSize = 100;

    CenturyScope scope = CenturyScope::All;
    CenturyStatusFilter status = CenturyStatusFilter::Any;
    QList<CenturyDateCondition> dates;
    QStringList subjects;
    QStringList testIds;
    QStringList userIds;
    CenturyDateField sortField = CenturyDateField::StartDate;
    SortDirection sortDirection = SortDirection::Ascending;
    int pageSize = kMaxPageSize;
    CenturyPaging paging = CenturyPaging::Cursor;

    friend bool operator==(const CenturyQuery &, const CenturyQuery &) = default;
};

struct TreasureQuery
{
    static constexpr int kMaxPageSize = 1000;
    int pageSize = 100;

    friend bool operator==(const TreasureQuery &, const TreasureQuery &) = default;
};

struct MobileNextQuery
{
    static constexpr int kMaxPageSize = 500;
    int pageSize = 100;
    QString organizationId; // empty: the key's own organization

    friend bool operator==(const MobileNextQuery &, const MobileNextQuery &) = default;
};

using Query = std::variant<CenturyQuery, TreasureQuery, MobileNextQuery>;

// Empty when the query can be sent; otherwise a sentence that says what to change.
// Checked before any request, so that a bad combination never reaches the server.
QString queryValidationError(const Query &query);
