#pragma once

#include "storecolumn.h"
#include "storeidcolumn.h"
#include "storeidindex.h"

#include "domain/sessionrecord.h"

#include <QString>
#include <QStringView>
#include <QVariant>

#include <cstddef>
#include <memory>

class RowKeyJob;
class RowValuesJob;
class StoreStringPool;

// The fields every backend's row has (id, dashboard status, backend status, start, end), as
// compact values.
struct StoreCommonFields
{
    StoreId id;
    SessionStatus status = SessionStatus::Unknown;
    quint32 backendStatus = 0; // string index
    qint64 startedMs = kNoTime;
    qint64 endedMs = kNoTime;
};

// The columns every backend has; a backend's own field numbers start at kBackendFields.
enum class StoreCommonField : int { Id, Status, BackendStatus, Started, Ended, Elapsed };
inline constexpr int kBackendFields = 16;

// The rows' common part and id -> row, shared by the three stores. GUI thread only, except
// what the jobs it makes read.
class StoreCommonRows final
{
public:
    static StoreCommonFields fieldsOf(const SessionRecord &record, StoreStringPool &strings);

    std::size_t size() const { return m_ids.size(); }
    qsizetype find(const StoreId &id) const { return m_index.find(id, m_ids); }
    qsizetype rowOf(QStringView id, const StoreStringPool &strings) const;

    std::size_t append(const StoreCommonFields &fields);
    // Rewrites the row's fields (its id stays); true when one of them differs.
    bool assign(std::size_t row, const StoreCommonFields &fields);

    StoreId id(std::size_t row) const { return m_ids[row]; }
    SessionStatus status(std::size_t row) const { return SessionStatus(m_statuses[row]); }
    qint64 startedMs(std::size_t row) const { return m_started[row]; }
    qint64 endedMs(std::size_t row) const { return m_ended[row]; }
    QString idText(std::size_t row, const StoreStringPool &strings) const;

    // Fills the common fields of `record` (not its detail).
    void fill(SessionRecord &record, std::size_t row, const StoreStringPool &strings) const;
    QVariant value(StoreCommonField field, std::size_t row, const StoreStringPool &strings) const;

    // A job for one of the common columns over rows [0, size()); `strings` is the store's
    // pool, kept alive by the job.
    std::unique_ptr<RowKeyJob> sortKeys(StoreCommonField field, std::shared_ptr<const StoreStringPool> strings) const;
    // The same for columnValues(); null for the id (the store takes its slow way).
    std::unique_ptr<RowValuesJob> columnValues(StoreCommonField field,
                                               std::shared_ptr<const StoreStringPool> strings) const;
    StoreIdColumn::Copy copyIds() const { return m_ids.copyPrefix(size()); }

    void clear();
    std::size_t bytesUsed() const;

private:
    StoreIdColumn m_ids;
    StoreIdIndex m_index;
    StoreColumn<quint8> m_statuses;
    StoreColumn<quint32> m_backendStatuses;
    StoreColumn<qint64> m_started;
    StoreColumn<qint64> m_ended;
};
