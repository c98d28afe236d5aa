// SessionTableModel against the demo server over loopback: paging through fetchMore, query
// generations, the client-side order (search, status chips, sort) and the model contract,
// with a QAbstractItemModelTester watching the model for its whole life.
#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "demo/demoworld.h"
#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"
#include "sources/sessionsource.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

QByteArray keyFor(Backend backend)
{
    switch (backend) {
    case Backend::Century: return demokeys::kCenturyKey;
    case Backend::Treasure: return demokeys::kTreasureKey;
    case Backend::MobileNext: return demokeys::kMobileNextKey;
    }
    return {};
}

// A model and everything it needs, torn down in the right order: the tester lives exactly
// as long as the model.
struct Fixture
{
    std::unique_ptr<DemoServer> server;
    std::shared_ptr<const SessionSource> source;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<SessionTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture(Backend backend, int scale, QByteArray key = {})
    {
        DemoOptions options;
        options.scale = scale;
        options.speed = 0; // a still world, so counts can be compared
        options.rateLimitPerMinute = 0;
        server = std::make_unique<DemoServer>(options);
        if (!server->listen())
            qFatal("the demo server could not listen on loopback");
        source = makeSessionSource(backend, server->baseUrl(backend));
        const auto header = source->authHeader(key.isEmpty() ? keyFor(backend) : key);
        client = std::make_unique<ApiClient>(server->baseUrl(backend), ApiAuth{header.first, header.second});
        model = std::make_unique<SessionTableModel>();
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    ~Fixture()
    {
        model.reset(); // the tester watches it to the end
        tester.reset();
    }

    void open(const Query &query) { model->open(source, client.get(), query); }
    void open() { open(source->defaultQuery()); }

    // Scrolls the way a view does: fetchMore whenever canFetchMore, until the end.
    bool loadEverything(int timeoutMs = 60'000)
    {
        return QTest::qWaitFor([this] {
            if (model->canFetchMore())
                model->fetchMore();
            return model->fetchState() == SessionTableModel::FetchState::Complete
                || model->fetchState() == SessionTableModel::FetchState::Failed;
        }, timeoutMs);
    }
    bool settle(int timeoutMs = 20'000)
    {
        return QTest::qWaitFor([this] { return !model->isOrdering(); }, timeoutMs);
    }
    QStringList visibleIds() const
    {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(SessionTableModel::SessionIdRole).toString();
        return ids;
    }
};

int columnIndex(const SessionTableModel &model, const QString &id)
{
    const ColumnList &columns = model.columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].id == id)
            return int(i);
    }
    return -1;
}

// The order the model promises for one column, from the raw values: nulls first, text by
// case-folded text then exact, numbers by value.
bool rawLess(const QVariant &a, const QVariant &b)
{
    if (a.isNull() != b.isNull())
        return a.isNull();
    if (a.isNull())
        return false;
    if (a.typeId() == QMetaType::QString) {
        const QString fa = a.toString().toCaseFolded(), fb = b.toString().toCaseFolded();
        return fa != fb ? fa < fb : a.toString() < b.toString();
    }
    if (a.typeId() == QMetaType::Bool)
        return a.toBool() < b.toBool();
    return a.toLongLong() < b.toLongLong();
}

} // namespace

class TestSessionTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void pagesArriveThroughFetchMoreExactlyOnce_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("century") << Backend::Century;
        QTest::newRow("treasure") << Backend::Treasure;
        QTest::newRow("mobilenext") << Backend::MobileNext;
    }
    void pagesArriveThroughFetchMoreExactlyOnce()
    {
        QFETCH(Backend, backend);
        Fixture f(backend, 700);
        QSignalSpy inserts(f.model.get(), &QAbstractItemModel::rowsInserted);
        f.open();
        QVERIFY(!f.model->canFetchMore()); // the first page is in flight
        QVERIFY(f.loadEverything());
        QVERIFY2(f.model->fetchState() == SessionTableModel::FetchState::Complete,
                 qPrintable(f.model->lastError().technicalDetail()));
        const QStringList ids = f.visibleIds();
        QVERIFY(ids.size() > 100);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QCOMPARE(qsizetype(ids.size()), f.model->loadedCount());
        // One insert per page, each appended at the end.
        int expectedFirst = 0;
        for (const QList<QVariant> &args : inserts) {
            QCOMPARE(args.at(1).toInt(), expectedFirst);
            expectedFirst = args.at(2).toInt() + 1;
        }
        QCOMPARE(expectedFirst, int(ids.size()));
        if (backend == Backend::Century) {
            const DemoCenturyWorld &world = f.server->world().century();
            QCOMPARE(qsizetype(ids.size()), qsizetype(world.startedCount(f.server->nowMs())));
            QVERIFY(f.model->totalCount().has_value());
        }
        qsizetype counted = 0;
        for (qsizetype n : f.model->statusCounts())
            counted += n;
        QCOMPARE(counted, f.model->loadedCount());
    }

    void aNewQueryDropsTheOldGenerationsReplies()
    {
        Fixture f(Backend::Century, 600);
        f.open();
        QVERIFY(QTest::qWaitFor([&] { return f.model->rowCount() > 0; }, 10'000));
        f.model->fetchMore(); // in flight when the query changes
        CenturyQuery completed = std::get<CenturyQuery>(f.source->defaultQuery());
        completed.scope = CenturyScope::Completed;
        QSignalSpy resets(f.model.get(), &QAbstractItemModel::modelReset);
        f.model->setQuery(completed);
        QCOMPARE(resets.size(), 1);
        f.model->setQuery(completed); // the same query: nothing happens
        QCOMPARE(resets.size(), 1);
        QVERIFY(f.loadEverything());
        for (int row = 0; row < f.model->rowCount(); ++row)
            QCOMPARE(f.model->index(row, 0).data(SessionTableModel::StatusRole).toInt(), int(SessionStatus::Completed));
    }

    void quickSearchAndStatusChipsFilterTheLoadedRows()
    {
        Fixture f(Backend::Century, 800);
        f.open();
        QVERIFY(f.loadEverything());
        const SessionStore &store = *f.model->store();
        const int pupil = columnIndex(*f.model, QStringLiteral("pupil"));
        const QString someone = f.model->index(5, pupil).data().toString();
        const QString needle = someone.left(4).toUpper();

        f.model->setSearchText(needle);
        QVERIFY(f.settle());
        QSet<QString> expected;
        for (qsizetype row = 0; row < store.size(); ++row) {
            if (store.rowMatchesText(row, needle))
                expected.insert(store.id(row));
        }
        const QStringList shown = f.visibleIds();
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()), expected);
        QVERIFY(shown.contains(f.model->store()->id(f.model->storeRow(0))));
        QVERIFY(!shown.isEmpty() && shown.size() < store.size());

        f.model->setStatusMask(ViewOrderSpec::statusBit(SessionStatus::Live));
        QVERIFY(f.settle());
        for (int row = 0; row < f.model->rowCount(); ++row) {
            QCOMPARE(f.model->index(row, 0).data(SessionTableModel::StatusRole).toInt(), int(SessionStatus::Live));
            QVERIFY(expected.contains(f.model->index(row, 0).data(SessionTableModel::SessionIdRole).toString()));
        }
        f.model->setSearchText({});
        f.model->setStatusMask(ViewOrderSpec::kAllStatuses);
        QVERIFY(f.settle());
        QCOMPARE(qsizetype(f.model->rowCount()), store.size());
        QCOMPARE(f.model->storeRow(0), 0); // arrival order again
    }

    void sortsEveryColumnStablyWithASecondaryKey()
    {
        Fixture f(Backend::Century, 500);
        f.open();
        QVERIFY(f.loadEverything());
        for (int column = 0; column < f.model->columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                f.model->sort(column, order);
                QVERIFY(f.settle());
                for (int row = 1; row < f.model->rowCount(); ++row) {
                    const QVariant a = f.model->index(row - 1, column).data(SessionTableModel::RawValueRole);
                    const QVariant b = f.model->index(row, column).data(SessionTableModel::RawValueRole);
                    const bool outOfOrder = order == Qt::AscendingOrder ? rawLess(b, a) : rawLess(a, b);
                    QVERIFY2(!outOfOrder, qPrintable(QStringLiteral("column %1 row %2: %3 then %4")
                                                         .arg(f.model->columns()[std::size_t(column)].id)
                                                         .arg(row).arg(a.toString(), b.toString())));
                }
            }
        }
        // Subject, then pupil: within one pupil the subjects stay in order.
        const int subject = columnIndex(*f.model, QStringLiteral("subject"));
        const int pupil = columnIndex(*f.model, QStringLiteral("pupil"));
        f.model->sort(subject, Qt::AscendingOrder);
        f.model->sort(pupil, Qt::AscendingOrder);
        QVERIFY(f.settle());
        QCOMPARE(f.model->viewSpec().secondaryColumn, subject);
        for (int row = 1; row < f.model->rowCount(); ++row) {
            const QModelIndex a = f.model->index(row - 1, pupil), b = f.model->index(row, pupil);
            if (a.data(SessionTableModel::RawValueRole) != b.data(SessionTableModel::RawValueRole))
                continue;
            QVERIFY(!rawLess(f.model->index(row, subject).data(SessionTableModel::RawValueRole),
                             f.model->index(row - 1, subject).data(SessionTableModel::RawValueRole)));
        }
    }

    void persistentIndexesFollowTheirSessionThroughSortAndFilter()
    {
        Fixture f(Backend::Century, 500);
        f.open();
        QVERIFY(f.loadEverything());
        const QPersistentModelIndex tracked = f.model->index(42, 1);
        const QString id = tracked.data(SessionTableModel::SessionIdRole).toString();
        f.model->sort(columnIndex(*f.model, QStringLiteral("pupil")), Qt::DescendingOrder);
        QVERIFY(f.settle());
        QVERIFY(tracked.isValid());
        QCOMPARE(tracked.data(SessionTableModel::SessionIdRole).toString(), id);
        QCOMPARE(tracked.column(), 1);
        // Filtered out: the index goes invalid instead of pointing at another session.
        f.model->setSearchText(QStringLiteral("no pupil is called this"));
        QVERIFY(f.settle());
        QCOMPARE(f.model->rowCount(), 0);
        QVERIFY(!tracked.isValid());
    }

    void pagesArrivingUnderAFilterAreFilteredAndSorted()
    {
        Fixture f(Backend::Century, 900);
        f.open();
        QVERIFY(QTest::qWaitFor([&] { return f.model->rowCount() > 0; }, 10'000));
        f.model->setStatusMask(ViewOrderSpec::statusBit(SessionStatus::Completed));
        const int started = columnIndex(*f.model, QStringLiteral("started"));
        f.model->sort(started, Qt::DescendingOrder);
        QVERIFY(f.loadEverything());
        QVERIFY(f.settle());
        QVERIFY(QTest::qWaitFor([&] { return !f.model->isOrdering(); }, 5'000));
        qsizetype completed = f.model->statusCounts()[std::size_t(SessionStatus::Completed)];
        QCOMPARE(qsizetype(f.model->rowCount()), completed);
        for (int row = 1; row < f.model->rowCount(); ++row) {
            QVERIFY(f.model->index(row - 1, started).data(SessionTableModel::RawValueRole).toLongLong()
                    >= f.model->index(row, started).data(SessionTableModel::RawValueRole).toLongLong());
        }
    }

    void aRejectedKeyFailsClearlyAndKeepsTheTable()
    {
        Fixture f(Backend::Century, 300, "not-a-key");
        QSignalSpy failed(f.model.get(), &SessionTableModel::failed);
        f.open();
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 15'000));
        QCOMPARE(f.model->fetchState(), SessionTableModel::FetchState::Failed);
        QCOMPARE(f.model->lastError().kind(), ApiError::Kind::Auth);
        QVERIFY(!f.model->lastError().userMessage().contains(QLatin1String("not-a-key")));
        QVERIFY(!f.model->canFetchMore());
    }

    void displayRolesFormatAndAlign()
    {
        Fixture f(Backend::Century, 300);
        f.open();
        QVERIFY(QTest::qWaitFor([&] { return f.model->rowCount() > 0; }, 10'000));
        const int duration = columnIndex(*f.model, QStringLiteral("duration"));
        const int status = columnIndex(*f.model, QStringLiteral("status"));
        for (int row = 0; row < f.model->rowCount(); ++row) {
            const QModelIndex d = f.model->index(row, duration);
            QCOMPARE(Qt::Alignment(d.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask, Qt::AlignRight);
            if (!d.data(SessionTableModel::RawValueRole).isNull())
                QVERIFY(QRegularExpression(QStringLiteral("^\\d+ (d|h|min|s)( |$)")).match(d.data().toString()).hasMatch());
            const QModelIndex s = f.model->index(row, status);
            QVERIFY(!s.data().toString().isEmpty()); // the status is spelled out, not only coloured
            QVERIFY(s.data(Qt::ToolTipRole).toString().contains(QLatin1String("IN_PROGRESS"))
                    || s.data(Qt::ToolTipRole).toString().contains(QLatin1String("COMPLETED")));
        }
        f.model->setRelativeTimes(true);
        const int started = columnIndex(*f.model, QStringLiteral("started"));
        // Counted from the server's clock (its Date header): the newest session of the still
        // demo world started moments ago, not months (the demo's calendar is not this PC's).
        const QString newest = f.model->index(0, started).data().toString();
        QVERIFY2(newest == QLatin1String("just now") || QRegularExpression(QStringLiteral("^\\d+ (min|h) ago$")).match(newest).hasMatch(),
                 qPrintable(newest));
    }
};

QTEST_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
