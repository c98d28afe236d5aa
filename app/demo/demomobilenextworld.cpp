#include "demomobilenextworld.h"

#include "demoepoch.h"
#include "demojsonwriter.h"
#include "demorandom.h"
#include "demouuid.h"

#include "domain/iso8601.h"

#include <algorithm>
#include <iterator>

namespace {

struct Device
{
    const char *id;
    const char *platform;
    const char *type;
    const char *name;
    const char *osVersion;
};

constexpr Device kDevices[] = {
    {"dev-01", "ios", "real", "iPhone 15 Pro", "17.4"},
    {"dev-02", "ios", "real", "iPhone 13 mini", "16.7.8"},
    {"dev-03", "ios", "simulator", "iPhone 15 Pro Max", "17.5"},
    {"dev-04", "ios", "real", "iPad Air (5th generation)", "17.2"},
    {"dev-05", "ios", "simulator", "iPhone SE (3rd generation)", "16.4"},
    {"dev-06", "ios", "real", "iPhone 16", "18.1"},
    {"dev-07", "android", "real", "Pixel 8", "14"},
    {"dev-08", "android", "real", "Galaxy S24 Ultra", "14"},
    {"dev-09", "android", "emulator", "Pixel 7a API 34", "14"},
    {"dev-10", "android", "real", "Galaxy A54 5G", "13"},
    {"dev-11", "android", "real", "Moto G Power (2023)", "13"},
    {"dev-12", "android", "emulator", "Pixel Tablet API 33", "13"},
    {"dev-13", "android", "real", "OnePlus 12", "14"},
    {"dev-14", "android", "real", "Xperia 10 V", "14"},
};

struct Organization
{
    const char *id;
    const char *name; // nullptr: the Personal organization
    const char *type;
    const char *role;
    qint64 createdMs;
};

constexpr Organization kOrganizations[] = {
    {"org_2f8d1c6a", "Acme Mobile QA", "team", "admin", demoepoch::kAcademicYearStartMs - 200 * demoepoch::kMsPerDay},
    {"org_personal_7a1b", nullptr, "personal", "owner", demoepoch::kAcademicYearStartMs - 400 * demoepoch::kMsPerDay},
};

constexpr quint32 kTeamUsers = 6;
constexpr qint64 kHistorySpanMs = 60 * demoepoch::kMsPerDay;
constexpr qint64 kLiveSpacingMs = 20000;

void writeTime(DemoJsonWriter &json, std::string_view key, qint64 ms)
{
    char buffer[iso8601::kFormattedLength];
    const std::size_t n = iso8601::formatRfc3339Ms(ms, buffer);
    json.field(key, std::string_view(buffer, n));
}

} // namespace

DemoMobileNextWorld::DemoMobileNextWorld(quint64 seed, int scale)
    : m_seed(seed)
{
    using namespace demorandom;
    const quint32 total = quint32(std::max(scale, 1));
    const quint32 live = demoepoch::liveCount(total);
    const quint32 history = total - live;
    const qint64 historyStart = demoepoch::kHistoryEndMs - kHistorySpanMs;
    m_rows.resize(total);
    int groupLeft = 0;
    for (quint32 i = 0; i < total; ++i) {
        auto h = [&](quint64 salt) { return hash(seed, MobileNextStream, i, salt); };
        Row &row = m_rows[i];
        if (groupLeft > 0 && i > 0) {
            // Same millisecond, same organization as the row before: one batch of sessions.
            --groupLeft;
            row.createdMs = m_rows[i - 1].createdMs;
            row.organization = m_rows[i - 1].organization;
        } else {
            if (i < history)
                row.createdMs = historyStart + qint64((double(i) + unit(h(1))) * double(kHistorySpanMs) / double(history));
            else
                row.createdMs = demoepoch::liveStartMs(live, kLiveSpacingMs) + qint64(i - history) * kLiveSpacingMs
                                + below(h(1), kLiveSpacingMs);
            row.organization = unit(h(2)) < 0.7 ? 0 : 1;
            if (unit(h(3)) < 0.22)
                groupLeft = 1 + int(below(h(4), 3));
        }
        row.device = quint8(below(h(5), quint32(std::size(kDevices))));
        row.user = row.organization == 0 ? quint8(below(h(6), kTeamUsers)) : quint8(kTeamUsers);
        row.heldSec = unit(h(7)) < 0.05 ? qint32(7200 + below(h(8), 6 * 3600))
                                        : qint32(120 + below(h(8), 45 * 60));
    }
}

quint32 DemoMobileNextWorld::visibleCount(qint64 nowMs) const
{
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), nowMs,
                                     [](qint64 value, const Row &row) { return value < row.createdMs; });
    return quint32(it - m_rows.begin());
}

quint32 DemoMobileNextWorld::countCreatedBefore(qint64 instantMs) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), instantMs,
                                     [](const Row &row, qint64 value) { return row.createdMs < value; });
    return quint32(it - m_rows.begin());
}

std::optional<quint32> DemoMobileNextWorld::indexOfId(QByteArrayView uuid) const
{
    const auto index = DemoUuid::indexOf(m_seed, demorandom::MobileNextUuidStream, uuid);
    if (!index || *index >= m_rows.size())
        return std::nullopt;
    return index;
}

QByteArray DemoMobileNextWorld::sessionId(quint32 i) const
{
    return DemoUuid::make(m_seed, demorandom::MobileNextUuidStream, i);
}

QByteArray DemoMobileNextWorld::organizationId(int organization)
{
    return kOrganizations[organization].id;
}

std::optional<int> DemoMobileNextWorld::organizationFromHeader(QByteArrayView value) const
{
    for (int o = 0; o < kOrganizationCount; ++o) {
        // The string id from /organizations, or the number shape B puts in organizationId.
        if (value == QByteArrayView(kOrganizations[o].id) || value == QByteArray::number(o))
            return o;
    }
    return std::nullopt;
}

void DemoMobileNextWorld::writeSession(DemoJsonWriter &json, quint32 i, qint64 nowMs, DemoMobileNextShape shape) const
{
    const Row &row = m_rows[i];
    const Device &device = kDevices[row.device];
    const bool a = shape == DemoMobileNextShape::A;
    char id[DemoUuid::kLength];
    DemoUuid::write(m_seed, demorandom::MobileNextUuidStream, i, id);
    char user[DemoUuid::kLength];
    DemoUuid::write(m_seed, demorandom::MobileNextUserStream, row.user, user);

    json.beginObject();
    json.field(a ? "id" : "sessionId", std::string_view(id, DemoUuid::kLength));
    // Shape B's published example gives the organization as a number; A gives the string id.
    if (a)
        json.field("organization", kOrganizations[row.organization].id);
    else
        json.field("organizationId", qint64(row.organization));
    json.field(a ? "user" : "userId", std::string_view(user, DemoUuid::kLength));
    json.key("device");
    json.beginObject();
    json.field(a ? "id" : "deviceId", device.id);
    json.field("platform", device.platform);
    json.field("type", device.type);
    json.field("name", device.name);
    json.field("osVersion", device.osVersion);
    json.endObject();
    writeTime(json, "createdAt", row.createdMs);
    const qint64 released = row.createdMs + qint64(row.heldSec) * 1000;
    if (released <= nowMs)
        writeTime(json, "releasedAt", released);
    else
        json.fieldNull("releasedAt");
    json.endObject();
}

void DemoMobileNextWorld::writeOrganizations(DemoJsonWriter &json) const
{
    json.beginObject();
    json.field("object", "list");
    json.key("data");
    json.beginArray();
    for (const Organization &o : kOrganizations) {
        json.beginObject();
        json.field("id", o.id);
        if (o.name)
            json.field("name", o.name);
        else
            json.fieldNull("name");
        json.field("type", o.type);
        json.field("role", o.role);
        writeTime(json, "createdAt", o.createdMs);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}
