#include "demotreasureworld.h"

#include "demoepoch.h"
#include "demojsonwriter.h"
#include "demorandom.h"
#include "demouuid.h"

#include "domain/iso8601.h"

#include <QStringBuilder>

#include <algorithm>
#include <iterator>

namespace {

struct Workflow
{
    int project;
    const char *name;
    bool hasId; // the API makes a workflow's id optional
};

constexpr const char *kProjects[] = {"marketing_cdp", "sales_reporting", "data_quality", "ml_features",
                                     "ingest_core"};
constexpr Workflow kWorkflows[] = {
    {0, "daily_segment_refresh", true}, {0, "journey_activation", true}, {0, "email_suppression_sync", false},
    {1, "weekly_pipeline_report", true}, {1, "crm_export", true},
    {2, "null_rate_checks", true}, {2, "schema_drift_alert", false}, {2, "row_count_audit", true},
    {3, "feature_backfill", true}, {3, "model_scoring_hourly", true},
    {4, "s3_import_events", true}, {4, "kafka_compaction", true}, {4, "gdpr_erasure", false}};

// `params` of varying depth, as digdag passes them through untouched.
constexpr const char *kParams[] = {
    "{}",
    "{\"env\":\"prod\",\"dry_run\":false}",
    "{\"target\":{\"database\":\"marketing\",\"table\":\"events_daily\"},\"limit\":5000}",
    "{\"nested\":{\"a\":[1,2,{\"b\":null}],\"c\":{\"d\":{\"e\":\"deep\"}}},\"retry\":3}",
    "{\"td\":{\"tables\":[\"a\",\"b\"],\"options\":{\"ratio\":1.5,\"flags\":[true,false],"
    "\"levels\":{\"one\":{\"two\":{\"three\":[]}}}}},\"label\":\"Zürich – 東京\"}",
};

constexpr qint64 kHistoryDays = 190;
constexpr qint64 kLiveSpacingSec = 20;

void writeTime(DemoJsonWriter &json, std::string_view key, qint64 ms, bool offsetForm)
{
    char buffer[iso8601::kFormattedLength];
    iso8601::formatRfc3339Ms(ms, buffer);
    // Digdag writes whole seconds: "2023-08-18T06:52:33Z" or, for session times, "+00:00".
    QByteArray text(buffer, 19);
    text += offsetForm ? "+00:00" : "Z";
    json.field(key, text);
}

} // namespace

DemoTreasureWorld::DemoTreasureWorld(quint64 seed, int scale)
    : m_seed(seed)
{
    using namespace demorandom;
    const quint32 total = quint32(std::max(scale, 1));
    const quint32 live = demoepoch::liveCount(total);
    const quint32 history = total - live;
    m_rows.resize(total);
    const qint64 liveStartSec = (demoepoch::liveStartMs(live, kLiveSpacingSec * 1000) - demoepoch::kAcademicYearStartMs) / 1000;
    for (quint32 i = 0; i < total; ++i) {
        auto h = [&](quint64 salt) { return hash(seed, TreasureStream, i, salt); };
        qint64 sec;
        if (i < history)
            sec = qint64((double(i) + unit(h(1))) * double(kHistoryDays * 86400 - 7200) / double(history));
        else
            sec = liveStartSec + qint64(i - history) * kLiveSpacingSec + below(h(1), kLiveSpacingSec);
        Row &row = m_rows[i];
        row.createdSec = qint32(sec);
        row.workflow = quint16(below(h(2), quint32(std::size(kWorkflows))));
        const double retries = unit(h(3));
        row.attempts = quint8(retries < 0.8 ? 1 : retries < 0.95 ? 2 : 3);
        row.paramsShape = quint8(below(h(4), quint32(std::size(kParams))));
    }
}

qint64 DemoTreasureWorld::createdMs(quint32 i) const
{
    return demoepoch::kAcademicYearStartMs + qint64(m_rows[i].createdSec) * 1000;
}

qint64 DemoTreasureWorld::sessionTimeMs(quint32 i) const
{
    // Scheduled sessions start on the minute; the attempt is created a few seconds later.
    return createdMs(i) / 60000 * 60000;
}

quint32 DemoTreasureWorld::visibleCount(qint64 nowMs) const
{
    const qint64 sec = (nowMs - demoepoch::kAcademicYearStartMs) / 1000;
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), sec,
                                     [](qint64 value, const Row &row) { return value < row.createdSec; });
    return quint32(it - m_rows.begin());
}

std::optional<quint32> DemoTreasureWorld::indexOfId(qint64 id, qint64 nowMs) const
{
    if (id < kFirstSessionId || id >= kFirstSessionId + qint64(visibleCount(nowMs)))
        return std::nullopt;
    return quint32(id - kFirstSessionId);
}

int DemoTreasureWorld::attemptsAt(quint32 i, qint64 nowMs, DemoTreasureAttempt (&out)[kMaxAttempts]) const
{
    using namespace demorandom;
    const Row &row = m_rows[i];
    qint64 created = createdMs(i);
    int count = 0;
    for (int k = 0; k < row.attempts && created <= nowMs; ++k) {
        auto h = [&](quint64 salt) { return hash(m_seed, TreasureStream, i, 10 + quint64(k) * 10 + salt); };
        const qint64 blocked = unit(h(1)) < 0.12 ? 600000 + below(h(2), 3000000) : 0;
        const qint64 queued = 30000 + below(h(3), 570000);
        const qint64 running = 60000 + below(h(4), 2400000);
        const bool lastOne = k == row.attempts - 1;
        const double roll = unit(h(5));
        const char *outcome = lastOne ? (roll < 0.8 ? "success" : roll < 0.92 ? "error" : "killed")
                                      : (roll < 0.8 ? "error" : "killed");
        const bool killed = qstrcmp(outcome, "killed") == 0;
        const qint64 canceling = killed ? 300000 + below(h(6), 600000) : 0;

        DemoTreasureAttempt &a = out[count++];
        a = DemoTreasureAttempt();
        a.id = kFirstAttemptId + qint64(i) * 4 + k;
        a.index = k + 1;
        a.retry = k > 0;
        a.createdMs = created;
        const qint64 t = nowMs - created;
        if (t < blocked) {
            a.status = "blocked";
        } else if (t < blocked + queued) {
            a.status = "queued";
        } else if (t < blocked + queued + running) {
            a.status = "running";
        } else if (t < blocked + queued + running + canceling) {
            a.status = "canceling";
            a.cancelRequested = true;
        } else {
            a.status = outcome;
            a.done = true;
            a.success = qstrcmp(outcome, "success") == 0;
            a.cancelRequested = killed;
            a.finishedMs = created + blocked + queued + running + canceling;
        }
        if (!a.done)
            break;
        created = a.finishedMs + 60000 + below(h(7), 540000);
    }
    return count;
}

void DemoTreasureWorld::writeProjectAndWorkflow(DemoJsonWriter &json, quint32 i) const
{
    const Workflow &wf = kWorkflows[m_rows[i].workflow];
    json.key("project");
    json.beginObject();
    json.field("id", QByteArray::number(1000 + wf.project));
    json.field("name", kProjects[wf.project]);
    json.endObject();
    json.key("workflow");
    json.beginObject();
    if (wf.hasId)
        json.field("id", QByteArray::number(52000 + m_rows[i].workflow));
    json.field("name", wf.name);
    json.endObject();
}

void DemoTreasureWorld::writeAttemptBody(DemoJsonWriter &json, quint32 i, const DemoTreasureAttempt &a) const
{
    json.field("id", QByteArray::number(a.id));
    json.field("status", a.status);
    json.fieldBool("done", a.done);
    json.fieldBool("success", a.success);
    json.fieldBool("cancelRequested", a.cancelRequested);
    writeTime(json, "createdAt", a.createdMs + 2000, false);
    if (a.done)
        writeTime(json, "finishedAt", a.finishedMs, false);
    json.key("params");
    json.rawValue(kParams[m_rows[i].paramsShape]);
    if (demorandom::unit(demorandom::hash(m_seed, demorandom::TreasureStream, i, 5)) < 0.5)
        json.field("poolId", QByteArray::number(40 + m_rows[i].workflow % 4));
}

void DemoTreasureWorld::writeSession(DemoJsonWriter &json, quint32 i, qint64 nowMs) const
{
    DemoTreasureAttempt attempts[kMaxAttempts];
    const int count = attemptsAt(i, nowMs, attempts);
    json.beginObject();
    json.field("id", QByteArray::number(sessionId(i)));
    writeProjectAndWorkflow(json, i);
    // One session in twenty predates session UUIDs (the API leaves the field optional).
    if (demorandom::unit(demorandom::hash(m_seed, demorandom::TreasureStream, i, 6)) >= 0.05) {
        char uuid[DemoUuid::kLength];
        DemoUuid::write(m_seed, demorandom::TreasureUuidStream, i, uuid);
        json.field("sessionUuid", std::string_view(uuid, DemoUuid::kLength));
    }
    writeTime(json, "sessionTime", sessionTimeMs(i), true);
    if (count > 0) {
        const DemoTreasureAttempt &last = attempts[count - 1];
        json.key("lastAttempt");
        json.beginObject();
        writeAttemptBody(json, i, last);
        if (last.retry)
            json.field("retryAttemptName", QByteArray("retry-" + QByteArray::number(last.id)));
        json.endObject();
    }
    json.endObject();
}

void DemoTreasureWorld::writeAttempt(DemoJsonWriter &json, quint32 i, const DemoTreasureAttempt &attempt) const
{
    json.beginObject();
    json.field("index", qint64(attempt.index));
    writeProjectAndWorkflow(json, i);
    json.field("sessionId", QByteArray::number(sessionId(i)));
    char uuid[DemoUuid::kLength];
    DemoUuid::write(m_seed, demorandom::TreasureUuidStream, i, uuid);
    json.field("sessionUuid", std::string_view(uuid, DemoUuid::kLength));
    writeTime(json, "sessionTime", sessionTimeMs(i), true);
    // The attempt schema lists retryAttemptName as required: null when not a retry.
    if (attempt.retry)
        json.field("retryAttemptName", QByteArray("retry-" + QByteArray::number(attempt.id)));
    else
        json.fieldNull("retryAttemptName");
    writeAttemptBody(json, i, attempt);
    json.endObject();
}
