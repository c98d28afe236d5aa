#include "treasurepageparser.h"

#include "sources/json/jsonfields.h"
#include "treasurestatus.h"

#include <limits>

namespace treasure {
namespace {

using namespace jsonfields;

const QLatin1String kBackend("Treasure");

struct Caches
{
    RepeatedString status;
    RepeatedString projectId;
    RepeatedString projectName;
    RepeatedString workflowId;
    RepeatedString workflowName;
};

// What an attempt says about its state, before it becomes a dashboard status.
struct AttemptState
{
    bool present = false;
    bool hasStatus = false;
};

// project is IdAndName (both required), workflow is NameOptionalId (name required).
void readNamed(od::value &value, std::string_view field, bool idRequired, RepeatedString &idCache, QString &id,
               RepeatedString &nameCache, QString &name, RowState &state)
{
    bool hasId = false;
    bool hasName = false;
    const bool isObject = forEachField(value, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "id") {
            hasId = true;
            if (typeOf(v, state) == od::json_type::string)
                readOptionalString(v, idCache, id, state);
            else
                readOptionalId(v, id, state);
        } else if (key == "name") {
            hasName = true;
            readRequiredString(v, "name", nameCache, name, state);
        }
    });
    if (!isObject)
        state.wrongType(field, "an object");
    else if (!hasName)
        state.missing(std::string(field) + ".name");
    else if (idRequired && !hasId)
        state.missing(std::string(field) + ".id");
}

void readParams(od::value &value, TreasureDetail &d, RowState &state)
{
    bool truncated = false;
    d.paramsJson = compactJson(value, kMaxParamsBytes, truncated, state);
    if (truncated)
        d.paramsJson = QByteArray(kParamsTooLarge);
}

// The members an attempt has, whether it is a session's lastAttempt or an /attempts item.
// False when `key` is none of them.
bool readAttemptMember(od::raw_json_string key, od::value &v, TreasureDetail &d, QString &backendStatus,
                       AttemptState &attempt, RowState &state, Caches &caches)
{
    if (key == "id") {
        readOptionalId(v, d.attemptId, state);
    } else if (key == "status") {
        attempt.hasStatus = typeOf(v, state) == od::json_type::string;
        readOptionalString(v, caches.status, backendStatus, state);
    } else if (key == "done") {
        readOptionalBool(v, d.done, state);
    } else if (key == "success") {
        readOptionalBool(v, d.success, state);
    } else if (key == "cancelRequested") {
        readOptionalBool(v, d.cancelRequested, state);
    } else if (key == "createdAt") {
        readOptionalTime(v, "createdAt", d.attemptCreatedMs, state);
    } else if (key == "finishedAt") {
        readOptionalTime(v, "finishedAt", d.attemptFinishedMs, state);
    } else if (key == "params") {
        readParams(v, d, state);
    } else if (key == "poolId") {
        readOptionalId(v, d.poolId, state);
    } else if (key == "retryAttemptName") {
        readOptionalString(v, d.retryAttemptName, state);
    } else {
        return false;
    }
    return true;
}

// The session members an /attempts item repeats (and a session has).
bool readSessionMember(od::raw_json_string key, od::value &v, TreasureDetail &d, bool &hasProject,
                       bool &hasWorkflow, bool &hasSessionTime, RowState &state, Caches &caches)
{
    if (key == "project") {
        hasProject = true;
        readNamed(v, "project", true, caches.projectId, d.projectId, caches.projectName, d.projectName, state);
    } else if (key == "workflow") {
        hasWorkflow = true;
        readNamed(v, "workflow", false, caches.workflowId, d.workflowId, caches.workflowName, d.workflowName,
                  state);
    } else if (key == "sessionTime") {
        hasSessionTime = true;
        readRequiredTime(v, "sessionTime", d.sessionTimeMs, state);
    } else if (key == "sessionUuid") {
        readOptionalString(v, d.sessionUuid, state);
    } else {
        return false;
    }
    return true;
}

SessionStatus statusOf(const AttemptState &attempt, const TreasureDetail &d, const QString &backendStatus)
{
    if (!attempt.present)
        return SessionStatus::Unknown;
    return attempt.hasStatus ? mapStatus(backendStatus) : deriveStatus(d.done, d.success, d.cancelRequested);
}

void readSession(od::object &object, SessionRecord &record, RowState &state, Caches &caches)
{
    TreasureDetail &d = record.detail.emplace<TreasureDetail>();
    d.paramsJson = QByteArrayLiteral("{}");
    bool hasId = false, hasProject = false, hasWorkflow = false, hasSessionTime = false;
    AttemptState attempt;
    forEachField(object, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "id") {
            hasId = true;
            readRequiredId(v, "id", record.id, state);
        } else if (key == "lastAttempt") {
            attempt.present = forEachField(v, state, [&](od::raw_json_string k, od::value &av) {
                readAttemptMember(k, av, d, record.backendStatus, attempt, state, caches);
            });
        } else {
            readSessionMember(key, v, d, hasProject, hasWorkflow, hasSessionTime, state, caches);
        }
    });
    if (!hasId)
        state.missing("id");
    else if (!hasProject)
        state.missing("project");
    else if (!hasWorkflow)
        state.missing("workflow");
    else if (!hasSessionTime)
        state.missing("sessionTime");
    record.status = statusOf(attempt, d, record.backendStatus);
    record.startedMs = d.attemptCreatedMs != kNoTime ? d.attemptCreatedMs : d.sessionTimeMs;
    record.endedMs = d.attemptFinishedMs;
}

void readAttempt(od::object &object, AttemptRecord &record, RowState &state, Caches &caches)
{
    TreasureDetail &d = record.detail;
    d.paramsJson = QByteArrayLiteral("{}");
    bool hasProject = false, hasWorkflow = false, hasSessionTime = false;
    AttemptState attempt;
    attempt.present = true;
    forEachField(object, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "index") {
            int64_t index = 0;
            if (typeOf(v, state) == od::json_type::number && v.get_int64().get(index) == simdjson::SUCCESS
                && index >= 0 && index <= std::numeric_limits<int>::max())
                record.index = int(index);
        } else if (key == "sessionId") {
            readOptionalId(v, record.sessionId, state);
        } else if (!readAttemptMember(key, v, d, record.backendStatus, attempt, state, caches)) {
            readSessionMember(key, v, d, hasProject, hasWorkflow, hasSessionTime, state, caches);
        }
    });
    record.id = d.attemptId;
    if (record.id.isEmpty())
        state.missing("id");
    record.status = statusOf(attempt, d, record.backendStatus);
    record.startedMs = d.attemptCreatedMs;
    record.endedMs = d.attemptFinishedMs;
}

// Keyset paging: the next `last_id` is the smallest numeric id seen on the page.
template <typename Rows>
QString smallestId(const Rows &rows, const std::vector<MalformedRow> &malformed)
{
    qint64 smallest = std::numeric_limits<qint64>::max();
    QString text;
    auto consider = [&](const QString &id) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (ok && value < smallest) {
            smallest = value;
            text = id;
        }
    };
    for (const auto &row : rows)
        consider(row.id);
    for (const auto &row : malformed)
        consider(row.id);
    return text;
}

// {"<arrayKey>": [...]} -> rows; shared by the sessions and attempts lists.
template <typename Page, typename ReadRow>
Page parseList(QByteArrayView body, std::string_view arrayKey, ReadRow &&readRow)
{
    Page page;
    JsonDocument document(body);
    od::object root;
    if (!openRootObject(document, root, kBackend, page.error))
        return page;
    RowState state;
    bool hasArray = false;
    QString errorMessage;
    forEachField(root, state, [&](od::raw_json_string key, od::value &v) {
        if (key == arrayKey) {
            if (hasArray || typeOf(v, state) != od::json_type::array)
                return; // a repeated array member must not add its rows twice
            hasArray = true;
            state.fatal = readRowArray(v, page.rows, page.malformed, readRow);
        } else if (key == "message" || key == "error") {
            errorMessage = readErrorValue(v, state);
        }
    });
    const QString what = QLatin1Char('"') % QString::fromLatin1(arrayKey.data(), qsizetype(arrayKey.size()))
        % QLatin1String("\" array");
    page = finishListBody(std::move(page), kBackend, state.fatal, hasArray, what, errorMessage);
    if (page.ok)
        page.nextToken = smallestId(page.rows, page.malformed);
    return page;
}

} // namespace

SessionPage parsePage(QByteArrayView body)
{
    Caches caches;
    return parseList<SessionPage>(body, "sessions", [&caches](od::object &o, SessionRecord &r, RowState &s) {
        readSession(o, r, s, caches);
    });
}

AttemptPage parseAttempts(QByteArrayView body)
{
    Caches caches;
    return parseList<AttemptPage>(body, "attempts", [&caches](od::object &o, AttemptRecord &r, RowState &s) {
        readAttempt(o, r, s, caches);
    });
}

SessionPage parseSession(QByteArrayView body)
{
    SessionPage page;
    JsonDocument document(body);
    od::object root;
    if (!openRootObject(document, root, kBackend, page.error))
        return page;
    Caches caches;
    SessionRecord record;
    RowState state;
    readSession(root, record, state, caches);
    if (state.fatal) {
        page.error = brokenBodyError(kBackend, state.fatal);
        return page;
    }
    if (record.id.isEmpty()) {
        // Not a session at all (an error body such as {"message": "..."}): no row to report.
        page.error = kBackend % QLatin1String(": the body is not a session (") % state.reason % u')';
        return page;
    }
    if (state.reason.isEmpty())
        page.rows.push_back(std::move(record));
    else
        page.malformed.push_back({0, record.id, std::move(state.reason)});
    page.ok = true;
    return page;
}

} // namespace treasure
