// SessionStore (issue 5): every backend's records come back exactly, value() is rawValue(),
// sort keys order rows as the stated comparison does, and the quick search finds what
// QString::contains would. Jobs running while the store changes: tst_sessionstorethreads.
#include "apifixture.h"

#include "demo/democenturyworld.h"
#include "demo/demoepoch.h"
#include "demo/demojsonwriter.h"
#include "demo/demomobilenextworld.h"
#include "demo/demotreasureworld.h"
#include "domain/iso8601.h"
#include "model/sessionstore.h"
#include "sources/sessionsource.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <numeric>

namespace {

constexpr quint64 kSeed = 20260310;

// ---- records ---------------------------------------------------------------------------

QString differenceOf(const SessionRecord &a, const SessionRecord &b)
{
    QStringList out;
    const auto check = [&out](const char *name, const auto &x, const auto &y) {
        if (!(x == y))
            out << QString::fromLatin1(name);
    };
    check("id", a.id, b.id);
    check("status", a.status, b.status);
    check("backendStatus", a.backendStatus, b.backendStatus);
    check("startedMs", a.startedMs, b.startedMs);
    check("endedMs", a.endedMs, b.endedMs);
    if (a.detail.index() != b.detail.index())
        return QStringLiteral("detail type");
    if (const auto *x = std::get_if<CenturyDetail>(&a.detail)) {
        const auto &y = std::get<CenturyDetail>(b.detail);
        check("userId", x->userId, y.userId);
        check("username", x->username, y.username);
        check("fullName", x->fullName, y.fullName);
        check("firstName", x->firstName, y.firstName);
        check("lastName", x->lastName, y.lastName);
        check("middleName", x->middleName, y.middleName);
        check("upn", x->upn, y.upn);
        check("externalId", x->externalId, y.externalId);
        check("emails", x->emails, y.emails);
        check("gender", x->gender, y.gender);
        check("genderRaw", x->genderRaw, y.genderRaw);
        check("dateOfBirthMs", x->dateOfBirthMs, y.dateOfBirthMs);
        check("testId", x->testId, y.testId);
        check("testVersionId", x->testVersionId, y.testVersionId);
        check("testName", x->testName, y.testName);
        check("subject", x->subject, y.subject);
        check("resultCreatedMs", x->resultCreatedMs, y.resultCreatedMs);
        check("level", x->level, y.level);
        check("durationRaw", x->durationRaw, y.durationRaw);
        check("durationSeconds", x->durationSeconds, y.durationSeconds);
    } else if (const auto *x = std::get_if<TreasureDetail>(&a.detail)) {
        const auto &y = std::get<TreasureDetail>(b.detail);
        check("projectId", x->projectId, y.projectId);
        check("projectName", x->projectName, y.projectName);
        check("workflowId", x->workflowId, y.workflowId);
        check("workflowName", x->workflowName, y.workflowName);
        check("sessionUuid", x->sessionUuid, y.sessionUuid);
        check("sessionTimeMs", x->sessionTimeMs, y.sessionTimeMs);
        check("attemptId", x->attemptId, y.attemptId);
        check("done", x->done, y.done);
        check("success", x->success, y.success);
        check("cancelRequested", x->cancelRequested, y.cancelRequested);
        check("attemptCreatedMs", x->attemptCreatedMs, y.attemptCreatedMs);
        check("attemptFinishedMs", x->attemptFinishedMs, y.attemptFinishedMs);
        check("paramsJson", x->paramsJson, y.paramsJson);
        check("poolId", x->poolId, y.poolId);
        check("retryAttemptName", x->retryAttemptName, y.retryAttemptName);
    } else {
        const auto &m = std::get<MobileNextDetail>(a.detail);
        const auto &n = std::get<MobileNextDetail>(b.detail);
        check("organizationId", m.organizationId, n.organizationId);
        check("userId", m.userId, n.userId);
        check("deviceId", m.deviceId, n.deviceId);
        check("platform", m.platform, n.platform);
        check("deviceType", m.deviceType, n.deviceType);
        check("deviceName", m.deviceName, n.deviceName);
        check("osVersion", m.osVersion, n.osVersion);
        check("createdAtRaw", m.createdAtRaw, n.createdAtRaw);
    }
    return out.join(QStringLiteral(", "));
}

QString prefixOf(Backend backend)
{
    switch (backend) {
    case Backend::Century: return QStringLiteral("century-");
    case Backend::Treasure: return QStringLiteral("treasure-");
    case Backend::MobileNext: return QStringLiteral("mobilenext-");
    }
    return {};
}

std::vector<SessionRecord> parse(Backend backend, const QByteArray &body)
{
    const auto source = makeSessionSource(backend, QUrl(QStringLiteral("http://127.0.0.1:1/")));
    SessionPage page = source->parsePage(body);
    if (!page.ok)
        qWarning("page not parsed: %s", qPrintable(page.error));
    return std::move(page.rows);
}

std::vector<SessionRecord> fixtureRecords(Backend backend)
{
    std::vector<SessionRecord> rows;
    for (const QString &name : apifixture::names(prefixOf(backend))) {
        for (SessionRecord &r : parse(backend, apifixture::read(name)))
            rows.push_back(std::move(r));
    }
    return rows;
}

// Sessions written by the demo world as its server would, parsed by the real parser.
std::vector<SessionRecord> demoRecords(Backend backend, int count)
{
    const qint64 now = demoepoch::kWorldStartMs;
    QByteArray body;
    DemoJsonWriter json(body);
    json.beginObject();
    if (backend == Backend::Century) {
        const DemoCenturyWorld world(kSeed, count);
        json.key("data");
        json.beginArray();
        for (quint32 i = 0; i < world.startedCount(now); ++i)
            world.writeSession(json, i, now);
    } else if (backend == Backend::Treasure) {
        const DemoTreasureWorld world(kSeed, count);
        json.key("sessions");
        json.beginArray();
        for (quint32 i = 0; i < world.visibleCount(now); ++i)
            world.writeSession(json, i, now);
    } else {
        const DemoMobileNextWorld world(kSeed, count);
        json.field("object", "list");
        json.key("data");
        json.beginArray();
        for (quint32 i = 0; i < world.visibleCount(now); ++i)
            world.writeSession(json, i, now, DemoMobileNextShape::A);
    }
    json.endArray();
    json.endObject();
    return parse(backend, body);
}

// Texts that test the order and the search: case pairs, folding that is not lowercasing
// (Kelvin sign, long s, sharp s), supplementary characters, a private-use character above
// the surrogates (UTF-16 and code point orders differ there), a lone surrogate.
QStringList awkwardTexts()
{
    return {QString(), QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("ab"), QStringLiteral("aB"),
            QStringLiteral("Zoë"), QStringLiteral("zoë"), QStringLiteral("ZOË"), QStringLiteral("Łucja Wójcik"),
            QStringLiteral("Nguyễn Trần"), QStringLiteral("فاطمة"), QStringLiteral("\u212Aelvin"),
            QStringLiteral("kelvin"), QStringLiteral("Stra\u00DFe"), QStringLiteral("STRASSE"),
            QStringLiteral("\u017Fmith"), QStringLiteral("smith"), QStringLiteral("\U0001D49C math"),
            QStringLiteral("\uE000 private"), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("  spaced  "),
            QString(QChar(0xD800)) + QStringLiteral("lone"), QStringLiteral("007"), QStringLiteral("7"),
            QStringLiteral("line\nbreak"), QStringLiteral("O'Connor, \"quoted\"")};
}

QString textAt(int i)
{
    const QStringList texts = awkwardTexts();
    return texts[i % texts.size()];
}

SessionRecord awkwardCentury(int i)
{
    SessionRecord r;
    static const char *const ids[] = {"not-a-uuid", "007", "7", "0A1B2C3D-0000-4000-8000-000000000001",
                                      "0a1b2c3d-0000-4000-8000-00000000000", "{0a1b2c3d-0000-4000-8000-000000000001}"};
    r.id = i < 6 ? QString::fromLatin1(ids[i]) : QStringLiteral("odd-%1").arg(i) + textAt(i);
    r.status = SessionStatus(i % 5);
    r.backendStatus = i % 4 == 0 ? QString() : textAt(i + 3);
    r.startedMs = i % 7 == 0 ? kNoTime : 1700000000000 + i * 1000;
    r.endedMs = i % 3 == 0 ? kNoTime : 1700000000000 + i * 997;
    CenturyDetail d;
    d.userId = i % 5 == 0 ? QStringLiteral("user-%1").arg(i % 3) : QStringLiteral("a7c0c5f2-1111-4222-8333-%1")
                                                                       .arg(i % 9, 12, 10, QLatin1Char('0'));
    d.username = textAt(i + 1);
    d.fullName = textAt(i);
    d.firstName = textAt(i + 2);
    d.lastName = textAt(i + 5);
    d.middleName = i % 2 ? QString() : textAt(i + 7);
    d.upn = i % 3 ? QStringLiteral("0%1").arg(i) : QString();
    d.externalId = textAt(i + 11);
    if (i % 4 == 1)
        d.emails = {QString()};
    else if (i % 4 == 2)
        d.emails = {QStringLiteral("a@b.example"), textAt(i) + QStringLiteral("@x")};
    d.gender = Gender(i % 4);
    d.genderRaw = d.gender == Gender::Unknown && i % 8 == 0 ? QStringLiteral("nonbinary") : QString();
    d.dateOfBirthMs = i % 6 == 0 ? kNoTime : 1104537600000 + i * 86400000ll;
    d.testId = QStringLiteral("c5a77fda-7174-446f-a4f5-0f47ccbf15c%1").arg(i % 3);
    d.testVersionId = i % 5 == 0 ? QString() : QStringLiteral("version %1").arg(i % 2);
    d.testName = textAt(i + 13);
    d.subject = textAt(i * 3);
    d.resultCreatedMs = i % 2 ? kNoTime : 1700000100000 - i;
    d.level = textAt(i + 17);
    d.durationRaw = i % 5 ? QStringLiteral("PT%1M").arg(i) : QString();
    d.durationSeconds = i % 5 ? i * 60 : kNoTime;
    r.detail = d;
    return r;
}

SessionRecord awkwardTreasure(int i)
{
    SessionRecord r;
    static const char *const ids[] = {"007", "0", "12345678901234567890", "99999999999999999999", "-5", "",
                                      "9", "10", "1e3", "  42", "100", "1", "18446744073709551615",
                                      "18446744073709551616"};
    // Numbers of different lengths: "10" < "100" < "9" as text; "1" comes after its extensions
    // here so that a key that ties a prefix with its extension would show.
    r.id = i < 14 ? QString::fromLatin1(ids[i]) : QString::number(4300000000ll + i * 7919);
    r.status = SessionStatus(i % 5);
    r.backendStatus = textAt(i);
    r.startedMs = i % 7 == 0 ? kNoTime : 1700000000000 + i * 1000;
    r.endedMs = i % 3 == 0 ? kNoTime : 1700000000000 + i * 5000;
    TreasureDetail d;
    d.projectId = QString::number(i % 3);
    d.projectName = textAt(i + 2);
    d.workflowId = i % 4 ? QString::number(i % 5) : QString();
    d.workflowName = textAt(i + 5);
    d.sessionUuid = i % 3 == 0 ? QStringLiteral("2B91A014-076E-4C6D-8B51-F4F91089CAB2")
                               : QStringLiteral("2b91a014-076e-4c6d-8b51-f4f9108%1").arg(i, 5, 10, QLatin1Char('0'));
    d.sessionTimeMs = i % 4 == 0 ? kNoTime : 1690000000000 + i;
    d.attemptId = i % 5 == 0 ? QStringLiteral("00%1").arg(i) : QString::number(9100000000ll + i);
    d.done = i % 2;
    d.success = i % 3 == 0;
    d.cancelRequested = i % 5 == 1;
    d.attemptCreatedMs = i % 2 ? r.startedMs : 1600000000000 + i;
    d.attemptFinishedMs = i % 3 ? r.endedMs : kNoTime;
    if (i % 6 == 0)
        d.paramsJson = "{}";
    else if (i % 6 == 1)
        d.paramsJson = QByteArray("{\"big\":\"") + QByteArray(100000 + i, 'x') + "\"}";
    else if (i % 6 == 2)
        d.paramsJson = QByteArray("{\"bad\":\"\xff\xfe\"}");
    else if (i % 6 == 3)
        d.paramsJson = textAt(i).toUtf8();
    d.poolId = i % 2 ? QString::number(i % 4) : QString();
    d.retryAttemptName = textAt(i + 9);
    r.detail = d;
    return r;
}

SessionRecord awkwardMobileNext(int i)
{
    SessionRecord r;
    r.id = i % 3 == 0 ? QStringLiteral("sess_%1").arg(i) + textAt(i)
                      : QStringLiteral("5f0c2b8e-3a1d-4c55-9e0f-%1").arg(i, 12, 10, QLatin1Char('0'));
    r.status = SessionStatus(i % 5);
    r.backendStatus = i % 2 ? QStringLiteral("held") : QStringLiteral("released");
    r.startedMs = i % 7 == 0 ? kNoTime : 1709629623120 + i * 1000;
    r.endedMs = i % 3 == 0 ? kNoTime : 1709629623120 + i * 3000;
    MobileNextDetail d;
    d.organizationId = i % 4 ? QStringLiteral("org_%1").arg(i % 2) : QString();
    d.userId = textAt(i + 1);
    d.deviceId = textAt(i + 3);
    d.platform = i % 2 ? QStringLiteral("ios") : QStringLiteral("Android");
    d.deviceType = textAt(i + 4);
    d.deviceName = textAt(i);
    d.osVersion = QStringLiteral("1%1.0").arg(i % 4);
    if (i % 4 == 0)
        d.createdAtRaw = iso8601::formatRfc3339Ms(r.startedMs); // the usual case: derived
    else if (i % 4 == 1)
        d.createdAtRaw = QStringLiteral("2024-03-05T09:07:03Z");
    else if (i % 4 == 2)
        d.createdAtRaw = textAt(i);
    r.detail = d;
    return r;
}

std::vector<SessionRecord> awkwardRecords(Backend backend, int count = 120)
{
    std::vector<SessionRecord> rows;
    for (int i = 0; i < count; ++i) {
        switch (backend) {
        case Backend::Century: rows.push_back(awkwardCentury(i)); break;
        case Backend::Treasure: rows.push_back(awkwardTreasure(i)); break;
        case Backend::MobileNext: rows.push_back(awkwardMobileNext(i)); break;
        }
    }
    return rows;
}

// What the quick search looks at, per sessionstore.h.
QStringList searchableTexts(const SessionRecord &r)
{
    if (const auto *d = std::get_if<CenturyDetail>(&r.detail))
        return {d->fullName, d->username, d->upn, d->externalId, d->testName, d->subject};
    if (const auto *d = std::get_if<TreasureDetail>(&r.detail))
        return {d->projectName, d->workflowName, r.id};
    const auto &d = std::get<MobileNextDetail>(r.detail);
    return {d.deviceName, d.deviceId, d.platform, d.osVersion, d.userId};
}

bool referenceMatch(const SessionRecord &r, const QString &needle)
{
    const QStringList texts = searchableTexts(r);
    return std::any_of(texts.begin(), texts.end(),
                       [&](const QString &t) { return t.contains(needle, Qt::CaseInsensitive); });
}

// The stated order (sessionstore.h): empty first, numbers by value, text by case folding
// then exactly.
int referenceCompare(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = a.isNull();
    const bool bEmpty = b.isNull();
    if (aEmpty || bEmpty)
        return int(bEmpty) - int(aEmpty);
    if (a.metaType().id() == QMetaType::QString) {
        const QString x = a.toString();
        const QString y = b.toString();
        if (const int c = x.toCaseFolded().compare(y.toCaseFolded()); c != 0)
            return c < 0 ? -1 : 1;
        const int c = x.compare(y);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    const qint64 x = a.toLongLong();
    const qint64 y = b.toLongLong();
    return x < y ? -1 : x > y ? 1 : 0;
}

// A store filled with `records` (later duplicates of an id update the earlier row), and
// the record each row should hold.
struct Filled
{
    std::unique_ptr<SessionStore> store;
    std::vector<SessionRecord> expected;
};

Filled fill(Backend backend, const std::vector<SessionRecord> &records)
{
    Filled f{SessionStore::create(backend), {}};
    for (const SessionRecord &r : records) {
        const SessionStore::Upsert u = f.store->upsert(r);
        if (u.added)
            f.expected.push_back(r);
        else
            f.expected[std::size_t(u.row)] = r;
    }
    return f;
}

std::vector<SessionRecord> dataset(Backend backend)
{
    std::vector<SessionRecord> rows = fixtureRecords(backend);
    for (SessionRecord &r : demoRecords(backend, 600))
        rows.push_back(std::move(r));
    for (SessionRecord &r : awkwardRecords(backend))
        rows.push_back(std::move(r));
    return rows;
}

const QStringList &needles()
{
    static const QStringList list{QString(), QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("zo"),
                                  QStringLiteral("ZOË"), QStringLiteral("ë"), QStringLiteral("k"),
                                  QStringLiteral("\u212A"), QStringLiteral("s"), QStringLiteral("\u017F"),
                                  QStringLiteral("ss"), QStringLiteral("\u00DF"), QStringLiteral("\U0001D49C"),
                                  QStringLiteral("0"), QStringLiteral("00"), QStringLiteral("7"),
                                  QStringLiteral("-"), QStringLiteral("SMITH"), QStringLiteral("english"),
                                  QStringLiteral("maths smart"), QStringLiteral("ios"), QStringLiteral("xyz-none"),
                                  QString(QChar(0xD800)), QStringLiteral("é"), QStringLiteral("abcdefg"),
                                  QStringLiteral("43000"), QStringLiteral("wyn"), QStringLiteral("\n")};
    return list;
}

} // namespace

class TestSessionStore final : public QObject
{
    Q_OBJECT

    static void checkRoundTrip(const Filled &f)
    {
        const SessionStore &store = *f.store;
        QCOMPARE(store.size(), qsizetype(f.expected.size()));
        for (qsizetype row = 0; row < store.size(); ++row) {
            const SessionRecord &want = f.expected[std::size_t(row)];
            const SessionRecord got = store.record(row);
            const QString diff = differenceOf(got, want);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("row %1 (%2): %3").arg(row).arg(want.id, diff)));
            QCOMPARE(store.id(row), want.id);
            QCOMPARE(store.status(row), want.status);
            QCOMPARE(store.startedMs(row), want.startedMs);
            QCOMPARE(store.endedMs(row), want.endedMs);
            QCOMPARE(store.rowOf(want.id), row);
            for (const ColumnDescriptor &c : store.columns()) {
                const QVariant raw = c.rawValue(want);
                const QVariant value = store.value(row, c);
                QVERIFY2(value.metaType() == raw.metaType() && value == raw,
                         qPrintable(QStringLiteral("row %1 column %2: %3 vs %4")
                                        .arg(row)
                                        .arg(c.id, value.toString(), raw.toString())));
            }
        }
    }

    static void checkSortKeys(const Filled &f)
    {
        const SessionStore &store = *f.store;
        const auto n = std::size_t(store.size());
        for (const ColumnDescriptor &c : store.columns()) {
            const std::unique_ptr<RowKeyJob> job = store.sortKeys(c);
            QCOMPARE(job->rowCount(), store.size());
            const std::vector<quint64> keys = job->run();
            QCOMPARE(keys.size(), n);
            std::vector<QVariant> raw;
            for (const SessionRecord &r : f.expected)
                raw.push_back(c.rawValue(r));
            std::vector<std::size_t> order(n);
            std::iota(order.begin(), order.end(), std::size_t(0));
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return referenceCompare(raw[a], raw[b]) < 0; });
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t row = order[i];
                if (raw[row].isNull())
                    QVERIFY2(keys[row] == 0, qPrintable(c.id));
                if (i == 0)
                    continue;
                const std::size_t before = order[i - 1];
                const int cmp = referenceCompare(raw[before], raw[row]);
                const bool ok = cmp == 0 ? keys[before] == keys[row] : keys[before] < keys[row];
                QVERIFY2(ok, qPrintable(QStringLiteral("column %1: rows %2 (%3, key %4) and %5 (%6, key %7)")
                                            .arg(c.id)
                                            .arg(before)
                                            .arg(raw[before].toString())
                                            .arg(keys[before])
                                            .arg(row)
                                            .arg(raw[row].toString())
                                            .arg(keys[row])));
            }
        }
    }

    static void checkSearch(const Filled &f)
    {
        const SessionStore &store = *f.store;
        for (const QString &needle : needles()) {
            const std::unique_ptr<RowMatchJob> job = store.textSearch(needle);
            QCOMPARE(job->rowCount(), store.size());
            const std::vector<quint8> matches = job->run();
            QCOMPARE(matches.size(), std::size_t(store.size()));
            for (qsizetype row = 0; row < store.size(); ++row) {
                const bool want = referenceMatch(f.expected[std::size_t(row)], needle);
                QVERIFY2(bool(matches[std::size_t(row)]) == want,
                         qPrintable(QStringLiteral("needle '%1' row %2").arg(needle).arg(row)));
                QCOMPARE(store.rowMatchesText(row, needle), want);
            }
        }
    }

private slots:
    void initTestCase() { QVERIFY2(apifixture::folderExists(), qPrintable(apifixture::missingMessage())); }

    void fixturesAreRead_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("century") << Backend::Century;
        QTest::newRow("treasure") << Backend::Treasure;
        QTest::newRow("mobilenext") << Backend::MobileNext;
    }
    void fixturesAreRead()
    {
        QFETCH(Backend, backend);
        QVERIFY(fixtureRecords(backend).size() >= 2);
        QVERIFY(demoRecords(backend, 600).size() >= 100);
    }

    void roundTrip_data() { fixturesAreRead_data(); }
    void roundTrip()
    {
        QFETCH(Backend, backend);
        const Filled f = fill(backend, dataset(backend));
        QCOMPARE(f.store->backend(), backend);
        checkRoundTrip(f);
        QVERIFY(f.store->bytesUsed() > 0);
        QCOMPARE(f.store->rowOf(u"no such id"), -1);
        QCOMPARE(f.store->rowOf(u"00000000-0000-4000-8000-000000000000"), -1);
        QCOMPARE(f.store->rowOf(u"123"), -1);
    }

    void sortKeysFollowTheStatedOrder_data() { fixturesAreRead_data(); }
    void sortKeysFollowTheStatedOrder()
    {
        QFETCH(Backend, backend);
        checkSortKeys(fill(backend, dataset(backend)));
    }

    void searchFindsWhatContainsFinds_data() { fixturesAreRead_data(); }
    void searchFindsWhatContainsFinds()
    {
        QFETCH(Backend, backend);
        checkSearch(fill(backend, dataset(backend)));
    }

    void idsKeepTheirText()
    {
        // Numbers with leading zeros, signs, overflow, uppercase or braced UUIDs all keep their
        // text, and none of them is found by a text it is not.
        const Filled f = fill(Backend::Treasure, awkwardRecords(Backend::Treasure, 12));
        const SessionStore &store = *f.store;
        QCOMPARE(store.id(store.rowOf(u"007")), QStringLiteral("007"));
        QVERIFY(store.rowOf(u"007") != store.rowOf(u"7"));
        QCOMPARE(store.rowOf(u"07"), -1);
        QCOMPARE(store.id(store.rowOf(u"99999999999999999999")), QStringLiteral("99999999999999999999"));
        QCOMPARE(store.id(store.rowOf(u"12345678901234567890")), QStringLiteral("12345678901234567890"));
        QCOMPARE(store.id(store.rowOf(u"-5")), QStringLiteral("-5"));
        QCOMPARE(store.id(store.rowOf(u"")), QString());
        QCOMPARE(store.id(store.rowOf(u"  42")), QStringLiteral("  42"));
        QCOMPARE(store.rowOf(u"42"), -1);

        const Filled c = fill(Backend::Century, awkwardRecords(Backend::Century, 6));
        QCOMPARE(c.store->id(c.store->rowOf(u"0A1B2C3D-0000-4000-8000-000000000001")),
                 QStringLiteral("0A1B2C3D-0000-4000-8000-000000000001"));
        QCOMPARE(c.store->rowOf(u"0a1b2c3d-0000-4000-8000-000000000001"), -1);
    }

    void upsertAddsUpdatesAndSeesNoChange_data() { fixturesAreRead_data(); }
    void upsertAddsUpdatesAndSeesNoChange()
    {
        QFETCH(Backend, backend);
        const std::vector<SessionRecord> records = awkwardRecords(backend, 40);
        const std::unique_ptr<SessionStore> store = SessionStore::create(backend);
        for (std::size_t i = 0; i < records.size(); ++i) {
            const SessionStore::Upsert u = store->upsert(records[i]);
            QVERIFY(u.added);
            QVERIFY(!u.changed);
            QCOMPARE(u.row, qsizetype(i));
        }
        for (std::size_t i = 0; i < records.size(); ++i) {
            const SessionStore::Upsert u = store->upsert(records[i]);
            QCOMPARE(u.row, qsizetype(i));
            QVERIFY(!u.added);
            QVERIFY2(!u.changed, qPrintable(records[i].id));
        }
        // Each kind of field changed on its own is a change, and is what record() gives back.
        const std::vector<std::function<void(SessionRecord &)>> edits{
            [](SessionRecord &r) { r.status = SessionStatus(int(r.status) == 1 ? 2 : 1); },
            [](SessionRecord &r) { r.backendStatus += QStringLiteral("!"); },
            [](SessionRecord &r) { r.startedMs = r.startedMs == 5 ? 6 : 5; },
            [](SessionRecord &r) { r.endedMs = kNoTime + 1; },
            [](SessionRecord &r) {
                std::visit(
                    [](auto &d) {
                        using D = std::decay_t<decltype(d)>;
                        if constexpr (std::is_same_v<D, CenturyDetail>) {
                            d.fullName += QStringLiteral(" Jr");
                            d.emails.append(QStringLiteral("new@x"));
                        } else if constexpr (std::is_same_v<D, TreasureDetail>) {
                            d.paramsJson += " ";
                            d.attemptCreatedMs = 42;
                            d.attemptId = QStringLiteral("0042");
                        } else {
                            d.userId += QStringLiteral("2");
                            d.createdAtRaw = QStringLiteral("now");
                        }
                    },
                    r.detail);
            },
        };
        for (std::size_t i = 0; i < records.size(); ++i) {
            SessionRecord r = records[i];
            edits[i % edits.size()](r);
            const SessionStore::Upsert u = store->upsert(r);
            QCOMPARE(u.row, qsizetype(i));
            QVERIFY(!u.added);
            QVERIFY2(u.changed, qPrintable(QStringLiteral("record %1, edit %2").arg(i).arg(i % edits.size())));
            const QString diff = differenceOf(store->record(u.row), r);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QVERIFY(!store->upsert(r).changed);
        }
        QCOMPARE(store->size(), qsizetype(records.size()));

        // Another backend's record is not taken.
        SessionRecord foreign = records[0];
        foreign.id = QStringLiteral("foreign");
        foreign.detail = backend == Backend::Century ? decltype(foreign.detail)(TreasureDetail{})
                                                     : decltype(foreign.detail)(CenturyDetail{});
        QCOMPARE(store->upsert(foreign).row, -1);
        QCOMPARE(store->size(), qsizetype(records.size()));

        store->clear();
        QCOMPARE(store->size(), 0);
        QCOMPARE(store->rowOf(records[0].id), -1);
        QVERIFY(store->upsert(records[1]).added);
        QCOMPARE(store->rowOf(records[1].id), 0);
        QVERIFY(differenceOf(store->record(0), records[1]).isEmpty());
    }

    // Tables grow step by step while pages land (storehashtable.h): every id stays findable
    // at every size, in the middle of a growth too, and strings and pupils are not doubled.
    void idsStayFoundWhileTablesGrow()
    {
        const std::unique_ptr<SessionStore> store = SessionStore::create(Backend::Century);
        const auto idOf = [](int i) {
            switch (i % 3) {
            case 0: return QStringLiteral("%1").arg(1000000 + i);
            case 1: return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            default: return QStringLiteral("text-%1").arg(i);
            }
        };
        constexpr int kRows = 30000;
        for (int i = 0; i < kRows; ++i) {
            SessionRecord r = awkwardCentury(i % 97);
            r.id = idOf(i);
            std::get<CenturyDetail>(r.detail).username = QStringLiteral("u%1").arg(i % 5000);
            const SessionStore::Upsert u = store->upsert(r);
            QVERIFY(u.added);
            QCOMPARE(u.row, qsizetype(i));
            if (i % 1013 == 0 || (i > 760 && i < 900)) {
                for (int j = 0; j <= i; j += 1 + j / 50)
                    QCOMPARE(store->rowOf(idOf(j)), qsizetype(j));
            }
        }
        for (int i = 0; i < kRows; ++i) {
            QCOMPARE(store->rowOf(idOf(i)), qsizetype(i));
            QCOMPARE(store->id(i), idOf(i));
        }
        QCOMPARE(store->rowOf(idOf(kRows)), -1);
        // A second pass changes nothing and adds nothing.
        const std::size_t bytes = store->bytesUsed();
        for (int i = 0; i < kRows; ++i) {
            SessionRecord r = awkwardCentury(i % 97);
            r.id = idOf(i);
            std::get<CenturyDetail>(r.detail).username = QStringLiteral("u%1").arg(i % 5000);
            QVERIFY(!store->upsert(r).changed);
        }
        QCOMPARE(store->bytesUsed(), bytes);
    }

    void columnsNotOfTheListStillWork()
    {
        const Filled f = fill(Backend::Century, awkwardRecords(Backend::Century, 60));
        const SessionStore &store = *f.store;
        // A copy of a known column (another address, same id) and a column of our own.
        const ColumnDescriptor copy = store.columns()[1];
        const ColumnDescriptor custom{QStringLiteral("custom"), "Custom", ColumnType::Text, true, false,
                                      [](const SessionRecord &r) -> QVariant {
                                          if (r.startedMs == kNoTime)
                                              return {};
                                          if (r.startedMs % 3 == 0)
                                              return QVariant(r.startedMs % 7);
                                          return QVariant(r.id.left(3));
                                      }};
        for (const ColumnDescriptor *c : {&copy, &custom}) {
            for (qsizetype row = 0; row < store.size(); ++row)
                QCOMPARE(store.value(row, *c), c->rawValue(f.expected[std::size_t(row)]));
            const std::vector<quint64> keys = store.sortKeys(*c)->run();
            QCOMPARE(keys.size(), std::size_t(store.size()));
        }
        const std::vector<quint64> keys = store.sortKeys(custom)->run();
        for (qsizetype a = 0; a < store.size(); ++a) {
            for (qsizetype b = 0; b < store.size(); ++b) {
                const QVariant x = custom.rawValue(f.expected[std::size_t(a)]);
                const QVariant y = custom.rawValue(f.expected[std::size_t(b)]);
                if (x.isNull() || y.isNull() || x.metaType() != y.metaType())
                    continue;
                const int cmp = referenceCompare(x, y);
                QCOMPARE(cmp < 0, keys[std::size_t(a)] < keys[std::size_t(b)]);
                QCOMPARE(cmp == 0, keys[std::size_t(a)] == keys[std::size_t(b)]);
            }
        }
    }

    void emptyStore()
    {
        for (const Backend backend : {Backend::Century, Backend::Treasure, Backend::MobileNext}) {
            const std::unique_ptr<SessionStore> store = SessionStore::create(backend);
            QCOMPARE(store->size(), 0);
            QCOMPARE(store->rowOf(u"x"), -1);
            QVERIFY(store->textSearch(QStringLiteral("x"))->run().empty());
            QVERIFY(store->textSearch(QString())->run().empty());
            for (const ColumnDescriptor &c : store->columns())
                QVERIFY(store->sortKeys(c)->run().empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
