#include "domain/query.h"

#include <QTest>

namespace {
const QString kPupil = QStringLiteral("8f14e45f-ceea-467f-a0e6-7d1c3c7b1a11");

CenturyDateCondition cond(CenturyDateField f, CompareOp op, qint64 ms)
{
    return {f, op, ms};
}
} // namespace

class TestQuery final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreValid()
    {
        QVERIFY(queryValidationError(Query{CenturyQuery{}}).isEmpty());
        QVERIFY(queryValidationError(Query{TreasureQuery{}}).isEmpty());
        QVERIFY(queryValidationError(Query{MobileNextQuery{}}).isEmpty());
    }

    void rejectsContradictoryBounds_data()
    {
        QTest::addColumn<CompareOp>("first");
        QTest::addColumn<CompareOp>("second");
        QTest::newRow("gt+gte") << CompareOp::Gt << CompareOp::Gte;
        QTest::newRow("lt+lte") << CompareOp::Lt << CompareOp::Lte;
        QTest::newRow("gt+gt") << CompareOp::Gt << CompareOp::Gt;
    }
    void rejectsContradictoryBounds()
    {
        QFETCH(CompareOp, first);
        QFETCH(CompareOp, second);
        CenturyQuery q;
        q.dates = {cond(CenturyDateField::StartDate, first, 1000), cond(CenturyDateField::StartDate, second, 2000)};
        QVERIFY(!queryValidationError(q).isEmpty());
        // The same operators on different fields are fine.
        q.dates[1].field = CenturyDateField::EndDate;
        QVERIFY2(queryValidationError(q).isEmpty(), qPrintable(queryValidationError(q)));
    }

    void rejectsEmptyRange()
    {
        CenturyQuery q;
        q.dates = {cond(CenturyDateField::StartDate, CompareOp::Gt, 5000),
                   cond(CenturyDateField::StartDate, CompareOp::Lt, 5000)};
        QVERIFY(queryValidationError(q).contains(QLatin1String("empty")));
        q.dates = {cond(CenturyDateField::StartDate, CompareOp::Gte, 5000),
                   cond(CenturyDateField::StartDate, CompareOp::Lte, 5000)};
        QVERIFY(queryValidationError(q).isEmpty());
    }

    void rejectsEndDateForInProgress()
    {
        CenturyQuery q;
        q.scope = CenturyScope::InProgress;
        q.dates = {cond(CenturyDateField::EndDate, CompareOp::Gte, 5000)};
        QVERIFY(!queryValidationError(q).isEmpty());
        q.dates.clear();
        q.sortField = CenturyDateField::EndDate;
        QVERIFY(!queryValidationError(q).isEmpty());
    }

    void rejectsStatusOutsideAllScope()
    {
        CenturyQuery q;
        q.scope = CenturyScope::Completed;
        q.status = CenturyStatusFilter::InProgress;
        QVERIFY(!queryValidationError(q).isEmpty());
    }

    void pageSizeBounds()
    {
        CenturyQuery c;
        c.pageSize = 0;
        QVERIFY(!queryValidationError(c).isEmpty());
        c.pageSize = 101;
        QVERIFY(!queryValidationError(c).isEmpty());
        MobileNextQuery m;
        m.pageSize = 500;
        QVERIFY(queryValidationError(m).isEmpty());
        m.pageSize = 501;
        QVERIFY(!queryValidationError(m).isEmpty());
    }

    void idsMustBeUuids()
    {
        CenturyQuery q;
        q.userIds = {kPupil};
        QVERIFY(queryValidationError(q).isEmpty());
        q.testIds = {QStringLiteral("not-a-uuid")};
        QVERIFY(queryValidationError(q).contains(QLatin1String("not-a-uuid")));
    }

    void blankSubjectRejected()
    {
        CenturyQuery q;
        q.subjects = {QStringLiteral("  ")};
        QVERIFY(!queryValidationError(q).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
