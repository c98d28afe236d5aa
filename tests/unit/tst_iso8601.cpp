#include "domain/iso8601.h"
#include "domain/timestamps.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <string>

// QDate counts 1 BC as year -1 where ISO 8601 (and we) call it year 0.
static QDate qdate(int y, int mo, int d)
{
    return QDate(y <= 0 ? y - 1 : y, mo, d);
}

// QDateTime is the reference here (slow, but trusted), never in the parser.
static qint64 utcMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(qdate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

class TestIso8601 final : public QObject
{
    Q_OBJECT

private slots:
    void validDateTimes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("century") << QByteArray("2023-07-15T12:00:00.000Z") << utcMs(2023, 7, 15, 12);
        QTest::newRow("no fraction") << QByteArray("2026-01-01T00:00:00Z") << utcMs(2026, 1, 1);
        QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
        QTest::newRow("before epoch") << QByteArray("1969-12-31T23:59:59.999Z") << qint64(-1);
        QTest::newRow("treasure offset") << QByteArray("2022-12-31T23:59:00+00:00") << utcMs(2022, 12, 31, 23, 59);
        QTest::newRow("tokyo offset") << QByteArray("2023-01-01T08:59:00+09:00") << utcMs(2022, 12, 31, 23, 59);
        QTest::newRow("negative offset") << QByteArray("2023-03-01T00:30:00-05:30") << utcMs(2023, 3, 1, 6, 0);
        QTest::newRow("offset without colon") << QByteArray("2023-03-01T00:30:00+0130") << utcMs(2023, 2, 28, 23, 0);
        QTest::newRow("offset hours only") << QByteArray("2023-03-01T02:00:00+02") << utcMs(2023, 3, 1);
        QTest::newRow("minus zero") << QByteArray("2023-03-01T02:00:00-00:00") << utcMs(2023, 3, 1, 2);
        QTest::newRow("lowercase") << QByteArray("2023-07-10t14:00:00.5z") << utcMs(2023, 7, 10, 14, 0, 0, 500);
        QTest::newRow("space separator") << QByteArray("2023-07-10 14:00:00Z") << utcMs(2023, 7, 10, 14);
        QTest::newRow("no offset is UTC") << QByteArray("2023-07-10T14:00:00") << utcMs(2023, 7, 10, 14);
        QTest::newRow("fraction 1") << QByteArray("2024-03-05T09:07:03.1Z") << utcMs(2024, 3, 5, 9, 7, 3, 100);
        QTest::newRow("fraction 2") << QByteArray("2024-03-05T09:07:03.12Z") << utcMs(2024, 3, 5, 9, 7, 3, 120);
        QTest::newRow("fraction 6 truncates") << QByteArray("2024-03-05T09:07:03.123999Z") << utcMs(2024, 3, 5, 9, 7, 3, 123);
        QTest::newRow("fraction 9") << QByteArray("2024-03-05T09:07:03.999999999Z") << utcMs(2024, 3, 5, 9, 7, 3, 999);
        QTest::newRow("comma fraction") << QByteArray("2024-03-05T09:07:03,250Z") << utcMs(2024, 3, 5, 9, 7, 3, 250);
        QTest::newRow("leap day") << QByteArray("2024-02-29T12:00:00Z") << utcMs(2024, 2, 29, 12);
        QTest::newRow("leap day 2000") << QByteArray("2000-02-29T00:00:00Z") << utcMs(2000, 2, 29);
        QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60Z") << utcMs(2017, 1, 1);
        QTest::newRow("year 0") << QByteArray("0000-01-01T00:00:00Z") << utcMs(0, 1, 1);
        QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59.999Z") << utcMs(9999, 12, 31, 23, 59, 59, 999);
    }
    void validDateTimes()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        const auto parsed = iso8601::parseDateTimeMs(std::string_view(text.constData(), size_t(text.size())));
        QVERIFY2(parsed.has_value(), text.constData());
        QCOMPARE(*parsed, expected);
        const auto viaQString = iso8601::parseDateTimeMs(QStringView(QString::fromLatin1(text)));
        QVERIFY(viaQString.has_value());
        QCOMPARE(*viaQString, expected);
    }

    void invalidDateTimes_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *bad : {"", "2023", "2023-07-15", "2023-07-15T", "2023-07-15T12:00", "2023-07-15T12:00Z",
                                "2023-13-01T00:00:00Z", "2023-00-01T00:00:00Z", "2023-02-29T00:00:00Z",
                                "1900-02-29T00:00:00Z", "2023-04-31T00:00:00Z", "2023-01-00T00:00:00Z",
                                "2023-01-32T00:00:00Z", "2023-01-01T24:00:00Z", "2023-01-01T12:60:00Z",
                                "2023-01-01T12:00:61Z", "2023-01-01T12:00:00.Z", "2023-01-01T12:00:00.1234567890Z",
                                "2023-01-01T12:00:00+24:00", "2023-01-01T12:00:00+01:60", "2023-01-01T12:00:00+1",
                                "2023-01-01T12:00:00+01:", "2023-01-01T12:00:00ZZ", "2023-01-01T12:00:00Z ",
                                " 2023-01-01T12:00:00Z", "2023/01/01T12:00:00Z", "2023-1-01T12:00:00Z",
                                "2023-01-01X12:00:00Z", "+2023-01-01T12:00:00Z", "2023-01-01T1a:00:00Z",
                                "yesterday", "1688200245"})
            QTest::newRow(bad) << QByteArray(bad);
    }
    void invalidDateTimes()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!iso8601::parseDateTimeMs(std::string_view(text.constData(), size_t(text.size()))).has_value());
        QVERIFY(!iso8601::parseDateTimeMs(QStringView(QString::fromLatin1(text))).has_value());
    }

    void nonAsciiIsRejected()
    {
        QVERIFY(!iso8601::parseDateTimeMs(QStringView(u"2023-01-01T12:00:00\u00A0Z")).has_value());
        QVERIFY(!iso8601::parseDateTimeMs(QStringView(u"\u0662023-01-01T12:00:00Z")).has_value());
        QVERIFY(!iso8601::parseDateTimeMs(QStringView(QString(200, u'2'))).has_value());
    }

    void neverReadsPastTheView()
    {
        // Every prefix of a valid text is a view whose next byte is a plausible digit: the
        // parser must not peek at it.
        const std::string full = "2024-03-05T09:07:03.120+01:00";
        for (size_t n = 0; n <= full.size(); ++n) {
            const auto parsed = iso8601::parseDateTimeMs(std::string_view(full.data(), n));
            const bool valid = n == 19 || n == 21 || n == 22 || n == 23 || n == 26 || n == 29;
            QVERIFY2(parsed.has_value() == valid, full.substr(0, n).c_str());
        }
        QCOMPARE(*iso8601::parseDateTimeMs(std::string_view(full.data(), 21)), utcMs(2024, 3, 5, 9, 7, 3, 100));
    }

    void dates()
    {
        QCOMPARE(iso8601::parseDateMs(std::string_view("2010-07-01")).value_or(kNoTime), utcMs(2010, 7, 1));
        QCOMPARE(iso8601::parseDateMs(std::string_view("1969-12-31")).value_or(kNoTime), qint64(-86400000));
        QCOMPARE(iso8601::parseDateMs(QStringView(u"2024-02-29")).value_or(kNoTime), utcMs(2024, 2, 29));
        QVERIFY(!iso8601::parseDateMs(std::string_view("2023-02-29")));
        QVERIFY(!iso8601::parseDateMs(std::string_view("2010-07-01T00:00:00Z")));
        QVERIFY(!iso8601::parseDateMs(std::string_view("2010-07")));
        QVERIFY(!iso8601::parseDateMs(std::string_view("")));
    }

    void calendarAgreesWithQDate()
    {
        for (int year : {0, 1, 4, 100, 400, 1582, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9999}) {
            for (int month = 1; month <= 12; ++month) {
                QCOMPARE(iso8601::daysInMonth(year, month), qdate(year, month, 1).daysInMonth());
                QCOMPARE(iso8601::daysFromCivil(year, month, 1) * 86400000, utcMs(year, month, 1));
            }
        }
        QCOMPARE(iso8601::daysInMonth(2023, 0), 0);
        QCOMPARE(iso8601::daysInMonth(2023, 13), 0);
        QVERIFY(iso8601::isLeapYear(2000));
        QVERIFY(!iso8601::isLeapYear(1900));
        QVERIFY(iso8601::isLeapYear(2024));
        QVERIFY(!iso8601::isLeapYear(2023));
    }

    void durations_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("century") << QByteArray("PT1H30M") << qint64(5400);
        QTest::newRow("seconds") << QByteArray("PT45S") << qint64(45);
        QTest::newRow("fractional seconds") << QByteArray("PT12.75S") << qint64(12);
        QTest::newRow("all time parts") << QByteArray("PT2H3M4S") << qint64(7384);
        QTest::newRow("days") << QByteArray("P2D") << qint64(172800);
        QTest::newRow("days and time") << QByteArray("P1DT1S") << qint64(86401);
        QTest::newRow("weeks") << QByteArray("P3W") << qint64(3 * 7 * 86400);
        QTest::newRow("zero") << QByteArray("PT0S") << qint64(0);
        QTest::newRow("zero years and months") << QByteArray("P0Y0M1D") << qint64(86400);
        QTest::newRow("lowercase") << QByteArray("pt1h") << qint64(3600);
        QTest::newRow("large minutes") << QByteArray("PT90M") << qint64(5400);
    }
    void durations()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, seconds);
        const auto parsed = iso8601::parseDurationSeconds(std::string_view(text.constData(), size_t(text.size())));
        QVERIFY2(parsed.has_value(), text.constData());
        QCOMPARE(*parsed, seconds);
        QCOMPARE(iso8601::parseDurationSeconds(QStringView(QString::fromLatin1(text))).value_or(-1), seconds);
    }

    void invalidDurations()
    {
        for (const char *bad : {"", "P", "PT", "P1DT", "1H", "PT1", "PT1X", "P1H", "PT1D", "P1Y", "P2M", "PT1M1H",
                                "PT1H1H", "P1D2W", "PT1.5H", "PT1.S", "-PT1H", "PT-1H", "PT1H ", "P1DT1H1M1S1",
                                "PT9999999999999S"}) {
            QVERIFY2(!iso8601::parseDurationSeconds(std::string_view(bad)).has_value(), bad);
        }
    }

    void unixSeconds()
    {
        QCOMPARE(iso8601::parseUnixSecondsMs(std::string_view("1688200245")).value_or(kNoTime), qint64(1688200245000));
        QCOMPARE(iso8601::parseUnixSecondsMs(std::string_view("0")).value_or(kNoTime), qint64(0));
        QCOMPARE(iso8601::parseUnixSecondsMs(std::string_view("-86400")).value_or(kNoTime), qint64(-86400000));
        QCOMPARE(iso8601::parseUnixSecondsMs(QStringView(u"1688200245")).value_or(kNoTime), qint64(1688200245000));
        for (const char *bad : {"", "-", "12a", "1.5", "2023-07-15", "1234567890123", " 1"})
            QVERIFY2(!iso8601::parseUnixSecondsMs(std::string_view(bad)).has_value(), bad);
    }

    void formatting()
    {
        QCOMPARE(iso8601::formatRfc3339Ms(utcMs(2024, 3, 5, 9, 7, 3, 120)), QStringLiteral("2024-03-05T09:07:03.120Z"));
        QCOMPARE(iso8601::formatRfc3339Ms(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
        QCOMPARE(iso8601::formatRfc3339Ms(-1), QStringLiteral("1969-12-31T23:59:59.999Z"));
        QCOMPARE(iso8601::formatRfc3339Ms(utcMs(2000, 2, 29, 23, 59, 59, 1)), QStringLiteral("2000-02-29T23:59:59.001Z"));
        QCOMPARE(iso8601::formatRfc3339Ms(utcMs(0, 1, 1)), QStringLiteral("0000-01-01T00:00:00.000Z"));
        QVERIFY(iso8601::formatRfc3339Ms(kNoTime).isEmpty());
        QVERIFY(iso8601::formatRfc3339Ms(utcMs(0, 1, 1) - 1).isEmpty());
        QVERIFY(iso8601::formatRfc3339Ms(utcMs(9999, 12, 31, 23, 59, 59, 999) + 1).isEmpty());
    }

    void roundTrip()
    {
        // Random instants across years 0..9999, plus the boundaries; formatting then parsing
        // gives the same millisecond, and the text matches QDateTime's own.
        auto *random = QRandomGenerator::global();
        const qint64 lo = utcMs(0, 1, 1);
        const qint64 hi = utcMs(9999, 12, 31, 23, 59, 59, 999);
        QList<qint64> samples{lo, hi, 0, -1, 1, utcMs(2024, 2, 29), utcMs(2100, 3, 1)};
        for (int i = 0; i < 20000; ++i)
            samples.append(lo + qint64(random->bounded(quint64(hi - lo))));
        for (const qint64 ms : samples) {
            const QString text = iso8601::formatRfc3339Ms(ms);
            QCOMPARE(text.size(), qsizetype(iso8601::kFormattedLength));
            QCOMPARE(iso8601::parseDateTimeMs(QStringView(text)).value_or(kNoTime), ms);
            if (ms >= utcMs(1000, 1, 1)) // QDateTime pads years below 1000 differently
                QCOMPARE(text, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
        }
    }

    void agreesWithQDateTimeOnOffsets()
    {
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(qint64(random->bounded(4102444800LL)) * 1000,
                                                                 Qt::UTC);
            const int offsetMinutes = (random->bounded(27) - 13) * 60 + (random->bounded(2) ? 30 : 0);
            const QString text = utc.toOffsetFromUtc(offsetMinutes * 60).toString(Qt::ISODate);
            QCOMPARE(iso8601::parseDateTimeMs(QStringView(text)).value_or(kNoTime), utc.toMSecsSinceEpoch());
        }
    }
};

QTEST_GUILESS_MAIN(TestIso8601)
#include "tst_iso8601.moc"
