#include "domain/valueformatter.h"
#include "sources/century/centurycolumns.h"
#include "sources/mobilenext/mobilenextcolumns.h"
#include "sources/treasure/treasurecolumns.h"

#include <QSet>
#include <QTest>

class TestColumns final : public QObject
{
    Q_OBJECT

    static void checkList(const ColumnList &list)
    {
        QSet<QString> ids;
        for (const ColumnDescriptor &c : list) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
            QVERIFY(c.header && *c.header);
            QVERIFY(c.rawValue);
            // A column of another backend's record reads as "no value", never a crash.
            SessionRecord foreign;
            foreign.detail = MobileNextDetail{};
            (void)c.rawValue(foreign);
        }
        QVERIFY(ids.contains(QStringLiteral("id")));
        QVERIFY(ids.contains(QStringLiteral("status")));
        QVERIFY(findColumn(list, u"status"));
        QVERIFY(!findColumn(list, u"nope"));
    }

private slots:
    void listsAreWellFormed()
    {
        checkList(century::sessionColumns());
        checkList(treasure::sessionColumns());
        checkList(mobilenext::sessionColumns());
    }

    void personalColumnsAreHiddenByDefault()
    {
        for (const char *id : {"upn", "emails", "date_of_birth", "gender"}) {
            const ColumnDescriptor *c = findColumn(century::sessionColumns(), QString::fromLatin1(id));
            QVERIFY2(c, id);
            QVERIFY(c->personal);
            QVERIFY(!c->visibleByDefault);
        }
        QVERIFY(!findColumn(century::sessionColumns(), u"pupil")->personal);
    }

    void centuryValues()
    {
        SessionRecord r;
        r.id = QStringLiteral("abc");
        r.status = SessionStatus::Completed;
        r.startedMs = 1000;
        CenturyDetail d;
        d.fullName = QStringLiteral("Siân O'Brien");
        d.upn = QStringLiteral("A012345678901");
        d.durationSeconds = 5400;
        d.emails = {QStringLiteral("a@x.test"), QStringLiteral("b@x.test")};
        r.detail = d;
        const ColumnList &cols = century::sessionColumns();
        QCOMPARE(findColumn(cols, u"pupil")->rawValue(r).toString(), d.fullName);
        QCOMPARE(findColumn(cols, u"upn")->rawValue(r).toString(), QStringLiteral("A012345678901"));
        QCOMPARE(findColumn(cols, u"duration")->rawValue(r).toLongLong(), 5400);
        QCOMPARE(findColumn(cols, u"started")->rawValue(r).toLongLong(), 1000);
        QVERIFY(findColumn(cols, u"ended")->rawValue(r).isNull());
        QVERIFY(findColumn(cols, u"level")->rawValue(r).isNull());
        QCOMPARE(findColumn(cols, u"emails")->rawValue(r).toString(), QStringLiteral("a@x.test; b@x.test"));
        QCOMPARE(findColumn(cols, u"status")->rawValue(r).toInt(), int(SessionStatus::Completed));
        QCOMPARE(findColumn(cols, u"gender")->rawValue(r).toString(), QStringLiteral("unknown"));
        d.gender = Gender::Female;
        r.detail = d;
        QCOMPARE(findColumn(cols, u"gender")->rawValue(r).toString(), QStringLiteral("female"));
        d.gender = Gender::Unknown;
        d.genderRaw = QStringLiteral("non-binary");
        r.detail = d;
        QCOMPARE(findColumn(cols, u"gender")->rawValue(r).toString(), QStringLiteral("non-binary"));
    }

    void elapsedOnlyWhenFinished()
    {
        SessionRecord r;
        r.detail = TreasureDetail{};
        r.startedMs = 10'000;
        const ColumnDescriptor *runTime = findColumn(treasure::sessionColumns(), u"run_time");
        QVERIFY(runTime->rawValue(r).isNull());
        r.endedMs = 70'000;
        QCOMPARE(runTime->rawValue(r).toLongLong(), 60);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("45s") << qint64(45) << QStringLiteral("45 s");
        QTest::newRow("1h30") << qint64(5400) << QStringLiteral("1 h 30 min");
        QTest::newRow("1h30m12s") << qint64(5412) << QStringLiteral("1 h 30 min");
        QTest::newRow("2min5s") << qint64(125) << QStringLiteral("2 min 5 s");
        QTest::newRow("days") << qint64(90000) << QStringLiteral("1 d 1 h");
        QTest::newRow("missing") << kNoTime << QString();
    }
    void durations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
    }

    void dateTimesInUtc()
    {
        DisplayOptions utc;
        utc.utc = true;
        QCOMPARE(formatDateTime(1688200245000, utc), QStringLiteral("2023-07-01 08:30 UTC"));
        QCOMPARE(formatValue(ColumnType::Date, QVariant(qint64(1688169600000)), utc), QStringLiteral("2023-07-01"));
        QVERIFY(formatValue(ColumnType::DateTime, QVariant(), utc).isEmpty());
        QCOMPARE(formatValue(ColumnType::Status, QVariant(int(SessionStatus::Live)), utc), QStringLiteral("Live"));
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("agoSeconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(10) << QStringLiteral("just now");
        QTest::newRow("future-now") << qint64(-10) << QStringLiteral("just now");
        QTest::newRow("minutes") << qint64(5 * 60 + 10) << QStringLiteral("5 min ago");
        QTest::newRow("rounds") << qint64(89) << QStringLiteral("1 min ago");
        QTest::newRow("hours") << qint64(3 * 3600) << QStringLiteral("3 h ago");
        QTest::newRow("days") << qint64(4 * 86400) << QStringLiteral("4 d ago");
        QTest::newRow("in-future") << qint64(-2 * 3600) << QStringLiteral("in 2 h");
    }
    void relativeTimes()
    {
        QFETCH(qint64, agoSeconds);
        QFETCH(QString, text);
        const qint64 now = 1688200245000;
        QCOMPARE(formatRelativeTime(now - agoSeconds * 1000, now), text);
        QVERIFY(formatRelativeTime(kNoTime, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestColumns)
#include "tst_columns.moc"
