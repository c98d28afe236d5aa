#include "treasuresessionstore.h"

#include "storecolumnvalues.h"
#include "storekeyjob.h"
#include "storekeys.h"
#include "storematchjob.h"
#include "storetextmatcher.h"
#include "storevalues.h"
#include "storevaluesjob.h"

#include "sources/treasure/treasurecolumns.h"

#include <optional>

namespace {

using Common = StoreCommonField;

enum TreasureStoreField : int {
    ProjectName = kBackendFields,
    WorkflowName,
    ProjectId,
    WorkflowId,
    SessionTime,
    RetryAttempt,
    AttemptId,
    SessionUuid,
    PoolId,
    CancelRequested,
    Params,
};

enum TreasureStoreFlag : quint8 {
    Done = 1,
    Success = 2,
    Cancel = 4,
    CreatedIsStarted = 8,
    FinishedIsEnded = 16,
};

QHash<QString, int> fieldIds()
{
    return {
        {QStringLiteral("id"), int(Common::Id)},
        {QStringLiteral("status"), int(Common::Status)},
        {QStringLiteral("backend_status"), int(Common::BackendStatus)},
        {QStringLiteral("started"), int(Common::Started)},
        {QStringLiteral("ended"), int(Common::Ended)},
        {QStringLiteral("run_time"), int(Common::Elapsed)},
        {QStringLiteral("project"), ProjectName},
        {QStringLiteral("workflow"), WorkflowName},
        {QStringLiteral("project_id"), ProjectId},
        {QStringLiteral("workflow_id"), WorkflowId},
        {QStringLiteral("session_time"), SessionTime},
        {QStringLiteral("retry_attempt"), RetryAttempt},
        {QStringLiteral("attempt_id"), AttemptId},
        {QStringLiteral("session_uuid"), SessionUuid},
        {QStringLiteral("pool_id"), PoolId},
        {QStringLiteral("cancel_requested"), CancelRequested},
        {QStringLiteral("params"), Params},
    };
}

using WorkflowText = quint32 TreasureStoreWorkflow::*;
using AttemptText = quint32 TreasureStoreAttempt::*;

std::optional<WorkflowText> workflowText(int field)
{
    switch (field) {
    case ProjectName: return &TreasureStoreWorkflow::projectName;
    case WorkflowName: return &TreasureStoreWorkflow::workflowName;
    case ProjectId: return &TreasureStoreWorkflow::projectId;
    case WorkflowId: return &TreasureStoreWorkflow::workflowId;
    default: return std::nullopt;
    }
}

std::optional<AttemptText> attemptText(int field)
{
    switch (field) {
    case RetryAttempt: return &TreasureStoreAttempt::retryAttemptName;
    case PoolId: return &TreasureStoreAttempt::poolId;
    // The params JSON went in as bytes; text() gives what QString::fromUtf8 makes of them,
    // as the column does.
    case Params: return &TreasureStoreAttempt::params;
    default: return std::nullopt;
    }
}

QVariant idValue(const StoreIdColumn &ids, std::size_t row, const StoreStringPool &strings)
{
    const QString text = StoreIdColumn::text(ids[row], strings);
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The quick search's fields (sessionstore.h): project, workflow, and the session id (per row).
bool workflowMatches(const TreasureStoreWorkflow &w, const StoreTextMatcher &m, const StoreStringPool &s)
{
    return m.matches(s, w.projectName) || m.matches(s, w.workflowName);
}

} // namespace

TreasureSessionStore::TreasureSessionStore()
    : m_pools(std::make_shared<TreasureStorePools>())
    , m_columnMap(treasure::sessionColumns(), fieldIds())
{}

const ColumnList &TreasureSessionStore::columns() const
{
    return treasure::sessionColumns();
}

void TreasureSessionStore::clear()
{
    // A running job keeps the old pools alive through its own share.
    m_pools = std::make_shared<TreasureStorePools>();
    m_common.clear();
    m_workflow.clear();
    m_attempt.clear();
    m_sessionUuid.clear();
    m_attemptId.clear();
    m_sessionTimeMs.clear();
    m_flags.clear();
    m_attemptCreatedMs.clear();
    m_attemptFinishedMs.clear();
}

SessionStore::Upsert TreasureSessionStore::upsert(const SessionRecord &record)
{
    const auto *d = std::get_if<TreasureDetail>(&record.detail);
    if (!d)
        return {}; // another backend's session has no place here
    TreasureStorePools &p = *m_pools;
    StoreStringPool &s = p.strings;
    const StoreCommonFields common = StoreCommonRows::fieldsOf(record, s);
    const quint32 workflow = p.workflows.intern(TreasureStoreWorkflow{
        s.intern(d->projectId), s.intern(d->projectName), s.intern(d->workflowId), s.intern(d->workflowName)});
    const quint32 attempt = p.attempts.intern(
        TreasureStoreAttempt{s.internBytes(d->paramsJson), s.intern(d->poolId), s.intern(d->retryAttemptName)});
    const StoreId sessionUuid = StoreIdColumn::encode(d->sessionUuid, s);
    const StoreId attemptId = StoreIdColumn::encode(d->attemptId, s);
    const bool createdIsStarted = d->attemptCreatedMs == record.startedMs;
    const bool finishedIsEnded = d->attemptFinishedMs == record.endedMs;
    const auto flags = quint8((d->done ? Done : 0) | (d->success ? Success : 0) | (d->cancelRequested ? Cancel : 0)
                              | (createdIsStarted ? CreatedIsStarted : 0) | (finishedIsEnded ? FinishedIsEnded : 0));
    const qint64 created = createdIsStarted ? kNoTime : d->attemptCreatedMs;
    const qint64 finished = finishedIsEnded ? kNoTime : d->attemptFinishedMs;

    const qsizetype existing = m_common.find(common.id);
    if (existing < 0) {
        const std::size_t row = m_common.append(common);
        m_workflow.push(workflow);
        m_attempt.push(attempt);
        m_sessionUuid.push(sessionUuid);
        m_attemptId.push(attemptId);
        m_sessionTimeMs.push(d->sessionTimeMs);
        m_flags.push(flags);
        m_attemptCreatedMs.push(created);
        m_attemptFinishedMs.push(finished);
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
    update(m_workflow[row], workflow);
    update(m_attempt[row], attempt);
    update(m_sessionTimeMs[row], d->sessionTimeMs);
    update(m_flags[row], flags);
    if (!(m_sessionUuid[row] == sessionUuid)) {
        m_sessionUuid.set(row, sessionUuid);
        changed = true;
    }
    if (!(m_attemptId[row] == attemptId)) {
        m_attemptId.set(row, attemptId);
        changed = true;
    }
    if (m_attemptCreatedMs[row] != created) {
        m_attemptCreatedMs.set(row, created);
        changed = true;
    }
    if (m_attemptFinishedMs[row] != finished) {
        m_attemptFinishedMs.set(row, finished);
        changed = true;
    }
    return {existing, false, changed};
}

SessionRecord TreasureSessionStore::record(qsizetype row) const
{
    const auto r = std::size_t(row);
    const TreasureStorePools &p = *m_pools;
    const StoreStringPool &s = p.strings;
    SessionRecord out;
    m_common.fill(out, r, s);
    const TreasureStoreWorkflow &workflow = p.workflows[m_workflow[r]];
    const TreasureStoreAttempt &attempt = p.attempts[m_attempt[r]];
    const quint8 flags = m_flags[r];
    TreasureDetail d;
    d.projectId = s.text(workflow.projectId);
    d.projectName = s.text(workflow.projectName);
    d.workflowId = s.text(workflow.workflowId);
    d.workflowName = s.text(workflow.workflowName);
    d.sessionUuid = StoreIdColumn::text(m_sessionUuid[r], s);
    d.sessionTimeMs = m_sessionTimeMs[r];
    d.attemptId = StoreIdColumn::text(m_attemptId[r], s);
    d.done = flags & Done;
    d.success = flags & Success;
    d.cancelRequested = flags & Cancel;
    d.attemptCreatedMs = (flags & CreatedIsStarted) ? out.startedMs : m_attemptCreatedMs[r];
    d.attemptFinishedMs = (flags & FinishedIsEnded) ? out.endedMs : m_attemptFinishedMs[r];
    d.paramsJson = s.bytes(attempt.params).toByteArray();
    d.poolId = s.text(attempt.poolId);
    d.retryAttemptName = s.text(attempt.retryAttemptName);
    out.detail = std::move(d);
    return out;
}

QVariant TreasureSessionStore::value(qsizetype row, const ColumnDescriptor &column) const
{
    const int field = m_columnMap.fieldOf(column);
    if (field < 0)
        return column.rawValue ? column.rawValue(record(row)) : QVariant();
    const auto r = std::size_t(row);
    const TreasureStorePools &p = *m_pools;
    if (field < kBackendFields)
        return m_common.value(Common(field), r, p.strings);
    if (const auto member = workflowText(field))
        return storevalues::text(p.strings, p.workflows[m_workflow[r]].*(*member));
    if (const auto member = attemptText(field))
        return storevalues::text(p.strings, p.attempts[m_attempt[r]].*(*member));
    switch (field) {
    case SessionTime: return storevalues::time(m_sessionTimeMs[r]);
    case AttemptId: return idValue(m_attemptId, r, p.strings);
    case SessionUuid: return idValue(m_sessionUuid, r, p.strings);
    case CancelRequested: return QVariant::fromValue(bool(m_flags[r] & Cancel));
    default: return column.rawValue ? column.rawValue(record(row)) : QVariant();
    }
}

std::shared_ptr<const StoreStringPool> TreasureSessionStore::sharedStrings() const
{
    return std::shared_ptr<const StoreStringPool>(m_pools, &m_pools->strings);
}

std::unique_ptr<RowKeyJob> TreasureSessionStore::sortKeys(const ColumnDescriptor &column) const
{
    const int field = m_columnMap.fieldOf(column);
    if (field >= 0 && field < kBackendFields)
        return m_common.sortKeys(Common(field), sharedStrings());

    const std::size_t rows = m_common.size();
    std::shared_ptr<const TreasureStorePools> pools = m_pools;
    const quint32 strings = pools->strings.count();
    StoreKeyJob::Compute compute;
    if (const auto member = workflowText(field)) {
        compute = [refs = m_workflow.copyPrefix(rows), pools, count = pools->workflows.count(), strings, m = *member] {
            return storekeys::groupStringKeys(
                refs, count, [&](quint32 g) { return pools->workflows[g].*m; }, pools->strings, strings);
        };
    } else if (const auto member = attemptText(field)) {
        compute = [refs = m_attempt.copyPrefix(rows), pools, count = pools->attempts.count(), strings, m = *member] {
            return storekeys::groupStringKeys(
                refs, count, [&](quint32 g) { return pools->attempts[g].*m; }, pools->strings, strings);
        };
    } else if (field == SessionTime) {
        compute = [values = m_sessionTimeMs.copyPrefix(rows)] { return storekeys::numberKeys(values); };
    } else if (field == AttemptId || field == SessionUuid) {
        const StoreIdColumn &ids = field == AttemptId ? m_attemptId : m_sessionUuid;
        compute = [ids = ids.copyPrefix(rows), pools] { return storekeys::idKeys(ids, pools->strings); };
    } else if (field == CancelRequested) {
        compute = [flags = m_flags.copyPrefix(rows)] {
            std::vector<quint64> keys(flags.size());
            for (std::size_t row = 0; row < flags.size(); ++row)
                keys[row] = (flags[row] & Cancel) ? 1 : 0;
            return keys;
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

std::unique_ptr<RowValuesJob> TreasureSessionStore::columnValues(const ColumnDescriptor &column) const
{
    const int field = m_columnMap.fieldOf(column);
    if (field >= 0 && field < kBackendFields) {
        if (auto job = m_common.columnValues(Common(field), sharedStrings()))
            return job;
        return slowColumnValues(column);
    }
    const std::size_t rows = m_common.size();
    std::shared_ptr<const TreasureStorePools> pools = m_pools;
    StoreValuesJob::Compute compute;
    if (const auto member = workflowText(field)) {
        compute = [refs = m_workflow.copyPrefix(rows), pools, count = pools->workflows.count(), m = *member] {
            return storecolumnvalues::groupStrings(
                refs, count, [&](quint32 g) { return pools->workflows[g].*m; }, pools->strings);
        };
    }
    else
        return slowColumnValues(column);
    return std::make_unique<StoreValuesJob>(qsizetype(rows), std::move(compute));
}

std::unique_ptr<RowMatchJob> TreasureSessionStore::textSearch(const QString &needle) const
{
    const std::size_t rows = m_common.size();
    if (needle.isEmpty())
        return std::make_unique<StoreMatchJob>(qsizetype(rows), [rows] { return std::vector<quint8>(rows, 1); });
    std::shared_ptr<const TreasureStorePools> pools = m_pools;
    return std::make_unique<StoreMatchJob>(
        qsizetype(rows), [workflows = m_workflow.copyPrefix(rows), ids = m_common.copyIds(), pools,
                          workflowCount = pools->workflows.count(), needle] {
            const StoreTextMatcher matcher(needle);
            const StoreStringPool &s = pools->strings;
            std::vector<quint8> matches(workflows.size(), 0);
            storevalues::matchGroups(matches, workflows, workflowCount,
                                     [&](quint32 g) { return workflowMatches(pools->workflows[g], matcher, s); });
            for (std::size_t row = 0; row < ids.size(); ++row) {
                if (!matches[row])
                    matches[row] = quint8(matcher.matches(ids[row], s));
            }
            return matches;
        });
}

bool TreasureSessionStore::rowMatchesText(qsizetype row, const QString &needle) const
{
    const StoreTextMatcher matcher(needle);
    if (matcher.matchesEverything())
        return true;
    const auto r = std::size_t(row);
    const TreasureStorePools &p = *m_pools;
    return workflowMatches(p.workflows[m_workflow[r]], matcher, p.strings)
        || matcher.matches(m_common.id(r), p.strings);
}

std::size_t TreasureSessionStore::bytesUsed() const
{
    const TreasureStorePools &p = *m_pools;
    return sizeof(*this) + p.strings.bytesUsed() + p.workflows.bytesUsed() + p.attempts.bytesUsed()
        + m_common.bytesUsed() + m_workflow.bytesUsed() + m_attempt.bytesUsed() + m_sessionUuid.bytesUsed()
        + m_attemptId.bytesUsed() + m_sessionTimeMs.bytesUsed() + m_flags.bytesUsed()
        + m_attemptCreatedMs.bytesUsed() + m_attemptFinishedMs.bytesUsed();
}
