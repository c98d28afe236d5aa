#include "domain/localdayrange.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

namespace {

qint64 utcMs(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toMSecsSinceEpoch();
}

const QTimeZone &london()
{
    static const QTimeZone zone("Europe/London");
    return zone;
}

} // namespace

class TestLocalDayRange final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(london().isValid(), "the tz database is needed to test clock changes");
    }

    void dayStartIsLocalMidnight()
    {
        QCOMPARE(localDayStartMs(QDate(2024, 1, 15), london()), utcMs(2024, 1, 15));
        // British Summer Time: local midnight is 23:00 UTC the day before.
        QCOMPARE(localDayStartMs(QDate(2024, 7, 1), london()), utcMs(2024, 6, 30, 23));
    }

    void dayStartWhenTheClockSkipsMidnight()
    {
        // São Paulo went from 00:00 -03 straight to 01:00 -02 on 4 November 2018: the day
        // starts at 01:00 local, 03:00 UTC.
        const QTimeZone saoPaulo("America/Sao_Paulo");
        QVERIFY(saoPaulo.isValid());
        QCOMPARE(localDayStartMs(QDate(2018, 11, 4), saoPaulo), utcMs(2018, 11, 4, 3));
    }

    void rangeBecomesGteAndLtOfTheNextMidnight()
    {
        // 31 March 2024 is 23 hours long in London (clocks go forward at 01:00).
        const CenturyQuery q = withCenturyDayRange({}, CenturyDateField::StartDate,
                                                   {QDate(2024, 3, 31), QDate(2024, 3, 31)}, london());
        QCOMPARE(q.dates.size(), 2);
        QCOMPARE(q.dates[0], (CenturyDateCondition{CenturyDateField::StartDate, CompareOp::Gte, utcMs(2024, 3, 31)}));
        QCOMPARE(q.dates[1], (CenturyDateCondition{CenturyDateField::StartDate, CompareOp::Lt, utcMs(2024, 3, 31, 23)}));
        QVERIFY(queryValidationError(q).isEmpty());
        // And reads back as the same days.
        QCOMPARE(centuryDayRange(q, CenturyDateField::StartDate, london()),
                 (LocalDayRange{QDate(2024, 3, 31), QDate(2024, 3, 31)}));
        QVERIFY(centuryDayRange(q, CenturyDateField::EndDate, london()).isOpen());
    }

    void openEndsSendNoLimit()
    {
        CenturyQuery q = withCenturyDayRange({}, CenturyDateField::EndDate, {QDate(2024, 5, 1), {}}, london());
        QCOMPARE(q.dates.size(), 1);
        QCOMPARE(q.dates[0].op, CompareOp::Gte);
        QCOMPARE(q.dates[0].field, CenturyDateField::EndDate);
        q = withCenturyDayRange(q, CenturyDateField::EndDate, {}, london());
        QVERIFY(q.dates.isEmpty());
    }

    void undoingAnEditGivesTheSameQuery()
    {
        CenturyQuery original;
        original.dates = {{CenturyDateField::EndDate, CompareOp::Lte, utcMs(2024, 2, 1, 12)},
                          {CenturyDateField::StartDate, CompareOp::Gt, utcMs(2024, 1, 10, 9, 30)}};
        const LocalDayRange shown = centuryDayRange(original, CenturyDateField::StartDate, london());
        QCOMPARE(shown, (LocalDayRange{QDate(2024, 1, 10), {}}));

        // Changing only the upper limit leaves the odd lower one exactly as it was.
        CenturyQuery edited = withCenturyDayRange(original, CenturyDateField::StartDate,
                                                  {shown.first, QDate(2024, 1, 20)}, london());
        QCOMPARE(edited.dates.size(), 3);
        QCOMPARE(edited.dates[1], original.dates[1]);
        edited = withCenturyDayRange(edited, CenturyDateField::StartDate, shown, london());
        QCOMPARE(edited, original);

        // Re-applying what is shown changes nothing.
        QCOMPARE(withCenturyDayRange(original, CenturyDateField::StartDate, shown, london()), original);
    }

    void replacesInPlaceAndDropsDuplicateLimits()
    {
        CenturyQuery q;
        q.dates = {{CenturyDateField::StartDate, CompareOp::Gte, utcMs(2024, 1, 1)},
                   {CenturyDateField::EndDate, CompareOp::Gte, utcMs(2024, 1, 1)},
                   {CenturyDateField::StartDate, CompareOp::Gt, utcMs(2024, 1, 5)}};
        q = withCenturyDayRange(q, CenturyDateField::StartDate, {QDate(2024, 2, 1), {}}, london());
        QCOMPARE(q.dates.size(), 2);
        QCOMPARE(q.dates[0], (CenturyDateCondition{CenturyDateField::StartDate, CompareOp::Gte, utcMs(2024, 2, 1)}));
        QCOMPARE(q.dates[1].field, CenturyDateField::EndDate);
    }

    void aBackwardsRangeMovesTheOtherLimit()
    {
        const CenturyQuery base = withCenturyDayRange({}, CenturyDateField::StartDate,
                                                      {QDate(2024, 1, 10), QDate(2024, 1, 20)}, london());
        // First moved past last: last follows.
        CenturyQuery q = withCenturyDayRange(base, CenturyDateField::StartDate,
                                             {QDate(2024, 1, 25), QDate(2024, 1, 20)}, london());
        QCOMPARE(centuryDayRange(q, CenturyDateField::StartDate, london()),
                 (LocalDayRange{QDate(2024, 1, 25), QDate(2024, 1, 25)}));
        // Last moved before first: first follows.
        q = withCenturyDayRange(base, CenturyDateField::StartDate, {QDate(2024, 1, 10), QDate(2024, 1, 5)}, london());
        QCOMPARE(centuryDayRange(q, CenturyDateField::StartDate, london()),
                 (LocalDayRange{QDate(2024, 1, 5), QDate(2024, 1, 5)}));
        QVERIFY(queryValidationError(q).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalDayRange)
#include "tst_localdayrange.moc"
