#pragma once

#include "mobilenextstorepools.h"
#include "sessionstore.h"
#include "storecolumnmap.h"
#include "storecommonrows.h"
#include "storelazycolumn.h"

#include <memory>

// Mobile Next device sessions, compact (DESIGN.md section 4): UUID ids as 16 bytes, the
// device interned as a tuple, user and organization as strings. createdAt as sent is kept
// only when it is not the RFC 3339 form of the start time (it feeds the `before` cursor, so
// it must come back byte for byte).
class MobileNextSessionStore final : public SessionStore
{
public:
    MobileNextSessionStore();

    Backend backend() const override { return Backend::MobileNext; }
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

    std::shared_ptr<MobileNextStorePools> m_pools;
    StoreColumnMap m_columnMap;
    StoreCommonRows m_common;
    StoreColumn<quint32> m_device;
    StoreColumn<quint32> m_organizationId;
    StoreColumn<quint32> m_userId;
    StoreLazyColumn<quint32> m_createdAtRaw; // 0: formatRfc3339Ms(startedMs); else string index + 1
};
