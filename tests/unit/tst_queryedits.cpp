#include "domain/backendstatuses.h"
#include "domain/queryedits.h"

#include <QTest>

namespace {
const QString kPupilA = QStringLiteral("8f14e45f-ceea-467f-a0e6-7d1c3c7b1a11");
const QString kPupilB = QStringLiteral("c9f0f895-fb98-4b91-9f5a-3a7c1d2e4b22");

CenturyQuery everyFilter()
{
    CenturyQuery q;
    q.status = CenturyStatusFilter::Completed;
    q.dates = {{CenturyDateField::StartDate, CompareOp::Gte, 1000},
               {CenturyDateField::EndDate, CompareOp::Lt, 9000}};
    q.subjects = {QStringLiteral("Maths")};
    q.userIds = {kPupilA};
    q.sortField = CenturyDateField::EndDate;
    q.sortDirection = SortDirection::Descending;
    q.pageSize = 40;
    q.paging = CenturyPaging::Offset;
    return q;
}
} // namespace

class TestQueryEdits final : public QObject
{
    Q_OBJECT

private slots:
    void narrowScopeDropsWhatItCannotHave()
    {
        const CenturyQuery completed = withCenturyScope(everyFilter(), CenturyScope::Completed);
        QCOMPARE(completed.status, CenturyStatusFilter::Any);
        QCOMPARE(completed.dates.size(), 2);
        QCOMPARE(completed.sortField, CenturyDateField::EndDate);
        QVERIFY(queryValidationError(completed).isEmpty());

        const CenturyQuery live = withCenturyScope(everyFilter(), CenturyScope::InProgress);
        QCOMPARE(live.status, CenturyStatusFilter::Any);
        QCOMPARE(live.dates.size(), 1);
        QCOMPARE(live.dates[0].field, CenturyDateField::StartDate);
        QCOMPARE(live.sortField, CenturyDateField::StartDate);
        QCOMPARE(live.sortDirection, SortDirection::Descending);
        QCOMPARE(live.subjects, everyFilter().subjects);
        QVERIFY(queryValidationError(live).isEmpty());

        // All keeps everything.
        QCOMPARE(withCenturyScope(everyFilter(), CenturyScope::All), everyFilter());
    }

    void statusWidensTheScope()
    {
        CenturyQuery q = withCenturyScope({}, CenturyScope::Completed);
        q = withCenturyStatus(q, CenturyStatusFilter::InProgress);
        QCOMPARE(q.scope, CenturyScope::All);
        QCOMPARE(q.status, CenturyStatusFilter::InProgress);
        QVERIFY(queryValidationError(q).isEmpty());
        // Any leaves a narrow scope alone.
        q = withCenturyStatus(withCenturyScope({}, CenturyScope::Completed), CenturyStatusFilter::Any);
        QCOMPARE(q.scope, CenturyScope::Completed);
    }

    void endDateSortRefusedInProgress()
    {
        CenturyQuery q = withCenturyScope({}, CenturyScope::InProgress);
        q = withCenturySort(q, CenturyDateField::EndDate, SortDirection::Descending);
        QCOMPARE(q.sortField, CenturyDateField::StartDate);
        QCOMPARE(q.sortDirection, SortDirection::Descending);
        QVERIFY(queryValidationError(q).isEmpty());
        q = withCenturySort(CenturyQuery{}, CenturyDateField::EndDate, SortDirection::Ascending);
        QCOMPARE(q.sortField, CenturyDateField::EndDate);
    }

    void idsAreAddedOnce()
    {
        QStringList ids = withIdAdded({}, kPupilA);
        ids = withIdAdded(ids, kPupilB);
        ids = withIdAdded(ids, kPupilA);
        ids = withIdAdded(ids, QString());
        QCOMPARE(ids, (QStringList{kPupilA, kPupilB}));
    }

    void resetKeepsPageSizePagingAndOrder()
    {
        const Query reset = withFiltersReset(everyFilter());
        const auto &c = std::get<CenturyQuery>(reset);
        QCOMPARE(c.pageSize, 40);
        QCOMPARE(c.paging, CenturyPaging::Offset);
        CenturyQuery expected;
        expected.pageSize = 40;
        expected.paging = CenturyPaging::Offset;
        expected.sortField = CenturyDateField::EndDate; // the order is not a filter
        expected.sortDirection = SortDirection::Descending;
        QCOMPARE(c, expected);
        QVERIFY(hasServerFilters(everyFilter()));
        QVERIFY(!hasServerFilters(reset));

        MobileNextQuery m;
        m.pageSize = 250;
        m.organizationId = QStringLiteral("org_2");
        QVERIFY(hasServerFilters(m));
        QCOMPARE(std::get<MobileNextQuery>(withFiltersReset(m)), (MobileNextQuery{250, QString()}));

        // Treasure Workflow has nothing to reset.
        const TreasureQuery t{500};
        QCOMPARE(withFiltersReset(t), Query{t});
        QVERIFY(!hasServerFilters(t));
    }

    void backendOfAQuery()
    {
        QCOMPARE(queryBackend(CenturyQuery{}), Backend::Century);
        QCOMPARE(queryBackend(TreasureQuery{}), Backend::Treasure);
        QCOMPARE(queryBackend(MobileNextQuery{}), Backend::MobileNext);
    }

    void statusesEachBackendProduces()
    {
        QCOMPARE(backendSessionStatuses(Backend::MobileNext),
                 (QList<SessionStatus>{SessionStatus::Live, SessionStatus::Completed}));
        QVERIFY(!backendSessionStatuses(Backend::Century).contains(SessionStatus::Failed));
        QCOMPARE(backendSessionStatuses(Backend::Treasure).size(), qsizetype(kSessionStatusCount));
        QCOMPARE(sessionStatusBit(SessionStatus::Failed), 1u << 3);
        QVERIFY((kEverySessionStatus & sessionStatusBit(SessionStatus::Cancelled)) != 0);
    }
};

QTEST_GUILESS_MAIN(TestQueryEdits)
#include "tst_queryedits.moc"
