#include "democenturyworld.h"

#include "demoepoch.h"
#include "demojsonwriter.h"
#include "demorandom.h"
#include "demouuid.h"

#include "domain/iso8601.h"

#include <algorithm>
#include <QStringBuilder>

#include <iterator>

namespace {

struct TestInfo
{
    const char *name;
    const char *subject;
    int versions;
    int weight;
};

constexpr TestInfo kTests[] = {
    {"English Smart Initial Assessment", "English", 3, 24},
    {"English Smart Diagnostic Assessment", "English", 2, 10},
    {"Maths Smart Initial Assessment", "Maths", 3, 24},
    {"Maths Smart Diagnostic Assessment", "Maths", 2, 10},
    {"ICT and Digital Skills Smart Initial Assessment", "ICT", 2, 12},
    {"Science Smart Initial Assessment", "Science", 2, 12},
    {"Science Smart Diagnostic Assessment", "Science", 1, 8},
};
constexpr int kTestWeightTotal = 100;
constexpr int kMaxVersions = 4;

// Ordered from lowest to highest outcome.
constexpr const char *kLevels[] = {
    "E1 - Lower", "E1 - Middle", "E1 - Upper", "E2 - Lower", "E2 - Middle", "E2 - Upper",
    "E3 - Lower", "E3 - Middle", "E3 - Upper", "L1 - Lower", "L1 - Middle", "L1 - Upper",
    "L2 - Lower", "L2 - Middle", "L2 - Upper"};

constexpr qint64 kSchoolDaySec = 27000;   // 08:30 .. 16:00
constexpr qint64 kSchoolDayOpenSec = 30600;
constexpr qint64 kHistoryWeekdays = 27 * 5 + 1; // 2025-09-01 .. 2026-03-09
constexpr qint64 kLiveSpacingSec = 15;

int pickTest(quint64 h)
{
    int roll = int(demorandom::below(h, kTestWeightTotal));
    for (int t = 0; t < int(std::size(kTests)); ++t) {
        if (roll < kTests[t].weight)
            return t;
        roll -= kTests[t].weight;
    }
    return 0;
}

void writeTime(DemoJsonWriter &json, std::string_view key, qint64 ms)
{
    char buffer[iso8601::kFormattedLength];
    const std::size_t n = iso8601::formatRfc3339Ms(ms, buffer);
    json.field(key, std::string_view(buffer, n));
}

QByteArray isoDuration(qint64 seconds)
{
    QByteArray text = "PT";
    if (seconds >= 3600)
        text += QByteArray::number(seconds / 3600) + 'H';
    if ((seconds / 60) % 60)
        text += QByteArray::number((seconds / 60) % 60) + 'M';
    if (seconds % 60 || seconds == 0)
        text += QByteArray::number(seconds % 60) + 'S';
    return text;
}

} // namespace

DemoCenturyWorld::DemoCenturyWorld(quint64 seed, int scale)
    : m_seed(seed)
    // One pupil per five sessions: a million sessions come from 200,000 pupils, the shape
    // issue 5 sizes the store for.
    , m_pupils(seed, quint32(std::clamp(scale / 5, 40, 200000)))
{
    using namespace demorandom;
    const quint32 total = quint32(std::max(scale, 1));
    const quint32 live = demoepoch::liveCount(total);
    const quint32 history = total - live;
    m_rows.resize(total);
    const qint64 historySchoolSec = kHistoryWeekdays * kSchoolDaySec;
    for (quint32 i = 0; i < total; ++i) {
        auto h = [&](quint64 salt) { return hash(seed, CenturySessionStream, i, salt); };
        qint64 startSec;
        if (i < history) {
            // Stratified over school hours of past weekdays: sorted by construction.
            const qint64 school = qint64((double(i) + unit(h(1))) * double(historySchoolSec) / double(history));
            const qint64 weekday = school / kSchoolDaySec;
            const qint64 day = (weekday / 5) * 7 + weekday % 5;
            startSec = day * 86400 + kSchoolDayOpenSec + school % kSchoolDaySec;
        } else {
            const qint64 j = i - history;
            startSec = (demoepoch::liveStartMs(live, kLiveSpacingSec * 1000) - demoepoch::kAcademicYearStartMs) / 1000
                       + j * kLiveSpacingSec + below(h(1), kLiveSpacingSec);
        }
        Row &row = m_rows[i];
        row.startSec = qint32(startSec);
        row.durationSec = quint16(15 * 60 + below(h(2), kMaxDurationSec - 15 * 60));
        row.test = quint8(pickTest(h(3)));
        row.level = quint8(below(h(4), quint32(std::size(kLevels))));
        row.pupil = below(h(5), m_pupils.count());
    }
    m_endOrder.resize(total);
    for (quint32 i = 0; i < total; ++i)
        m_endOrder[i] = i;
    std::sort(m_endOrder.begin(), m_endOrder.end(), [this](quint32 a, quint32 b) {
        const qint64 ea = qint64(m_rows[a].startSec) + m_rows[a].durationSec;
        const qint64 eb = qint64(m_rows[b].startSec) + m_rows[b].durationSec;
        return ea != eb ? ea < eb : a < b;
    });
    for (int t = 0; t < int(std::size(kTests)); ++t) {
        m_testIds.push_back(DemoUuid::make(seed, TestUuidStream, quint32(t)));
        for (int v = 0; v < kMaxVersions; ++v)
            m_testVersionIds.push_back(DemoUuid::make(seed, TestVersionUuidStream, quint32(t * kMaxVersions + v)));
    }
}

void DemoCenturyWorld::setCanaryPupilName(const QByteArray &name)
{
    if (m_rows.empty())
        return;
    const qsizetype space = name.indexOf(' ');
    m_pupils.setCanary(m_rows.front().pupil, space < 0 ? name : name.left(space),
                       space < 0 ? QByteArray() : name.mid(space + 1));
}

int DemoCenturyWorld::testCount()
{
    return int(std::size(kTests));
}

const char *DemoCenturyWorld::testName(int test)
{
    return kTests[test].name;
}

const char *DemoCenturyWorld::testSubject(int test)
{
    return kTests[test].subject;
}

std::optional<int> DemoCenturyWorld::testIndexOf(QByteArrayView uuid) const
{
    const auto index = DemoUuid::indexOf(m_seed, demorandom::TestUuidStream, uuid);
    if (!index || *index >= std::size(kTests))
        return std::nullopt;
    return int(*index);
}

qint64 DemoCenturyWorld::startMs(quint32 i) const
{
    return demoepoch::kAcademicYearStartMs + qint64(m_rows[i].startSec) * 1000;
}

qint64 DemoCenturyWorld::endMs(quint32 i) const
{
    return demoepoch::kAcademicYearStartMs + (qint64(m_rows[i].startSec) + m_rows[i].durationSec) * 1000;
}

quint32 DemoCenturyWorld::startedCount(qint64 nowMs) const
{
    const qint64 sec = (nowMs - demoepoch::kAcademicYearStartMs) / 1000 - (nowMs < demoepoch::kAcademicYearStartMs ? 1 : 0);
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), sec,
                                     [](qint64 value, const Row &row) { return value < row.startSec; });
    return quint32(it - m_rows.begin());
}

quint32 DemoCenturyWorld::firstPossiblyLive(qint64 nowMs) const
{
    const qint64 sec = (nowMs - demoepoch::kAcademicYearStartMs) / 1000 - kMaxDurationSec - 1;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sec,
                                     [](const Row &row, qint64 value) { return row.startSec < value; });
    return quint32(it - m_rows.begin());
}

void DemoCenturyWorld::writeSession(DemoJsonWriter &json, quint32 i, qint64 nowMs) const
{
    const Row &row = m_rows[i];
    const qint64 start = startMs(i);
    const qint64 end = endMs(i);
    const bool completed = end <= nowMs;
    char id[DemoUuid::kLength];
    DemoUuid::write(m_seed, demorandom::CenturySessionUuidStream, i, id);

    json.beginObject();
    json.field("sessionId", std::string_view(id, DemoUuid::kLength));
    writeTime(json, "startDate", start);
    if (completed)
        writeTime(json, "endDate", end);
    json.field("status", completed ? "COMPLETED" : "IN_PROGRESS");

    const DemoCenturyPupil p = m_pupils.pupil(row.pupil);
    json.key("user");
    json.beginObject();
    json.field("userId", p.userId);
    json.field("username", p.username);
    if (!p.externalId.isEmpty())
        json.field("externalId", p.externalId);
    json.field("fullName", p.fullName);
    json.field("firstName", p.firstName);
    if (!p.middleName.isEmpty())
        json.field("middleName", p.middleName);
    json.field("lastName", p.lastName);
    if (!p.upn.isEmpty())
        json.field("upn", p.upn);
    if (p.emailCount > 0) {
        json.key("emails");
        json.beginArray();
        for (int e = 0; e < p.emailCount; ++e)
            json.string(p.emails[e]);
        json.endArray();
    }
    if (p.gender)
        json.field("gender", p.gender);
    if (!p.dateOfBirth.isEmpty())
        json.field("dateOfBirth", p.dateOfBirth);
    json.endObject();

    const TestInfo &test = kTests[row.test];
    const quint32 version = demorandom::below(demorandom::hash(m_seed, demorandom::CenturySessionStream, i, 6),
                                              quint32(test.versions));
    json.key("test");
    json.beginObject();
    json.field("testId", m_testIds[row.test]);
    json.field("testVersionId", m_testVersionIds[std::size_t(row.test) * kMaxVersions + version]);
    json.field("name", test.name);
    json.field("subject", test.subject);
    json.endObject();

    if (completed) {
        json.key("result");
        json.beginObject();
        writeTime(json, "createdDate", end);
        json.field("level", kLevels[row.level]);
        json.field("duration", isoDuration(row.durationSec));
        json.endObject();
    }
    json.endObject();
}
