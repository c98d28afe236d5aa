#pragma once

#include "centurystorepools.h"
#include "sessionstore.h"
#include "storecolumnmap.h"
#include "storecommonrows.h"

#include <memory>

// Century Smart IA sessions, compact (DESIGN.md section 4): per row the common fields, a
// pupil, a test and a result tuple and the result's creation time, about 60 bytes; pupils
// (a fifth as many as sessions), tests and results are interned.
class CenturySessionStore final : public SessionStore
{
public:
    CenturySessionStore();

    Backend backend() const override { return Backend::Century; }
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
    quint32 internPupil(const CenturyDetail &detail);

    std::shared_ptr<CenturyStorePools> m_pools;
    StoreColumnMap m_columnMap;
    StoreCommonRows m_common;
    StoreColumn<quint32> m_pupil;
    StoreColumn<quint32> m_test;
    StoreColumn<quint32> m_result;
    StoreColumn<qint64> m_resultCreatedMs;
    // User id's string index -> 1 + the pupil tuple it had last; 0 for none (GUI thread only).
    StoreColumn<quint32> m_pupilOfUser;
};
