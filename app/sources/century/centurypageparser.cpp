#include "centurypageparser.h"

#include "centurystatus.h"
#include "domain/iso8601.h"
#include "sources/json/jsonfields.h"

namespace century {
namespace {

using namespace jsonfields;

// Values that repeat from row to row share one QString (see RepeatedString).
struct Caches
{
    RepeatedString status;
    RepeatedString testId;
    RepeatedString testVersionId;
    RepeatedString testName;
    RepeatedString subject;
    RepeatedString level;
    RepeatedString duration;
};

Gender genderFrom(std::string_view text)
{
    if (text == "male")
        return Gender::Male;
    if (text == "female")
        return Gender::Female;
    if (text == "other")
        return Gender::Other;
    return Gender::Unknown;
}

void readGender(od::value &value, CenturyDetail &detail, RowState &state)
{
    if (typeOf(value, state) != od::json_type::string)
        return;
    std::string_view text;
    if (auto error = value.get_string().get(text)) {
        state.fatal = error;
        return;
    }
    detail.gender = genderFrom(text);
    // Kept only when it says something the enum cannot (sessionrecord.h).
    if (detail.gender == Gender::Unknown && text != "unknown")
        detail.genderRaw = toQString(text);
}

// A date of birth is a date; a full date-time is tolerated and cut to its day's midnight.
void readDateOfBirth(od::value &value, CenturyDetail &detail, RowState &state)
{
    const od::json_type type = typeOf(value, state);
    if (type == od::json_type::null)
        return;
    std::string_view text;
    if (type != od::json_type::string || value.get_string().get(text) != simdjson::SUCCESS) {
        state.wrongType("user.dateOfBirth", "a date");
        return;
    }
    if (const auto ms = iso8601::parseDateMs(text)) {
        detail.dateOfBirthMs = *ms;
    } else if (const auto instant = iso8601::parseDateTimeMs(text)) {
        constexpr qint64 kMsPerDay = 86400000;
        detail.dateOfBirthMs = *instant - ((*instant % kMsPerDay) + kMsPerDay) % kMsPerDay;
    } else {
        state.wrongType("user.dateOfBirth", "a date");
    }
}

void readUser(od::value &value, CenturyDetail &d, RowState &state)
{
    enum : unsigned { UserId = 1, Username = 2, FullName = 4, FirstName = 8, LastName = 16, All = 31 };
    unsigned seen = 0;
    const bool isObject = forEachField(value, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "userId") {
            seen |= UserId;
            readRequiredId(v, "user.userId", d.userId, state);
        } else if (key == "username") {
            seen |= Username;
            readRequiredString(v, "user.username", d.username, state);
        } else if (key == "fullName") {
            seen |= FullName;
            readRequiredString(v, "user.fullName", d.fullName, state);
        } else if (key == "firstName") {
            seen |= FirstName;
            readRequiredString(v, "user.firstName", d.firstName, state);
        } else if (key == "lastName") {
            seen |= LastName;
            readRequiredString(v, "user.lastName", d.lastName, state);
        } else if (key == "middleName") {
            readOptionalString(v, d.middleName, state);
        } else if (key == "upn") {
            readOptionalString(v, d.upn, state);
        } else if (key == "externalId") {
            readOptionalId(v, d.externalId, state);
        } else if (key == "emails") {
            readOptionalStringList(v, d.emails, state);
        } else if (key == "gender") {
            readGender(v, d, state);
        } else if (key == "dateOfBirth") {
            readDateOfBirth(v, d, state);
        }
    });
    if (!isObject) {
        state.wrongType("user", "an object");
        return;
    }
    if (!(seen & UserId))
        state.missing("user.userId");
    else if (!(seen & Username))
        state.missing("user.username");
    else if (!(seen & FullName))
        state.missing("user.fullName");
    else if (!(seen & FirstName))
        state.missing("user.firstName");
    else if (!(seen & LastName))
        state.missing("user.lastName");
}

void readTest(od::value &value, CenturyDetail &d, RowState &state, Caches &caches)
{
    bool hasTestId = false;
    bool hasVersionId = false;
    const bool isObject = forEachField(value, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "testId") {
            hasTestId = true;
            readRequiredString(v, "test.testId", caches.testId, d.testId, state);
        } else if (key == "testVersionId") {
            hasVersionId = true;
            readRequiredString(v, "test.testVersionId", caches.testVersionId, d.testVersionId, state);
        } else if (key == "name") {
            readOptionalString(v, caches.testName, d.testName, state);
        } else if (key == "subject") {
            readOptionalString(v, caches.subject, d.subject, state);
        }
    });
    if (!isObject)
        state.wrongType("test", "an object");
    else if (!hasTestId)
        state.missing("test.testId");
    else if (!hasVersionId)
        state.missing("test.testVersionId");
}

void readResult(od::value &value, CenturyDetail &d, RowState &state, Caches &caches)
{
    // `result` is null or absent while the assessment runs; anything else is tolerated too.
    forEachField(value, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "createdDate") {
            readOptionalTime(v, "result.createdDate", d.resultCreatedMs, state);
        } else if (key == "level") {
            readOptionalString(v, caches.level, d.level, state);
        } else if (key == "duration") {
            readOptionalString(v, caches.duration, d.durationRaw, state);
            // A duration we cannot turn into seconds (P1M, ...) still shows as sent.
            if (const auto seconds = iso8601::parseDurationSeconds(QStringView(d.durationRaw)))
                d.durationSeconds = *seconds;
        }
    });
}

void readSession(od::object &object, SessionRecord &record, RowState &state, Caches &caches)
{
    CenturyDetail &d = record.detail.emplace<CenturyDetail>();
    bool hasId = false, hasStart = false, hasUser = false, hasTest = false, hasStatus = false;
    forEachField(object, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "sessionId") {
            hasId = true;
            readRequiredId(v, "sessionId", record.id, state);
        } else if (key == "startDate") {
            hasStart = true;
            readRequiredTime(v, "startDate", record.startedMs, state);
        } else if (key == "endDate") {
            readOptionalTime(v, "endDate", record.endedMs, state);
        } else if (key == "status") {
            hasStatus = typeOf(v, state) == od::json_type::string;
            readOptionalString(v, caches.status, record.backendStatus, state);
        } else if (key == "user") {
            hasUser = true;
            readUser(v, d, state);
        } else if (key == "test") {
            hasTest = true;
            readTest(v, d, state, caches);
        } else if (key == "result") {
            readResult(v, d, state, caches);
        }
    });
    if (!hasId)
        state.missing("sessionId");
    else if (!hasStart)
        state.missing("startDate");
    else if (!hasUser)
        state.missing("user");
    else if (!hasTest)
        state.missing("test");
    if (hasStatus)
        record.status = mapStatus(record.backendStatus);
    else
        record.status = record.endedMs != kNoTime ? SessionStatus::Completed : SessionStatus::Live;
}

void readPagination(od::value &value, SessionPage &page, RowState &state)
{
    forEachField(value, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "nextCursor") {
            readOptionalString(v, page.nextToken, state);
        } else if (key == "previousCursor") {
            readOptionalString(v, page.previousToken, state);
        } else if (key == "total" && typeOf(v, state) == od::json_type::number) {
            int64_t total = 0;
            if (v.get_int64().get(total) == simdjson::SUCCESS && total >= 0)
                page.total = total;
        }
    });
}

SessionPage failed(QString error)
{
    SessionPage page;
    page.error = std::move(error);
    return page;
}

} // namespace

SessionPage parsePage(QByteArrayView body)
{
    const QLatin1String backend("Century");
    JsonDocument document(body);
    od::object root;
    SessionPage page;
    if (!openRootObject(document, root, backend, page.error))
        return page;

    Caches caches;
    RowState state;
    bool hasData = false;
    QString errorMessage;
    forEachField(root, state, [&](od::raw_json_string key, od::value &v) {
        if (key == "data") {
            if (hasData || typeOf(v, state) != od::json_type::array)
                return; // a repeated "data" member must not add its rows twice
            hasData = true;
            state.fatal = readRowArray(v, page.rows, page.malformed,
                                       [&caches](od::object &o, SessionRecord &r, RowState &s) {
                                           readSession(o, r, s, caches);
                                       },
                                       /*flattenNested=*/true);
        } else if (key == "pagination") {
            readPagination(v, page, state);
        } else if (key == "error" || key == "message") {
            errorMessage = readErrorValue(v, state);
        }
    });
    if (state.fatal)
        return failed(brokenBodyError(backend, state.fatal));
    if (!hasData) {
        return failed(errorMessage.isEmpty()
                          ? QStringLiteral("Century: the body has no \"data\" array")
                          : QLatin1String("Century: the body has no \"data\" array; it says: ") % errorMessage);
    }
    page.ok = true;
    return page;
}

} // namespace century
