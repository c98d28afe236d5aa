#include "mobilenextsessionstore.h"

#include "storecolumnvalues.h"
#include "storekeyjob.h"
#include "storekeys.h"
#include "storematchjob.h"
#include "storetextmatcher.h"
#include "storevalues.h"
#include "storevaluesjob.h"

#include "domain/iso8601.h"
#include "sources/mobilenext/mobilenextcolumns.h"

#include <optional>

namespace {

using Common = StoreCommonField;

enum MobileNextStoreField : int {
    DeviceName = kBackendFields,
    Platform,
    OsVersion,
    DeviceType,
    DeviceId,
    UserId,
    OrganizationId,
};

QHash<QString, int> fieldIds()
{
    return {
        {QStringLiteral("id"), int(Common::Id)},
        {QStringLiteral("status"), int(Common::Status)},
        {QStringLiteral("backend_status"), int(Common::BackendStatus)},
        {QStringLiteral("started"), int(Common::Started)},
        {QStringLiteral("ended"), int(Common::Ended)},
        {QStringLiteral("held_for"), int(Common::Elapsed)},
        {QStringLiteral("device"), DeviceName},
        {QStringLiteral("platform"), Platform},
        {QStringLiteral("os_version"), OsVersion},
        {QStringLiteral("device_type"), DeviceType},
        {QStringLiteral("device_id"), DeviceId},
        {QStringLiteral("user_id"), UserId},
        {QStringLiteral("organization_id"), OrganizationId},
    };
}

using DeviceText = quint32 MobileNextStoreDevice::*;

std::optional<DeviceText> deviceText(int field)
{
    switch (field) {
    case DeviceName: return &MobileNextStoreDevice::deviceName;
    case Platform: return &MobileNextStoreDevice::platform;
    case OsVersion: return &MobileNextStoreDevice::osVersion;
    case DeviceType: return &MobileNextStoreDevice::deviceType;
    case DeviceId: return &MobileNextStoreDevice::deviceId;
    default: return std::nullopt;
    }
}

// The quick search's fields (sessionstore.h): device name, device id, platform, OS version,
// and the user id (per row).
bool deviceMatches(const MobileNextStoreDevice &d, const StoreTextMatcher &m, const StoreStringPool &s)
{
    return m.matches(s, d.deviceName) || m.matches(s, d.deviceId) || m.matches(s, d.platform)
        || m.matches(s, d.osVersion);
}

// True when `raw` is what formatRfc3339Ms(startedMs) writes: then nothing needs storing.
bool isFormattedStart(const QString &raw, qint64 startedMs)
{
    char buffer[iso8601::kFormattedLength];
    const std::size_t n = iso8601::formatRfc3339Ms(startedMs, buffer);
    return n > 0 && raw == QLatin1StringView(buffer, qsizetype(n));
}

} // namespace

MobileNextSessionStore::MobileNextSessionStore()
    : m_pools(std::make_shared<MobileNextStorePools>())
    , m_columnMap(mobilenext::sessionColumns(), fieldIds())
{}

const ColumnList &MobileNextSessionStore::columns() const
{
    return mobilenext::sessionColumns();
}

void MobileNextSessionStore::clear()
{
    // A running job keeps the old pools alive through its own share.
    m_pools = std::make_shared<MobileNextStorePools>();
    m_common.clear();
    m_device.clear();
    m_organizationId.clear();
    m_userId.clear();
    m_createdAtRaw.clear();
}

SessionStore::Upsert MobileNextSessionStore::upsert(const SessionRecord &record)
{
    const auto *d = std::get_if<MobileNextDetail>(&record.detail);
    if (!d)
        return {}; // another backend's session has no place here
    MobileNextStorePools &p = *m_pools;
    StoreStringPool &s = p.strings;
    const StoreCommonFields common = StoreCommonRows::fieldsOf(record, s);
    const quint32 device = p.devices.intern(MobileNextStoreDevice{
        s.intern(d->deviceId), s.intern(d->platform), s.intern(d->deviceType), s.intern(d->deviceName),
        s.intern(d->osVersion)});
    const quint32 organization = s.intern(d->organizationId);
    const quint32 user = s.intern(d->userId);
    const quint32 createdAt = isFormattedStart(d->createdAtRaw, record.startedMs) ? 0 : s.intern(d->createdAtRaw) + 1;

    const qsizetype existing = m_common.find(common.id);
    if (existing < 0) {
        const std::size_t row = m_common.append(common);
        m_device.push(device);
        m_organizationId.push(organization);
        m_userId.push(user);
        m_createdAtRaw.push(createdAt);
        return {qsizetype(row), true, false};
    }
    const auto row = std::size_t(existing);
    bool changed = m_common.assign(row, common);
    const auto update = [&changed](auto &slot, auto value) {
        if (slot != value) {
            slot = value;
            changed = true;
        }
    };
    update(m_device[row], device);
    update(m_organizationId[row], organization);
    update(m_userId[row], user);
    if (m_createdAtRaw[row] != createdAt) {
        m_createdAtRaw.set(row, createdAt);
        changed = true;
    }
    return {existing, false, changed};
}

SessionRecord MobileNextSessionStore::record(qsizetype row) const
{
    const auto r = std::size_t(row);
    const MobileNextStorePools &p = *m_pools;
    const StoreStringPool &s = p.strings;
    SessionRecord out;
    m_common.fill(out, r, s);
    const MobileNextStoreDevice &device = p.devices[m_device[r]];
    MobileNextDetail d;
    d.organizationId = s.text(m_organizationId[r]);
    d.userId = s.text(m_userId[r]);
    d.deviceId = s.text(device.deviceId);
    d.platform = s.text(device.platform);
    d.deviceType = s.text(device.deviceType);
    d.deviceName = s.text(device.deviceName);
    d.osVersion = s.text(device.osVersion);
    const quint32 createdAt = m_createdAtRaw[r];
    d.createdAtRaw = createdAt ? s.text(createdAt - 1) : iso8601::formatRfc3339Ms(out.startedMs);
    out.detail = std::move(d);
    return out;
}

QVariant MobileNextSessionStore::value(qsizetype row, const ColumnDescriptor &column) const
{
    const int field = m_columnMap.fieldOf(column);
    if (field < 0)
        return column.rawValue ? column.rawValue(record(row)) : QVariant();
    const auto r = std::size_t(row);
    const MobileNextStorePools &p = *m_pools;
    if (field < kBackendFields)
        return m_common.value(Common(field), r, p.strings);
    if (const auto member = deviceText(field))
        return storevalues::text(p.strings, p.devices[m_device[r]].*(*member));
    switch (field) {
    case UserId: return storevalues::text(p.strings, m_userId[r]);
    case OrganizationId: return storevalues::text(p.strings, m_organizationId[r]);
    default: return column.rawValue ? column.rawValue(record(row)) : QVariant();
    }
}

std::shared_ptr<const StoreStringPool> MobileNextSessionStore::sharedStrings() const
{
    return std::shared_ptr<const StoreStringPool>(m_pools, &m_pools->strings);
}

std::unique_ptr<RowKeyJob> MobileNextSessionStore::sortKeys(const ColumnDescriptor &column) const
{
    const int field = m_columnMap.fieldOf(column);
    if (field >= 0 && field < kBackendFields)
        return m_common.sortKeys(Common(field), sharedStrings());

    const std::size_t rows = m_common.size();
    std::shared_ptr<const MobileNextStorePools> pools = m_pools;
    const quint32 strings = pools->strings.count();
    StoreKeyJob::Compute compute;
    if (const auto member = deviceText(field)) {
        compute = [refs = m_device.copyPrefix(rows), pools, count = pools->devices.count(), strings, m = *member] {
            return storekeys::groupStringKeys(
                refs, count, [&](quint32 g) { return pools->devices[g].*m; }, pools->strings, strings);
        };
    } else if (field == UserId || field == OrganizationId) {
        const StoreColumn<quint32> &column = field == UserId ? m_userId : m_organizationId;
        compute = [refs = column.copyPrefix(rows), pools, strings] {
            return storekeys::groupStringKeys(refs, strings, [](quint32 s) { return s; }, pools->strings, strings);
        };
    } else {
        // A column this store does not know: every row's value made now, on the GUI thread
        // (slow, and only for such columns), then ranked on the worker.
        std::vector<QVariant> values;
        values.reserve(rows);
        for (std::size_t row = 0; row < rows; ++row)
            values.push_back(column.rawValue ? column.rawValue(record(qsizetype(row))) : QVariant());
        compute = [values = std::move(values)] { return storekeys::variantKeys(values); };
    }
    return std::make_unique<StoreKeyJob>(qsizetype(rows), std::move(compute));
}

std::unique_ptr<RowValuesJob> MobileNextSessionStore::columnValues(const ColumnDescriptor &column) const
{
    const int field = m_columnMap.fieldOf(column);
    if (field >= 0 && field < kBackendFields) {
        if (auto job = m_common.columnValues(Common(field), sharedStrings()))
            return job;
        return slowColumnValues(column);
    }
    const std::size_t rows = m_common.size();
    std::shared_ptr<const MobileNextStorePools> pools = m_pools;
    StoreValuesJob::Compute compute;
    if (const auto member = deviceText(field)) {
        compute = [refs = m_device.copyPrefix(rows), pools, count = pools->devices.count(), m = *member] {
            return storecolumnvalues::groupStrings(
                refs, count, [&](quint32 g) { return pools->devices[g].*m; }, pools->strings);
        };
    }
    else
        return slowColumnValues(column);
    return std::make_unique<StoreValuesJob>(qsizetype(rows), std::move(compute));
}

std::unique_ptr<RowMatchJob> MobileNextSessionStore::textSearch(const QString &needle) const
{
    const std::size_t rows = m_common.size();
    if (needle.isEmpty())
        return std::make_unique<StoreMatchJob>(qsizetype(rows), [rows] { return std::vector<quint8>(rows, 1); });
    std::shared_ptr<const MobileNextStorePools> pools = m_pools;
    return std::make_unique<StoreMatchJob>(
        qsizetype(rows), [devices = m_device.copyPrefix(rows), users = m_userId.copyPrefix(rows), pools,
                          deviceCount = pools->devices.count(), strings = pools->strings.count(), needle] {
            const StoreTextMatcher matcher(needle);
            const StoreStringPool &s = pools->strings;
            std::vector<quint8> matches(devices.size(), 0);
            storevalues::matchGroups(matches, devices, deviceCount,
                                     [&](quint32 g) { return deviceMatches(pools->devices[g], matcher, s); });
            storevalues::matchGroups(matches, users, strings, [&](quint32 u) { return matcher.matches(s, u); });
            return matches;
        });
}

bool MobileNextSessionStore::rowMatchesText(qsizetype row, const QString &needle) const
{
    const StoreTextMatcher matcher(needle);
    if (matcher.matchesEverything())
        return true;
    const auto r = std::size_t(row);
    const MobileNextStorePools &p = *m_pools;
    return deviceMatches(p.devices[m_device[r]], matcher, p.strings) || matcher.matches(p.strings, m_userId[r]);
}

std::size_t MobileNextSessionStore::bytesUsed() const
{
    const MobileNextStorePools &p = *m_pools;
    return sizeof(*this) + p.strings.bytesUsed() + p.devices.bytesUsed() + m_common.bytesUsed()
        + m_device.bytesUsed() + m_organizationId.bytesUsed() + m_userId.bytesUsed() + m_createdAtRaw.bytesUsed();
}
