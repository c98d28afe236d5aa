#pragma once

#include "democenturycursor.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <limits>
#include <optional>
#include <vector>

class DemoCenturyWorld;

// A Century request as the server understands it, read from GET parameters or from the
// POST /search body, and checked the way API-NOTES.md describes (400 on gt+gte, lt+lte,
// more than 30 ids on GET, limit outside 1..100, offset with cursor, bad cursor or date).
struct DemoCenturyQuery
{
    enum class Status { Any, InProgress, Completed };

    struct Range
    {
        qint64 low = std::numeric_limits<qint64>::min();
        qint64 high = std::numeric_limits<qint64>::max();
        bool lowInclusive = true;
        bool highInclusive = true;
        bool active = false;
        bool contains(qint64 v) const
        {
            return (lowInclusive ? v >= low : v > low) && (highInclusive ? v <= high : v < high);
        }
    };

    Status status = Status::Any;
    Range start;
    Range end;
    bool byPupil = false;
    std::vector<quint32> pupils; // sorted
    bool byTest = false;
    quint64 testMask = 0;        // testIds and subjects, intersected
    int limit = 100;
    int offset = 0;
    std::optional<DemoCenturyCursor> cursor;
    QByteArray cursorText;
    DemoCenturySortField sortField = DemoCenturySortField::StartDate;
    bool descending = false;

    static std::optional<DemoCenturyQuery> fromGet(const QUrlQuery &query, const DemoCenturyWorld &world,
                                               bool allowStatus, QString *error);
    static std::optional<DemoCenturyQuery> fromSearchBody(const QByteArray &body, const DemoCenturyWorld &world,
                                                      QString *error);
};
