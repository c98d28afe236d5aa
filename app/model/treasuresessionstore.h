#pragma once

#include "treasurestorepools.h"
#include "sessionstore.h"
#include "storecolumnmap.h"
#include "storecommonrows.h"
#include "storelazycolumn.h"

#include <memory>

// Treasure Workflow sessions, compact (DESIGN.md section 4): numeric ids as numbers, the
// project + workflow and the attempt's shared fields (params, pool, retry name) interned as
// tuples; the attempt's own times are kept only when they differ from the row's start/end.
class TreasureSessionStore final : public SessionStore
{
public:
    TreasureSessionStore();

    Backend backend() const override { return Backend::Treasure; }
    const ColumnList &columns() const override;
    qsizetype size() const override { return qsizetype(m_common.size()); }
    void clear() override;

    Upsert upsert(const SessionRecord &record) override;
    qsizetype rowOf(QStringView id) const override { return m_common.rowOf(id, m_pools->strings); }

    SessionRecord record(qsizetype row) const override;
    QString id(qsizetype row) const override { return m_common.idText(std::size_t(row), m_pools->strings); }
    SessionStatus status(qsizetype row) const override { return m_common.status(std::size_t(row)); }
    qint64 startedMs(qsizetype row) const override { return m_common.startedMs(std::size_t(row)); }
    qint64 endedMs(qsizetype row) const override { return m_common.endedMs(std::size_t(row)); }
    QVariant value(qsizetype row, const ColumnDescriptor &column) const override;

    std::unique_ptr<RowKeyJob> sortKeys(const ColumnDescriptor &column) const override;
    std::unique_ptr<RowMatchJob> textSearch(const QString &needle) const override;
    std::unique_ptr<RowValuesJob> columnValues(const ColumnDescriptor &column) const override;
    bool rowMatchesText(qsizetype row, const QString &needle) const override;

    std::size_t bytesUsed() const override;

private:
    std::shared_ptr<const StoreStringPool> sharedStrings() const;

    std::shared_ptr<TreasureStorePools> m_pools;
    StoreColumnMap m_columnMap;
    StoreCommonRows m_common;
    StoreColumn<quint32> m_workflow;
    StoreColumn<quint32> m_attempt;
    StoreIdColumn m_sessionUuid;
    StoreIdColumn m_attemptId;
    StoreColumn<qint64> m_sessionTimeMs;
    StoreColumn<quint8> m_flags; // TreasureStoreFlag
    // Stored only where they differ from startedMs / endedMs (a flag says which).
    StoreLazyColumn<qint64> m_attemptCreatedMs{kNoTime};
    StoreLazyColumn<qint64> m_attemptFinishedMs{kNoTime};
};
