#include "centurysessionstore.h"

#include "centurystorepupils.h"

#include "storecolumnvalues.h"
#include "storekeyjob.h"
#include "storekeys.h"
#include "storematchjob.h"
#include "storetextmatcher.h"
#include "storevalues.h"
#include "storevaluesjob.h"

#include "sources/century/centurycolumns.h"

#include <optional>

using namespace centurystorepupils;

namespace {

using Common = StoreCommonField;

enum CenturyStoreField : int {
    FullName = kBackendFields,
    Username,
    FirstName,
    MiddleName,
    LastName,
    Upn,
    ExternalId,
    UserId,
    Emails,
    GenderText,
    DateOfBirth,
    Subject,
    TestName,
    TestId,
    TestVersionId,
    Level,
    Duration,
    ResultCreated,
};

QHash<QString, int> fieldIds()
{
    return {
        {QStringLiteral("id"), int(Common::Id)},
        {QStringLiteral("status"), int(Common::Status)},
        {QStringLiteral("backend_status"), int(Common::BackendStatus)},
        {QStringLiteral("started"), int(Common::Started)},
        {QStringLiteral("ended"), int(Common::Ended)},
        {QStringLiteral("pupil"), FullName},
        {QStringLiteral("username"), Username},
        {QStringLiteral("first_name"), FirstName},
        {QStringLiteral("middle_name"), MiddleName},
        {QStringLiteral("last_name"), LastName},
        {QStringLiteral("upn"), Upn},
        {QStringLiteral("external_id"), ExternalId},
        {QStringLiteral("user_id"), UserId},
        {QStringLiteral("emails"), Emails},
        {QStringLiteral("gender"), GenderText},
        {QStringLiteral("date_of_birth"), DateOfBirth},
        {QStringLiteral("subject"), Subject},
        {QStringLiteral("test"), TestName},
        {QStringLiteral("test_id"), TestId},
        {QStringLiteral("test_version_id"), TestVersionId},
        {QStringLiteral("level"), Level},
        {QStringLiteral("duration"), Duration},
        {QStringLiteral("result_created"), ResultCreated},
    };
}

using PupilText = quint32 CenturyStorePupil::*;
using TestText = quint32 CenturyStoreTest::*;

std::optional<PupilText> pupilText(int field)
{
    switch (field) {
    case FullName: return &CenturyStorePupil::fullName;
    case Username: return &CenturyStorePupil::username;
    case FirstName: return &CenturyStorePupil::firstName;
    case MiddleName: return &CenturyStorePupil::middleName;
    case LastName: return &CenturyStorePupil::lastName;
    case Upn: return &CenturyStorePupil::upn;
    case ExternalId: return &CenturyStorePupil::externalId;
    case UserId: return &CenturyStorePupil::userId;
    default: return std::nullopt;
    }
}

std::optional<TestText> testText(int field)
{
    switch (field) {
    case Subject: return &CenturyStoreTest::subject;
    case TestName: return &CenturyStoreTest::testName;
    case TestId: return &CenturyStoreTest::testId;
    case TestVersionId: return &CenturyStoreTest::testVersionId;
    default: return std::nullopt;
    }
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The quick search's fields of a test (sessionstore.h): test name and subject.
bool testMatches(const CenturyStoreTest &t, const StoreTextMatcher &m, const StoreStringPool &s)
{
    return m.matches(s, t.testName) || m.matches(s, t.subject);
}

} // namespace

CenturySessionStore::CenturySessionStore()
    : m_pools(std::make_shared<CenturyStorePools>())
    , m_columnMap(century::sessionColumns(), fieldIds())
{}

const ColumnList &CenturySessionStore::columns() const
{
    return century::sessionColumns();
}

void CenturySessionStore::clear()
{
    // A running job keeps the old pools alive through its own share.
    m_pools = std::make_shared<CenturyStorePools>();
    m_common.clear();
    m_pupil.clear();
    m_test.clear();
    m_result.clear();
    m_resultCreatedMs.clear();
    m_pupilOfUser.clear();
}

SessionStore::Upsert CenturySessionStore::upsert(const SessionRecord &record)
{
    const auto *d = std::get_if<CenturyDetail>(&record.detail);
    if (!d)
        return {}; // another backend's session has no place here
    CenturyStorePools &p = *m_pools;
    StoreStringPool &s = p.strings;
    const StoreCommonFields common = StoreCommonRows::fieldsOf(record, s);
    const quint32 pupil = internPupil(*d);
    const quint32 test = p.tests.intern(CenturyStoreTest{s.intern(d->testId), s.intern(d->testVersionId),
                                                         s.intern(d->testName), s.intern(d->subject)});
    const quint32 result =
        p.results.intern(CenturyStoreResult{s.intern(d->level), s.intern(d->durationRaw), d->durationSeconds});

    const qsizetype existing = m_common.find(common.id);
    if (existing < 0) {
        const std::size_t row = m_common.append(common);
        m_pupil.push(pupil);
        m_test.push(test);
        m_result.push(result);
        m_resultCreatedMs.push(d->resultCreatedMs);
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
    update(m_pupil[row], pupil);
    update(m_test[row], test);
    update(m_result[row], result);
    update(m_resultCreatedMs[row], d->resultCreatedMs);
    return {existing, false, changed};
}

quint32 CenturySessionStore::internPupil(const CenturyDetail &d)
{
    CenturyStorePools &p = *m_pools;
    StoreStringPool &s = p.strings;
    const quint32 user = s.intern(d.userId);
    // A pupil comes back in every fifth session or so, nearly always unchanged: comparing the
    // record with the tuple this user id had last time touches a few neighbouring cache lines,
    // where interning its ten strings would probe the string table ten times.
    if (user < m_pupilOfUser.size() && m_pupilOfUser[user]) {
        const quint32 known = m_pupilOfUser[user] - 1;
        if (samePupil(p.pupils[known], d, s))
            return known;
    }
    const quint32 pupil = p.pupils.intern(CenturyStorePupil{
        user, s.intern(d.username), s.intern(d.fullName), s.intern(d.firstName), s.intern(d.lastName),
        s.intern(d.middleName), s.intern(d.upn), s.intern(d.externalId), internEmails(d.emails, s),
        s.intern(d.genderRaw), quint32(d.gender), 0, d.dateOfBirthMs});
    while (m_pupilOfUser.size() <= user)
        m_pupilOfUser.push(0);
    m_pupilOfUser[user] = pupil + 1;
    return pupil;
}

SessionRecord CenturySessionStore::record(qsizetype row) const
{
    const auto r = std::size_t(row);
    const CenturyStorePools &p = *m_pools;
    const StoreStringPool &s = p.strings;
    SessionRecord out;
    m_common.fill(out, r, s);
    const CenturyStorePupil &pupil = p.pupils[m_pupil[r]];
    const CenturyStoreTest &test = p.tests[m_test[r]];
    const CenturyStoreResult &result = p.results[m_result[r]];
    CenturyDetail d;
    d.userId = s.text(pupil.userId);
    d.username = s.text(pupil.username);
    d.fullName = s.text(pupil.fullName);
    d.firstName = s.text(pupil.firstName);
    d.lastName = s.text(pupil.lastName);
    d.middleName = s.text(pupil.middleName);
    d.upn = s.text(pupil.upn);
    d.externalId = s.text(pupil.externalId);
    d.emails = emailsOf(pupil.emails, s);
    d.gender = ::Gender(pupil.gender);
    d.genderRaw = s.text(pupil.genderRaw);
    d.dateOfBirthMs = pupil.dateOfBirthMs;
    d.testId = s.text(test.testId);
    d.testVersionId = s.text(test.testVersionId);
    d.testName = s.text(test.testName);
    d.subject = s.text(test.subject);
    d.resultCreatedMs = m_resultCreatedMs[r];
    d.level = s.text(result.level);
    d.durationRaw = s.text(result.durationRaw);
    d.durationSeconds = result.durationSeconds;
    out.detail = std::move(d);
    return out;
}

QVariant CenturySessionStore::value(qsizetype row, const ColumnDescriptor &column) const
{
    const int field = m_columnMap.fieldOf(column);
    if (field < 0)
        return column.rawValue ? column.rawValue(record(row)) : QVariant();
    const auto r = std::size_t(row);
    const CenturyStorePools &p = *m_pools;
    if (field < kBackendFields)
        return m_common.value(Common(field), r, p.strings);
    if (const auto member = pupilText(field))
        return storevalues::text(p.strings, p.pupils[m_pupil[r]].*(*member));
    if (const auto member = testText(field))
        return storevalues::text(p.strings, p.tests[m_test[r]].*(*member));
    switch (field) {
    case Emails: return textOrNull(joinedEmails(p.pupils[m_pupil[r]], p.strings));
    case GenderText: return genderText(p.pupils[m_pupil[r]], p.strings);
    case DateOfBirth: return storevalues::time(p.pupils[m_pupil[r]].dateOfBirthMs);
    case Level: return storevalues::text(p.strings, p.results[m_result[r]].level);
    case Duration: return storevalues::time(p.results[m_result[r]].durationSeconds);
    case ResultCreated: return storevalues::time(m_resultCreatedMs[r]);
    default: return column.rawValue ? column.rawValue(record(row)) : QVariant();
    }
}

std::shared_ptr<const StoreStringPool> CenturySessionStore::sharedStrings() const
{
    return std::shared_ptr<const StoreStringPool>(m_pools, &m_pools->strings);
}

std::unique_ptr<RowKeyJob> CenturySessionStore::sortKeys(const ColumnDescriptor &column) const
{
    const int field = m_columnMap.fieldOf(column);
    if (field >= 0 && field < kBackendFields)
        return m_common.sortKeys(Common(field), sharedStrings());

    const std::size_t rows = m_common.size();
    std::shared_ptr<const CenturyStorePools> pools = m_pools;
    const quint32 strings = pools->strings.count();
    StoreKeyJob::Compute compute;
    if (const auto member = pupilText(field)) {
        compute = [refs = m_pupil.copyPrefix(rows), pools, count = pools->pupils.count(), strings, m = *member] {
            return storekeys::groupStringKeys(
                refs, count, [&](quint32 g) { return pools->pupils[g].*m; }, pools->strings, strings);
        };
    } else if (const auto member = testText(field)) {
        compute = [refs = m_test.copyPrefix(rows), pools, count = pools->tests.count(), strings, m = *member] {
            return storekeys::groupStringKeys(
                refs, count, [&](quint32 g) { return pools->tests[g].*m; }, pools->strings, strings);
        };
    } else if (field == Level) {
        compute = [refs = m_result.copyPrefix(rows), pools, count = pools->results.count(), strings] {
            return storekeys::groupStringKeys(
                refs, count, [&](quint32 g) { return pools->results[g].level; }, pools->strings, strings);
        };
    } else if (field == Duration) {
        compute = [refs = m_result.copyPrefix(rows), pools, count = pools->results.count()] {
            return storekeys::groupKeys(refs, count, [&](quint32 g) {
                return storekeys::numberKey(pools->results[g].durationSeconds);
            });
        };
    } else if (field == DateOfBirth) {
        compute = [refs = m_pupil.copyPrefix(rows), pools, count = pools->pupils.count()] {
            return storekeys::groupKeys(refs, count, [&](quint32 g) {
                return storekeys::numberKey(pools->pupils[g].dateOfBirthMs);
            });
        };
    } else if (field == Emails || field == GenderText) {
        compute = [refs = m_pupil.copyPrefix(rows), pools, count = pools->pupils.count(), emails = field == Emails] {
            return storekeys::groupTextKeys(refs, count, [&](quint32 g) {
                const CenturyStorePupil &pupil = pools->pupils[g];
                return emails ? joinedEmails(pupil, pools->strings) : genderText(pupil, pools->strings);
            });
        };
    } else if (field == ResultCreated) {
        compute = [values = m_resultCreatedMs.copyPrefix(rows)] { return storekeys::numberKeys(values); };
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

std::unique_ptr<RowValuesJob> CenturySessionStore::columnValues(const ColumnDescriptor &column) const
{
    const int field = m_columnMap.fieldOf(column);
    if (field >= 0 && field < kBackendFields) {
        if (auto job = m_common.columnValues(Common(field), sharedStrings()))
            return job;
        return slowColumnValues(column);
    }
    const std::size_t rows = m_common.size();
    std::shared_ptr<const CenturyStorePools> pools = m_pools;
    StoreValuesJob::Compute compute;
    if (const auto member = testText(field)) {
        compute = [refs = m_test.copyPrefix(rows), pools, count = pools->tests.count(), m = *member] {
            return storecolumnvalues::groupStrings(
                refs, count, [&](quint32 g) { return pools->tests[g].*m; }, pools->strings);
        };
    } else if (field == Level) {
        compute = [refs = m_result.copyPrefix(rows), pools, count = pools->results.count()] {
            return storecolumnvalues::groupStrings(
                refs, count, [&](quint32 g) { return pools->results[g].level; }, pools->strings);
        };
    } else if (field == Duration) {
        compute = [refs = m_result.copyPrefix(rows), pools, count = pools->results.count()] {
            return storecolumnvalues::groupNumbers(
                refs, count, [&](quint32 g) { return pools->results[g].durationSeconds; });
        };
    }
    else
        return slowColumnValues(column);
    return std::make_unique<StoreValuesJob>(qsizetype(rows), std::move(compute));
}

std::unique_ptr<RowMatchJob> CenturySessionStore::textSearch(const QString &needle) const
{
    const std::size_t rows = m_common.size();
    if (needle.isEmpty())
        return std::make_unique<StoreMatchJob>(qsizetype(rows), [rows] { return std::vector<quint8>(rows, 1); });
    std::shared_ptr<const CenturyStorePools> pools = m_pools;
    return std::make_unique<StoreMatchJob>(
        qsizetype(rows), [pupils = m_pupil.copyPrefix(rows), tests = m_test.copyPrefix(rows), pools,
                          pupilCount = pools->pupils.count(), testCount = pools->tests.count(), needle] {
            const StoreTextMatcher matcher(needle);
            const StoreStringPool &s = pools->strings;
            std::vector<quint8> matches(pupils.size(), 0);
            storevalues::matchGroups(matches, pupils, pupilCount,
                                     [&](quint32 g) { return pupilMatches(pools->pupils[g], matcher, s); });
            storevalues::matchGroups(matches, tests, testCount,
                                     [&](quint32 g) { return testMatches(pools->tests[g], matcher, s); });
            return matches;
        });
}

bool CenturySessionStore::rowMatchesText(qsizetype row, const QString &needle) const
{
    const StoreTextMatcher matcher(needle);
    if (matcher.matchesEverything())
        return true;
    const auto r = std::size_t(row);
    const CenturyStorePools &p = *m_pools;
    return pupilMatches(p.pupils[m_pupil[r]], matcher, p.strings)
        || testMatches(p.tests[m_test[r]], matcher, p.strings);
}

std::size_t CenturySessionStore::bytesUsed() const
{
    const CenturyStorePools &p = *m_pools;
    return sizeof(*this) + p.strings.bytesUsed() + p.pupils.bytesUsed() + p.tests.bytesUsed() + p.results.bytesUsed()
        + m_common.bytesUsed() + m_pupil.bytesUsed() + m_test.bytesUsed() + m_result.bytesUsed()
        + m_resultCreatedMs.bytesUsed() + m_pupilOfUser.bytesUsed();
}
