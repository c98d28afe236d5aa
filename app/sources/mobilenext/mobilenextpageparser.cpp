#include "mobilenextpageparser.h"

#include "mobilenextstatus.h"
#include "sources/json/jsonfields.h"

namespace mobilenext {
namespace {

using namespace jsonfields;

const QLatin1String kBackend("Mobile Next");

struct Caches
{
    RepeatedString organizationId;
    RepeatedString userId;
    RepeatedString platform;
    RepeatedString deviceType;
    RepeatedString deviceName;
    RepeatedString osVersion;
};

// Shape A sends `organization`/`user` as an id or as an object carrying one.
void readReference(od::value &value, RepeatedString &cache, QString &out, RowState &state)
{
    switch (typeOf(value, state)) {
    case od::json_type::string:
        readOptionalString(value, cache, out, state);
        break;
    case od::json_type::number:
        readOptionalId(value, out, state);
        break;
    case od::json_type::object:
        forEachField(value, state, [&](od::raw_json_string key, od::value &v) {
            if (key == "id")
                readReference(v, cache, out, state);
        });
        break;
    default:
        break;
    }
}

void readDevice(od::value &value, MobileNextDetail &d, RowState &state, Caches &caches)
{
    forEachField(value, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "id" || key == "deviceId")
            readOptionalId(v, d.deviceId, state);
        else if (key == "platform")
            readOptionalString(v, caches.platform, d.platform, state);
        else if (key == "type")
            readOptionalString(v, caches.deviceType, d.deviceType, state);
        else if (key == "name")
            readOptionalString(v, caches.deviceName, d.deviceName, state);
        else if (key == "osVersion")
            readOptionalString(v, caches.osVersion, d.osVersion, state);
    });
}

// A session is read member by member so that parseSession can feed it the root's members
// and a `data` object's members in one pass.
class SessionReader final
{
public:
    explicit SessionReader(Caches &caches) : m_caches(caches)
    {
        m_record.detail.emplace<MobileNextDetail>();
    }

    void member(od::raw_json_string key, od::value &v)
    {
        auto &d = std::get<MobileNextDetail>(m_record.detail);
        if (key == "id" || key == "sessionId") {
            m_hasId = true;
            readRequiredId(v, "id", m_record.id, m_state);
        } else if (key == "createdAt") {
            m_hasCreatedAt = true;
            readRequiredTime(v, "createdAt", m_record.startedMs, m_state, &d.createdAtRaw);
        } else if (key == "releasedAt") {
            readOptionalTime(v, "releasedAt", m_record.endedMs, m_state);
        } else if (key == "organization" || key == "organizationId") {
            readReference(v, m_caches.organizationId, d.organizationId, m_state);
        } else if (key == "user" || key == "userId") {
            readReference(v, m_caches.userId, d.userId, m_state);
        } else if (key == "device") {
            readDevice(v, d, m_state, m_caches);
        }
    }

    // Completes the row; returns the state (reason or fatal error) it ended in.
    RowState &finish()
    {
        if (!m_hasId)
            m_state.missing("id");
        else if (!m_hasCreatedAt)
            m_state.missing("createdAt");
        const bool released = m_record.endedMs != kNoTime;
        m_record.status = mapReleased(released);
        m_record.backendStatus = backendStatusFor(released);
        return m_state;
    }

    SessionRecord &record() { return m_record; }
    RowState &state() { return m_state; }
    bool hasId() const { return m_hasId; }

private:
    Caches &m_caches;
    SessionRecord m_record;
    RowState m_state;
    bool m_hasId = false;
    bool m_hasCreatedAt = false;
};

void readSessionRow(od::object &object, SessionRecord &record, RowState &state, Caches &caches)
{
    SessionReader reader(caches);
    forEachField(object, reader.state(), [&](od::raw_json_string key, od::value &v) { reader.member(key, v); });
    state = std::move(reader.finish());
    record = std::move(reader.record());
}

void readOrganization(od::object &object, OrganizationRecord &org, RowState &state)
{
    bool hasId = false;
    forEachField(object, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "id") {
            hasId = true;
            readRequiredId(v, "id", org.id, state);
        } else if (key == "name") {
            org.personal = typeOf(v, state) == od::json_type::null;
            readOptionalString(v, org.name, state);
        } else if (key == "type") {
            readOptionalString(v, org.type, state);
        } else if (key == "role") {
            readOptionalString(v, org.role, state);
        } else if (key == "createdAt") {
            readOptionalTime(v, "createdAt", org.createdAtMs, state);
        }
    });
    if (!hasId)
        state.missing("id");
}

} // namespace

SessionPage parsePage(QByteArrayView body)
{
    SessionPage page;
    JsonDocument document(body);
    od::object root;
    if (!openRootObject(document, root, kBackend, page.error))
        return page;
    Caches caches;
    RowState state;
    bool hasArray = false;
    QString errorMessage;
    forEachField(root, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "data" || key == "sessions") {
            if (hasArray || typeOf(v, state) != od::json_type::array)
                return;
            hasArray = true;
            state.fatal = readRowArray(v, page.rows, page.malformed,
                                       [&caches](od::object &o, SessionRecord &r, RowState &s) {
                                           readSessionRow(o, r, s, caches);
                                       });
        } else if (key == "nextCursor") {
            readOptionalString(v, page.nextToken, state);
        } else if (key == "error") {
            errorMessage = readErrorValue(v, state);
        }
    });
    return finishListBody(std::move(page), kBackend, state.fatal, hasArray,
                          QStringLiteral("\"data\" or \"sessions\" array"), errorMessage);
}

SessionPage parseSession(QByteArrayView body)
{
    SessionPage page;
    JsonDocument document(body);
    od::object root;
    if (!openRootObject(document, root, kBackend, page.error))
        return page;
    Caches caches;
    SessionReader bare(caches);
    SessionReader wrapped(caches);
    bool isWrapped = false;
    QString errorMessage;
    RowState &state = bare.state();
    forEachField(root, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "data" && typeOf(v, state) == od::json_type::object) {
            isWrapped = true;
            forEachField(v, wrapped.state(), [&](od::raw_json_string k, od::value &dv) { wrapped.member(k, dv); });
            state.fatal = wrapped.state().fatal;
        } else if (key == "error") {
            errorMessage = readErrorValue(v, state);
        } else {
            bare.member(key, v);
        }
    });
    if (state.fatal) {
        page.error = brokenBodyError(kBackend, state.fatal);
        return page;
    }
    SessionReader &reader = isWrapped ? wrapped : bare;
    if (!reader.hasId()) {
        page.error = missingArrayError(kBackend, QStringLiteral("session id"), errorMessage);
        return page;
    }
    RowState &result = reader.finish();
    if (result.reason.isEmpty())
        page.rows.push_back(std::move(reader.record()));
    else
        page.malformed.push_back({0, reader.record().id, std::move(result.reason)});
    page.ok = true;
    return page;
}

OrganizationList parseOrganizations(QByteArrayView body)
{
    OrganizationList list;
    JsonDocument document(body);
    if (document.error()) {
        list.error = kBackend % QLatin1String(": the body is not JSON (") % errorText(document.error()) % u')';
        return list;
    }
    auto readRow = [](od::object &o, OrganizationRecord &r, RowState &s) { readOrganization(o, r, s); };
    RowState state;
    bool hasArray = false;
    QString errorMessage;
    od::value rootValue;
    if (auto error = document.document().get_value().get(rootValue)) {
        list.error = brokenBodyError(kBackend, error);
        return list;
    }
    const od::json_type rootType = typeOf(rootValue, state);
    if (rootType == od::json_type::array) {
        hasArray = true;
        state.fatal = readRowArray(rootValue, list.rows, list.malformed, readRow);
    } else if (rootType == od::json_type::object) {
        forEachField(rootValue, state, [&](od::raw_json_string key, od::value &v) {
            if (key == "data" || key == "organizations") {
                if (hasArray || typeOf(v, state) != od::json_type::array)
                    return;
                hasArray = true;
                state.fatal = readRowArray(v, list.rows, list.malformed, readRow);
            } else if (key == "error") {
                errorMessage = readErrorValue(v, state);
            }
        });
    }
    return finishListBody(std::move(list), kBackend, state.fatal, hasArray, QStringLiteral("organizations array"),
                          errorMessage);
}

} // namespace mobilenext
