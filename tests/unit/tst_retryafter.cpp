#include "net/retryafter.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <chrono>
#include <limits>
#include <optional>

using std::chrono::milliseconds;
using OptionalMs = std::optional<milliseconds>;
Q_DECLARE_METATYPE(OptionalMs)

namespace {

// RFC 9110's example instant: Sun, 06 Nov 1994 08:49:37 GMT.
QDateTime exampleInstant()
{
    return QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
}

OptionalMs ms(qint64 value)
{
    return milliseconds(value);
}

} // namespace

class TestRetryAfter final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<OptionalMs>("expected");
        const QDateTime before = exampleInstant().addSecs(-40);
        const QDateTime at = exampleInstant();
        const QDateTime after = exampleInstant().addSecs(3600);

        QTest::newRow("seconds") << QByteArray("120") << at << ms(120'000);
        QTest::newRow("zero") << QByteArray("0") << at << ms(0);
        QTest::newRow("leading zeros") << QByteArray("0007") << at << ms(7'000);
        QTest::newRow("spaces around") << QByteArray(" \t40 ") << at << ms(40'000);
        QTest::newRow("largest") << QByteArray("2147483647") << at << ms(2147483647LL * 1000);
        QTest::newRow("imf-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << before << ms(40'000);
        QTest::newRow("rfc 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << before << ms(40'000);
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << before << ms(40'000);
        QTest::newRow("asctime two-digit day") << QByteArray("Thu Nov 17 08:49:37 1994") << at << ms(11LL * 86400 * 1000);
        QTest::newRow("date now") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << at << ms(0);
        QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << after << ms(0);
        QTest::newRow("leap day") << QByteArray("Mon, 29 Feb 2016 00:00:00 GMT")
                                  << QDateTime(QDate(2016, 2, 28), QTime(23, 59, 0), Qt::UTC) << ms(60'000);
        QTest::newRow("leap second") << QByteArray("Sat, 31 Dec 2016 23:59:60 GMT")
                                     << QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59), Qt::UTC) << ms(1'000);
        QTest::newRow("rfc 850 next century") << QByteArray("Tuesday, 01-Jan-30 00:00:00 GMT")
                                              << QDateTime(QDate(2029, 12, 31), QTime(23, 59, 0), Qt::UTC)
                                              << ms(60'000);
        QTest::newRow("now in another zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                             << before.toOffsetFromUtc(3600) << ms(40'000);
    }
    void parses()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, now);
        QFETCH(OptionalMs, expected);
        const OptionalMs actual = parseRetryAfter(value, now);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(actual->count(), expected->count());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces only") << QByteArray("   ");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("plus sign") << QByteArray("+5");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("trailing text") << QByteArray("10s");
        QTest::newRow("inner space") << QByteArray("1 0");
        QTest::newRow("over 2^31-1") << QByteArray("2147483648");
        QTest::newRow("eleven digits") << QByteArray("00000000001");
        QTest::newRow("overflow") << QByteArray("99999999999999999999999999");
        QTest::newRow("hex") << QByteArray("0x10");
        QTest::newRow("word") << QByteArray("soon");
        QTest::newRow("lowercase month") << QByteArray("Sun, 06 nov 1994 08:49:37 GMT");
        QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 UTC");
        QTest::newRow("offset zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0000");
        QTest::newRow("one-digit day in fixdate") << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT");
        QTest::newRow("bad weekday") << QByteArray("Sux, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("31 November") << QByteArray("Sun, 31 Nov 1994 08:49:37 GMT");
        QTest::newRow("29 Feb non-leap") << QByteArray("Sun, 29 Feb 1900 08:49:37 GMT");
        QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT");
        QTest::newRow("minute 60") << QByteArray("Sun, 06 Nov 1994 08:60:00 GMT");
        QTest::newRow("second 61") << QByteArray("Sun, 06 Nov 1994 08:49:61 GMT");
        QTest::newRow("day zero") << QByteArray("Sun, 00 Nov 1994 08:49:37 GMT");
        QTest::newRow("year before 1900") << QByteArray("Sun, 06 Nov 1800 08:49:37 GMT");
        QTest::newRow("truncated") << QByteArray("Sun, 06 Nov 1994 08:49");
        QTest::newRow("trailing garbage") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMTX");
        QTest::newRow("rfc 850 short weekday") << QByteArray("Sun, 06-Nov-94 08:49:37 GMT");
        QTest::newRow("asctime unpadded day") << QByteArray("Sun Nov 6 08:49:37 1994");
        QTest::newRow("iso 8601") << QByteArray("1994-11-06T08:49:37Z");
        QTest::newRow("nul inside") << QByteArray("1\0" "0", 3);
        QTest::newRow("high bytes") << QByteArray("\xff\xfe\x01");
    }
    void rejects()
    {
        QFETCH(QByteArray, value);
        QVERIFY(!parseRetryAfter(value, exampleInstant()).has_value());
    }

    void readsADateHeaderAlone()
    {
        // 2026-03-10 10:49:37 UTC
        const qint64 expected = QDateTime(QDate(2026, 3, 10), QTime(10, 49, 37), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(parseHttpDate("Tue, 10 Mar 2026 10:49:37 GMT", 2026), std::optional<qint64>(expected));
        QCOMPARE(parseHttpDate("  Tuesday, 10-Mar-26 10:49:37 GMT ", 2026), std::optional<qint64>(expected));
        QCOMPARE(parseHttpDate("Tue Mar 10 10:49:37 2026", 2026), std::optional<qint64>(expected));
        QCOMPARE(parseHttpDate("120", 2026), std::nullopt); // seconds are a Retry-After, not a date
        QCOMPARE(parseHttpDate("", 2026), std::nullopt);
        QCOMPARE(parseHttpDate("Tue, 10 Mar 2026 25:49:37 GMT", 2026), std::nullopt);
    }

    void dateNeedsAValidNow()
    {
        QVERIFY(!parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", QDateTime()).has_value());
        QCOMPARE(parseRetryAfter("5", QDateTime())->count(), 5000); // a delay needs no clock
    }

    void extremeNowDoesNotOverflow()
    {
        const QDateTime farPast = QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::min() / 2, Qt::UTC);
        const QDateTime farFuture = QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::max() / 2, Qt::UTC);
        const auto fromPast = parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", farPast);
        const auto fromFuture = parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", farFuture);
        if (fromPast)
            QVERIFY(fromPast->count() > 0);
        if (fromFuture)
            QCOMPARE(fromFuture->count(), 0);
    }

    void everyPrefixIsSafe()
    {
        // Cheap stand-in for the fuzzer: every prefix of every valid form is either accepted
        // or rejected, never read past its end.
        const QByteArray forms[] = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
                                    "Sun Nov  6 08:49:37 1994", "2147483647"};
        for (const QByteArray &form : forms) {
            for (qsizetype n = 0; n <= form.size(); ++n) {
                const QByteArray prefix = form.left(n); // a separate allocation: ASan sees overreads
                (void)parseRetryAfter(prefix, exampleInstant());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
