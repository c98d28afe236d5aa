// The demo world's building blocks, without a socket: check letters, self-indexing UUIDs,
// the Century cursor codec, the fault list parser, JSON escaping, the token bucket, and
// the worlds' determinism and live behaviour.
#include "demo/democenturycursor.h"
#include "demo/democenturypupils.h"
#include "demo/demofaults.h"
#include "demo/demojsonwriter.h"
#include "demo/demorandom.h"
#include "demo/demouuid.h"
#include "demo/demoworld.h"
#include "demo/demoratelimiter.h"
#include "demo/demotreasureattempt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class TestDemoWorld final : public QObject
{
    Q_OBJECT

    static char checkLetterOf(const char *upn)
    {
        char rest[12];
        for (int i = 0; i < 12; ++i)
            rest[i] = upn[i + 1];
        return DemoCenturyPupils::upnCheckLetter(rest);
    }

private slots:
    void upnCheckLetterMatchesPublishedExamples()
    {
        // python-stdnum's documented valid UPN. (A widely copied MIS help page corrects
        // B207000016049 to Q207000016049, but its own sum is 266, not 267: the letter is P.)
        QCOMPARE(checkLetterOf("B801200005001"), 'B');
        QCOMPARE(checkLetterOf("X207000016049"), 'P');
        // A temporary UPN ends in a letter, valued by its place in the check alphabet.
        QCOMPARE(checkLetterOf("X80120000500A"), checkLetterOf("X801200005000"));
    }

    void pupilsCarryMostlyValidUpns()
    {
        const DemoCenturyPupils pupils(7, 2000);
        int withUpn = 0, valid = 0, without = 0, middle = 0, nonAscii = 0, apostrophe = 0, hyphen = 0;
        QSet<QByteArray> genders;
        for (quint32 i = 0; i < pupils.count(); ++i) {
            const DemoCenturyPupil p = pupils.pupil(i);
            QVERIFY(!p.username.isEmpty() && !p.firstName.isEmpty() && !p.lastName.isEmpty());
            QVERIFY(p.fullName.startsWith(p.firstName) && p.fullName.endsWith(p.lastName));
            if (p.upn.isEmpty()) {
                ++without;
            } else {
                ++withUpn;
                QCOMPARE(p.upn.size(), 13);
                if (checkLetterOf(p.upn.constData()) == p.upn.at(0))
                    ++valid;
            }
            middle += p.middleName.isEmpty() ? 0 : 1;
            const QByteArray name = p.fullName;
            nonAscii += std::any_of(name.begin(), name.end(), [](char c) { return uchar(c) >= 0x80; }) ? 1 : 0;
            apostrophe += name.contains('\'') ? 1 : 0;
            hyphen += name.contains('-') ? 1 : 0;
            genders.insert(p.gender ? QByteArray(p.gender) : QByteArray("(omitted)"));
        }
        QVERIFY(without > 0);
        QVERIFY2(valid >= withUpn * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(valid).arg(withUpn)));
        QVERIFY(middle > 0 && nonAscii > 0 && apostrophe > 0 && hyphen > 0);
        QCOMPARE(genders.size(), 5);
    }

    void someValuesAreHostileButLegal()
    {
        const DemoCenturyPupils pupils(1, 100);
        QSet<char> leading;
        bool commaQuoteNewline = false;
        for (quint32 i = 0; i < pupils.count(); ++i) {
            const DemoCenturyPupil p = pupils.pupil(i);
            for (const QByteArray &value : {p.firstName, p.lastName, p.username}) {
                if (!value.isEmpty() && QByteArray("=+-@").contains(value.at(0)))
                    leading.insert(value.at(0));
            }
            commaQuoteNewline |= p.fullName.contains(',') && p.fullName.contains('"') && p.fullName.contains('\n');
        }
        QCOMPARE(leading.size(), 4);
        QVERIFY(commaQuoteNewline);
    }

    void uuidsCarryTheirIndex()
    {
        for (const quint32 index : {0u, 1u, 2u, 999u, 123456u, 4000000000u}) {
            const QByteArray id = DemoUuid::make(42, demorandom::PupilUuidStream, index);
            QCOMPARE(id.size(), 36);
            QCOMPARE(id.at(14), '4'); // version 4
            QVERIFY(QByteArray("89ab").contains(id.at(19)));
            QCOMPARE(DemoUuid::indexOf(42, demorandom::PupilUuidStream, id), std::optional<quint32>(index));
            QCOMPARE(DemoUuid::indexOf(42, demorandom::PupilUuidStream, id.toUpper()), std::optional<quint32>(index));
            QVERIFY(!DemoUuid::indexOf(43, demorandom::PupilUuidStream, id));
            QVERIFY(!DemoUuid::indexOf(42, demorandom::TestUuidStream, id));
        }
        QVERIFY(!DemoUuid::indexOf(42, demorandom::PupilUuidStream, "not-a-uuid"));
        QVERIFY(DemoUuid::make(1, demorandom::PupilUuidStream, 1).right(8)
                != DemoUuid::make(1, demorandom::PupilUuidStream, 2).right(8));
    }

    void centuryCursorRoundTrips()
    {
        DemoCenturyCursor c;
        c.after = false;
        c.field = DemoCenturySortField::EndDate;
        c.descending = true;
        c.key = std::numeric_limits<qint64>::max();
        c.row = 77;
        const QByteArray text = c.encode();
        const auto back = DemoCenturyCursor::decode(text);
        QVERIFY(back);
        QCOMPARE(back->after, false);
        QCOMPARE(back->field, DemoCenturySortField::EndDate);
        QCOMPARE(back->descending, true);
        QCOMPARE(back->key, c.key);
        QCOMPARE(back->row, 77u);
        QVERIFY(!DemoCenturyCursor::decode("!!!"));
        QVERIFY(!DemoCenturyCursor::decode(QByteArray("hello").toBase64()));
        QVERIFY(!DemoCenturyCursor::decode(QByteArray("{\"v\":2}").toBase64()));
        QVERIFY(!DemoCenturyCursor::decode(""));
    }

    void faultListParses()
    {
        QString error;
        const auto f = DemoFaults::parse(QStringLiteral(
            "latency=200,error-rate=0.1,drop-rate=0.2,malformed-rate=0.3,duplicate-rate=0.4,cursor-loop,"
            "slow-drip=5,redirect=http://127.0.0.1:9/x,huge-page"), &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->latencyMs, 200);
        QCOMPARE(f->errorRate, 0.1);
        QCOMPARE(f->dropRate, 0.2);
        QCOMPARE(f->malformedRate, 0.3);
        QCOMPARE(f->duplicateRate, 0.4);
        QVERIFY(f->cursorLoop && f->hugePage);
        QCOMPARE(f->slowDripMs, 5);
        QCOMPARE(f->redirect, QUrl(QStringLiteral("http://127.0.0.1:9/x")));
        QVERIFY(f->any());
        QVERIFY(!DemoFaults().any());
        for (const char *bad : {"error-rate=2", "latency=-1", "nonsense", "redirect=nowhere", "huge-page=1"}) {
            error.clear();
            QVERIFY2(!DemoFaults::parse(QString::fromLatin1(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
    }

    void jsonWriterEscapes()
    {
        QByteArray out;
        DemoJsonWriter json(out);
        json.beginObject();
        json.field("text", "quote \" backslash \\ newline \n tab \t bell \x07 Łódź");
        json.key("list");
        json.beginArray();
        json.number(-5);
        json.boolean(true);
        json.null();
        json.beginObject();
        json.endObject();
        json.rawValue("{\"a\":[1]}");
        json.endArray();
        json.endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
        QCOMPARE(doc.object().value(QLatin1String("text")).toString(),
                 QString::fromUtf8("quote \" backslash \\ newline \n tab \t bell \x07 Łódź"));
        QCOMPARE(doc.object().value(QLatin1String("list")).toArray().size(), 5);
    }

    void tokenBucketRefusesPastTheLimit()
    {
        DemoRateLimiter limiter(3);
        QVERIFY(limiter.take("a").allowed);
        QVERIFY(limiter.take("a").allowed);
        QVERIFY(limiter.take("a").allowed);
        const DemoRateLimiter::Decision refused = limiter.take("a");
        QVERIFY(!refused.allowed);
        QVERIFY(refused.retryAfterSeconds >= 19 && refused.retryAfterSeconds <= 20);
        QVERIFY(limiter.take("b").allowed); // buckets are per key
        DemoRateLimiter unlimited(0);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(unlimited.take("a").allowed);
    }

    void sameSeedSameWorld()
    {
        DemoWorld a(5, 2000, 0), b(5, 2000, 0), c(6, 2000, 0);
        QByteArray ja, jb, jc;
        DemoJsonWriter wa(ja), wb(jb), wc(jc);
        for (quint32 i = 0; i < 2000; i += 97) {
            a.century().writeSession(wa, i, a.nowMs());
            b.century().writeSession(wb, i, b.nowMs());
            c.century().writeSession(wc, i, c.nowMs());
            a.treasure().writeSession(wa, i, a.nowMs());
            b.treasure().writeSession(wb, i, b.nowMs());
            c.treasure().writeSession(wc, i, c.nowMs());
            a.mobileNext().writeSession(wa, i, a.nowMs(), DemoMobileNextShape::B);
            b.mobileNext().writeSession(wb, i, b.nowMs(), DemoMobileNextShape::B);
            c.mobileNext().writeSession(wc, i, c.nowMs(), DemoMobileNextShape::B);
        }
        QCOMPARE(ja, jb);
        QVERIFY(ja != jc);
    }

    void centuryIsLiveAtTheStart()
    {
        DemoWorld world(3, 3000, 0);
        const DemoCenturyWorld &century = world.century();
        const qint64 now = world.nowMs();
        const quint32 started = century.startedCount(now);
        QVERIFY(started > 0 && started < century.sessionCount()); // some are still to come
        int open = 0;
        for (quint32 i = century.firstPossiblyLive(now); i < started; ++i)
            open += century.endMs(i) > now ? 1 : 0;
        QVERIFY(open > 5);
        for (quint32 i = 1; i < century.sessionCount(); ++i)
            QVERIFY(century.startMs(i - 1) <= century.startMs(i));
        const auto &order = century.endOrder();
        for (std::size_t k = 1; k < order.size(); ++k)
            QVERIFY(century.endMs(order[k - 1]) <= century.endMs(order[k]));
        world.clock().advance(3 * 3600 * 1000);
        QVERIFY(century.startedCount(world.nowMs()) > started);
    }

    void treasureShowsEveryStatusAndConsistentFlags()
    {
        DemoWorld world(9, 3000, 0);
        const DemoTreasureWorld &treasure = world.treasure();
        QSet<QByteArray> seen;
        for (int step = 0; step < 12; ++step) {
            const qint64 now = world.nowMs();
            const quint32 visible = treasure.visibleCount(now);
            for (quint32 i = visible > 600 ? visible - 600 : 0; i < visible; ++i) {
                DemoTreasureAttempt attempts[DemoTreasureWorld::kMaxAttempts];
                const int n = treasure.attemptsAt(i, now, attempts);
                QVERIFY(n >= 1);
                for (int k = 0; k < n; ++k) {
                    const DemoTreasureAttempt &a = attempts[k];
                    const QByteArray status(a.status);
                    seen.insert(status);
                    const bool finished = status == "success" || status == "error" || status == "killed";
                    QCOMPARE(a.done, finished);
                    QCOMPARE(a.success, status == "success");
                    QCOMPARE(a.index, k + 1);
                    if (k > 0)
                        QVERIFY(a.id > attempts[k - 1].id && a.createdMs > attempts[k - 1].finishedMs);
                }
            }
            world.clock().advance(10 * 60 * 1000);
        }
        QCOMPARE(seen.size(), 7);
    }

    void mobileNextHasSharedInstants()
    {
        DemoWorld world(4, 3000, 0);
        const DemoMobileNextWorld &mobile = world.mobileNext();
        int shared = 0;
        for (quint32 i = 1; i < mobile.sessionCount(); ++i) {
            QVERIFY(mobile.createdMs(i - 1) <= mobile.createdMs(i));
            shared += mobile.createdMs(i - 1) == mobile.createdMs(i) ? 1 : 0;
        }
        QVERIFY(shared > 300);
        QCOMPARE(mobile.indexOfId(mobile.sessionId(1234)), std::optional<quint32>(1234));
        QCOMPARE(mobile.organizationFromHeader(DemoMobileNextWorld::organizationId(1)), std::optional<int>(1));
        QCOMPARE(mobile.organizationFromHeader("1"), std::optional<int>(1));
        QVERIFY(!mobile.organizationFromHeader("org_nobody"));
        QVERIFY(!mobile.organizationFromHeader("2"));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "tst_demoworld.moc"
