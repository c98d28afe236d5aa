// SessionTableModel::mergeLive: rows a live poll touched land exactly where a full sort puts
// them (checked against the sort job on a second model), leave when they stop passing the
// filter, keep their selection when they move, and never reset the model. A
// QAbstractItemModelTester watches each model for its whole life.
#include "model/sessiontablemodel.h"
#include "sources/sessionsource.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

namespace {

const QStringList kSubjects{QStringLiteral("English"), QStringLiteral("Maths"), QStringLiteral("Science")};
const QStringList kNames{QStringLiteral("Ada Lovelace"), QStringLiteral("alan Turing"), QStringLiteral("Émile Zola"),
                         QStringLiteral("Grace Hopper"), QStringLiteral("Ada Lovelace"), QStringLiteral("zoë Baker")};
constexpr qint64 kBaseMs = 1'760'000'000'000;

SessionRecord session(int n, bool live, qint64 startOffsetS, int nameIndex = -1)
{
    SessionRecord r;
    r.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    r.status = live ? SessionStatus::Live : SessionStatus::Completed;
    r.backendStatus = live ? QStringLiteral("IN_PROGRESS") : QStringLiteral("COMPLETED");
    r.startedMs = kBaseMs + startOffsetS * 1000;
    CenturyDetail d;
    d.userId = QStringLiteral("10000000-0000-4000-8000-%1").arg(n % 97, 12, 10, QLatin1Char('0'));
    d.fullName = kNames[(nameIndex >= 0 ? nameIndex : n) % kNames.size()];
    d.username = QStringLiteral("pupil%1").arg(n);
    d.firstName = d.fullName.section(QLatin1Char(' '), 0, 0);
    d.lastName = d.fullName.section(QLatin1Char(' '), 1);
    d.testId = QStringLiteral("20000000-0000-4000-8000-000000000001");
    d.testVersionId = d.testId;
    d.testName = QStringLiteral("Smart IA");
    d.subject = kSubjects[n % kSubjects.size()];
    if (!live) {
        r.endedMs = r.startedMs + (600 + (n % 7) * 60) * 1000;
        d.level = QStringLiteral("L%1").arg(n % 3);
        d.durationSeconds = (r.endedMs - r.startedMs) / 1000;
    }
    r.detail = d;
    return r;
}

SessionRecord finished(SessionRecord r, int n)
{
    r.status = SessionStatus::Completed;
    r.backendStatus = QStringLiteral("COMPLETED");
    r.endedMs = r.startedMs + (300 + n % 11 * 30) * 1000;
    auto &d = std::get<CenturyDetail>(r.detail);
    d.level = QStringLiteral("L%1").arg(n % 3);
    d.durationSeconds = (r.endedMs - r.startedMs) / 1000;
    return r;
}

int column(const SessionTableModel &model, const char *id)
{
    const ColumnDescriptor *found = findColumn(model.columns(), QString::fromLatin1(id));
    return found ? int(found - model.columns().data()) : -1;
}

QStringList idsInViewOrder(const SessionTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.data(model.index(row, 0), SessionTableModel::SessionIdRole).toString();
    return ids;
}

bool waitForOrder(SessionTableModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isOrdering(); }, 10'000);
}

// A model fed by hand (no client), with its tester.
struct Harness
{
    std::shared_ptr<const SessionSource> source
        = makeSessionSource(Backend::Century, QUrl(QStringLiteral("http://127.0.0.1:1/century/api/v1")));
    std::unique_ptr<SessionTableModel> model = std::make_unique<SessionTableModel>();
    std::unique_ptr<QAbstractItemModelTester> tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    Harness() { model->open(source, nullptr, source->defaultQuery()); }
    ~Harness() { model.reset(); }
};

} // namespace

class TestLiveMerge : public QObject
{
    Q_OBJECT

private slots:
    void newRowsLandOnTopOfANewestFirstView()
    {
        Harness h;
        std::vector<SessionRecord> page;
        for (int n = 0; n < 300; ++n)
            page.push_back(session(n, n % 5 == 0, n * 60));
        h.model->merge(page);
        h.model->sort(column(*h.model, "started"), Qt::DescendingOrder);
        QVERIFY(waitForOrder(*h.model));

        QSignalSpy resets(h.model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layouts(h.model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy inserts(h.model.get(), &QAbstractItemModel::rowsInserted);
        std::vector<SessionRecord> poll;
        for (int n = 300; n < 305; ++n)
            poll.push_back(session(n, true, n * 60));
        h.model->mergeLive(poll);

        QCOMPARE(h.model->rowCount(), 305);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 0); // one block at the top: a plain insert
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), 0);
        QCOMPARE(h.model->data(h.model->index(0, 0), SessionTableModel::SessionIdRole).toString(), poll.back().id);
        QVERIFY(!h.model->isOrdering()); // no sort job was needed
        QCOMPARE(h.model->viewRowOfId(page.front().id), 304);
    }

    void aFinishedRowLeavesALiveOnlyView()
    {
        Harness h;
        std::vector<SessionRecord> page;
        for (int n = 0; n < 50; ++n)
            page.push_back(session(n, n % 2 == 0, n * 60));
        h.model->merge(page);
        h.model->setStatusMask(ViewOrderSpec::statusBit(SessionStatus::Live));
        QVERIFY(waitForOrder(*h.model));
        QCOMPARE(h.model->rowCount(), 25);

        QSignalSpy removes(h.model.get(), &QAbstractItemModel::rowsRemoved);
        const int before = h.model->viewRowOfId(page[10].id);
        QVERIFY(before >= 0);
        h.model->mergeLive({finished(page[10], 10)});
        QCOMPARE(h.model->rowCount(), 24);
        QCOMPARE(removes.count(), 1);
        QCOMPARE(removes.first().at(1).toInt(), before);
        QCOMPARE(h.model->viewRowOfId(page[10].id), -1);
        QCOMPARE(h.model->statusCounts()[std::size_t(SessionStatus::Live)], 24);
    }

    void aMovingRowKeepsItsSelection()
    {
        Harness h;
        std::vector<SessionRecord> page;
        for (int n = 0; n < 40; ++n)
            page.push_back(session(n, true, n * 60));
        h.model->merge(page);
        h.model->sort(column(*h.model, "duration"), Qt::AscendingOrder);
        QVERIFY(waitForOrder(*h.model));
        const QPersistentModelIndex selected = h.model->index(h.model->viewRowOfId(page[5].id), 2);
        QVERIFY(selected.isValid());

        QSignalSpy layouts(h.model.get(), &QAbstractItemModel::layoutChanged);
        h.model->mergeLive({finished(page[5], 5)}); // empty duration -> a value: it moves to the end
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(h.model->rowCount(), 40);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(SessionTableModel::SessionIdRole).toString(), page[5].id);
        QCOMPARE(selected.row(), 39);
        QCOMPARE(selected.column(), 2);
    }

    // Many new rows scattered through a sorted view (new sessions in a view sorted by pupil or
    // by start time ascending): one insert and one layout change put them in place, and
    // every row held by a persistent index (a selection) still holds the same session.
    void scatteredNewRowsKeepSelections()
    {
        Harness h;
        std::vector<SessionRecord> page;
        for (int n = 0; n < 300; ++n)
            page.push_back(session(n, n % 4 == 0, n * 60));
        h.model->merge(page);
        const int started = column(*h.model, "started");
        h.model->sort(started, Qt::AscendingOrder);
        QVERIFY(waitForOrder(*h.model));
        std::vector<QPersistentModelIndex> held;
        std::vector<QString> heldIds;
        for (const int row : {0, 1, 57, 150, 151, 298, 299}) {
            held.emplace_back(h.model->index(row, row % 3));
            heldIds.push_back(held.back().data(SessionTableModel::SessionIdRole).toString());
        }

        QSignalSpy resets(h.model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layouts(h.model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy inserts(h.model.get(), &QAbstractItemModel::rowsInserted);
        std::vector<SessionRecord> poll;
        for (int n = 300; n < 340; ++n) // between every seventh pair of rows, one before the first
            poll.push_back(session(n, true, (n - 300) * 7 * 60 - 30));
        h.model->mergeLive(poll);

        QCOMPARE(h.model->rowCount(), 340);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(layouts.count(), 1);
        QVERIFY(!h.model->isOrdering());
        for (std::size_t i = 0; i < held.size(); ++i) {
            QVERIFY(held[i].isValid());
            QCOMPARE(held[i].data(SessionTableModel::SessionIdRole).toString(), heldIds[i]);
            QCOMPARE(held[i].row(), h.model->viewRowOfId(heldIds[i]));
        }
        QCOMPARE(h.model->viewRowOfId(poll.front().id), 0);
        qint64 previous = std::numeric_limits<qint64>::min();
        for (int row = 0; row < h.model->rowCount(); ++row) {
            const qint64 at = h.model->data(h.model->index(row, started), SessionTableModel::RawValueRole).toLongLong();
            QVERIFY2(at >= previous, qPrintable(QStringLiteral("row %1 out of order").arg(row)));
            previous = at;
        }
    }

    // Random polls under every sort the user can choose: the live model's order equals the
    // order the sort job gives a second model holding the same rows.
    void randomPollsMatchAFullSort_data()
    {
        QTest::addColumn<QString>("columnId");
        QTest::addColumn<int>("order");
        for (const char *id : {"started", "pupil", "status", "duration", "level", "subject", "ended"}) {
            QTest::addRow("%s asc", id) << QString::fromLatin1(id) << int(Qt::AscendingOrder);
            QTest::addRow("%s desc", id) << QString::fromLatin1(id) << int(Qt::DescendingOrder);
        }
    }
    void randomPollsMatchAFullSort()
    {
        QFETCH(QString, columnId);
        QFETCH(int, order);
        QRandomGenerator random(quint32(qHash(columnId) + order));
        Harness live;
        Harness reference;
        std::vector<SessionRecord> all;
        for (int n = 0; n < 400; ++n)
            all.push_back(session(n, random.bounded(3) == 0, random.bounded(5000), int(random.bounded(6))));
        live.model->merge(all);
        const int sortColumn = column(*live.model, columnId.toLatin1().constData());
        QVERIFY(sortColumn >= 0);
        live.model->sort(sortColumn, Qt::SortOrder(order));
        if (random.bounded(2))
            live.model->setSearchText(QStringLiteral("a"));
        QVERIFY(waitForOrder(*live.model));
        QSignalSpy resets(live.model.get(), &QAbstractItemModel::modelReset);

        int next = 400;
        for (int poll = 0; poll < 12; ++poll) {
            std::vector<SessionRecord> changes;
            for (int i = 0; i < 15; ++i) {
                SessionRecord &r = all[std::size_t(random.bounded(int(all.size())))];
                if (r.status == SessionStatus::Live) {
                    r = finished(r, int(random.bounded(100)));
                    changes.push_back(r);
                }
            }
            for (int i = 0; i < int(random.bounded(8)); ++i) {
                all.push_back(session(next++, true, 5000 + random.bounded(2000), int(random.bounded(6))));
                changes.push_back(all.back());
            }
            live.model->mergeLive(changes);
            QVERIFY(!live.model->isOrdering());
        }
        QCOMPARE(resets.count(), 0);

        reference.model->merge(all);
        reference.model->sort(sortColumn, Qt::SortOrder(order));
        reference.model->setSearchText(live.model->viewSpec().searchText);
        QVERIFY(waitForOrder(*reference.model));
        QCOMPARE(live.model->rowCount(), reference.model->rowCount());
        // Same sessions in the same order. Arrival order breaks ties, and the live model saw
        // the sessions arrive in another order than the reference: compare the sort values.
        const QStringList liveIds = idsInViewOrder(*live.model);
        const QStringList referenceIds = idsInViewOrder(*reference.model);
        QCOMPARE(QSet<QString>(liveIds.begin(), liveIds.end()), QSet<QString>(referenceIds.begin(), referenceIds.end()));
        for (int row = 0; row < live.model->rowCount(); ++row) {
            QCOMPARE(live.model->data(live.model->index(row, sortColumn), SessionTableModel::RawValueRole),
                     reference.model->data(reference.model->index(row, sortColumn), SessionTableModel::RawValueRole));
        }
        for (int row = 0; row < live.model->rowCount(); ++row) // the inverse is kept in step
            QCOMPARE(live.model->viewRowOfId(liveIds[row]), row);
    }

    void runningDurationsTickAndFinishedRowsGlow()
    {
        Harness h;
        std::vector<SessionRecord> page{session(1, true, 0), session(2, false, 60)};
        h.model->merge(page);
        const int duration = column(*h.model, "duration");
        const QString running = h.model->data(h.model->index(0, duration)).toString();
        QVERIFY2(running.contains(QStringLiteral("so far")), qPrintable(running));
        QVERIFY(!h.model->data(h.model->index(0, duration), SessionTableModel::RawValueRole).isValid());

        QSignalSpy changes(h.model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(changes.wait(2500)); // the once-a-second tick
        QCOMPARE(changes.first().at(0).value<QModelIndex>().column(), duration);

        h.model->highlightSessions({page[1].id});
        QVERIFY(h.model->data(h.model->index(1, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!h.model->data(h.model->index(0, 0), Qt::BackgroundRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestLiveMerge)
#include "tst_livemerge.moc"
