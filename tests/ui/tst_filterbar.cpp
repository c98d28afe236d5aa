#include "domain/localdayrange.h"
#include "domain/queryedits.h"
#include "sessions/filterbar.h"
#include "sessions/filtercenturypanel.h"
#include "sessions/filterchecklist.h"
#include "sessions/filterdaterange.h"
#include "sessions/filtermobilenextpanel.h"
#include "sessions/filterpupilpicker.h"
#include "sessions/filtertreasurepanel.h"
#include "sessions/quicksearchbox.h"
#include "sessions/statuschiprow.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

namespace {

constexpr int kWidth = 1000;

QString pupilId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QString testId(int n)
{
    return QStringLiteral("7e57e57e-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QList<QPair<QString, QString>> pupils(int count)
{
    static const char *const first[] = {"Ada", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hamza"};
    static const char *const last[] = {"Okafor", "Smith", "Nowak", "Patel", "Jones", "Hughes"};
    QList<QPair<QString, QString>> list;
    for (int i = 0; i < count; ++i) {
        list.append({pupilId(i), QStringLiteral("%1 %2 %3")
                                     .arg(QLatin1String(first[i % 8]), QLatin1String(last[(i / 8) % 6]))
                                     .arg(i)});
    }
    return list;
}

CenturyQuery centuryOf(const QSignalSpy &spy)
{
    return std::get<CenturyQuery>(spy.last().at(0).value<Query>());
}

// Lets the layout take in what changed, then gives the bar the height it asks for.
void fitHeight(FilterBar *bar)
{
    // Nested layouts settle one level per round of posted events.
    for (int round = 0; round < 4; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    bar->resize(kWidth, bar->sizeHint().height());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

FilterBar *newBar(Backend backend, const Query &query)
{
    auto *bar = new FilterBar;
    bar->resize(kWidth, bar->sizeHint().height());
    bar->centuryPanel()->setTimeZone(QTimeZone("Europe/London"));
    bar->setBackend(backend, query);
    bar->show();
    return bar;
}

// Ticks the named items of a check list the way a user does: open, tick, close.
void tick(FilterCheckList *list, const QStringList &names)
{
    list->showPopup();
    auto *items = list->findChild<QListWidget *>();
    QVERIFY(items);
    QVERIFY(list->isPopupVisible());
    for (const QString &name : names) {
        const QList<QListWidgetItem *> found = items->findItems(name, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        found.first()->setCheckState(found.first()->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    }
    list->hidePopup();
}

bool insideQtPart(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || p->inherits("QComboBoxPrivateContainer"))
            return true;
    }
    return false;
}

void addPupilByName(FilterPupilPicker *picker, const QString &name)
{
    picker->searchEdit()->setText(name);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
}

} // namespace

class TestFilterBar final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // "1,200": the count label formats with the locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void setBackendShowsTheQueryWithoutEmitting()
    {
        CenturyQuery q;
        q.scope = CenturyScope::Completed;
        q.subjects = {QStringLiteral("Maths")};
        q.userIds = {pupilId(3)};
        q = withCenturyDayRange(q, CenturyDateField::StartDate, {QDate(2024, 9, 2), {}}, QTimeZone("Europe/London"));
        std::unique_ptr<FilterBar> bar(newBar(Backend::Treasure, TreasureQuery{250}));
        QSignalSpy spy(bar.get(), &FilterBar::queryChanged);
        QCOMPARE(bar->treasurePanel()->pageSizeBox()->value(), 250);

        bar->setBackend(Backend::Century, q);
        FilterCenturyPanel *panel = bar->centuryPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(!bar->treasurePanel()->isVisible());
        QCOMPARE(panel->scopeGroup()->checkedId(), int(CenturyScope::Completed));
        QCOMPARE(panel->startedRange()->range(), (LocalDayRange{QDate(2024, 9, 2), {}}));
        QCOMPARE(panel->subjectList()->selectedIds(), q.subjects);
        QCOMPARE(panel->pupilPicker()->userIds(), q.userIds);
        QVERIFY(panel->moreFiltersShown()); // it holds a pupil
        QCOMPARE(bar->query(), Query{q});

        bar->setBackend(Backend::MobileNext, MobileNextQuery{40, QStringLiteral("org_9")});
        QCOMPARE(bar->mobileNextPanel()->pageSizeBox()->value(), 40);
        QCOMPARE(bar->mobileNextPanel()->organizationBox()->currentData().toString(), QStringLiteral("org_9"));

        QTest::qWait(FilterBar::kTypingDebounceMs + 100);
        QCOMPARE(spy.count(), 0);
    }

    void scopeButtons()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::queryChanged);
        QAbstractButton *inProgress = bar->centuryPanel()->scopeGroup()->button(int(CenturyScope::InProgress));
        QTest::mouseClick(inProgress, Qt::LeftButton);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(centuryOf(spy).scope, CenturyScope::InProgress);
        // The end-date filters do not apply to sessions in progress.
        QVERIFY(!bar->centuryPanel()->endedRange()->isEnabled());
        QVERIFY(!bar->centuryPanel()->statusBox()->isEnabled());
        // Clicking the checked button again changes nothing.
        QTest::mouseClick(inProgress, Qt::LeftButton);
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
    }

    void statusAndOrderBoxes()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::queryChanged);
        FilterCenturyPanel *panel = bar->centuryPanel();
        QTest::mouseClick(panel->moreButton(), Qt::LeftButton);
        QVERIFY(panel->statusBox()->isVisible());

        QTest::keyClick(panel->statusBox(), Qt::Key_Down); // Any -> In progress
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(centuryOf(spy).status, CenturyStatusFilter::InProgress);
        QCOMPARE(centuryOf(spy).scope, CenturyScope::All);

        panel->orderBox()->setFocus();
        QTest::keyClick(panel->orderBox(), Qt::Key_End); // Ended, newest first
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(centuryOf(spy).sortField, CenturyDateField::EndDate);
        QCOMPARE(centuryOf(spy).sortDirection, SortDirection::Descending);
        // The status counts; the order does not (it narrows nothing).
        QCOMPARE(panel->moreButton()->text(), QStringLiteral("More filters (1)"));
        QVERIFY(queryValidationError(centuryOf(spy)).isEmpty());
    }

    void comboToggledBackSendsNothing()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::queryChanged);
        FilterCenturyPanel *panel = bar->centuryPanel();
        panel->setMoreFiltersShown(true);
        // Both keys land before the event loop turns: one gesture, no net change.
        QTest::keyClick(panel->statusBox(), Qt::Key_Down);
        QTest::keyClick(panel->statusBox(), Qt::Key_Up);
        QTest::qWait(FilterBar::kTypingDebounceMs + 100);
        QCOMPARE(spy.count(), 0);

        // Mobile Next: the organization picked and put back while a typed page size waits.
        bar->setOrganizations({{QStringLiteral("org_1"), QStringLiteral("Acme QA")}, {QStringLiteral("org_2"), {}}});
        bar->setBackend(Backend::MobileNext, MobileNextQuery{});
        QSpinBox *size = bar->mobileNextPanel()->pageSizeBox();
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("5"));
        QComboBox *org = bar->mobileNextPanel()->organizationBox();
        QCOMPARE(org->count(), 3);
        QCOMPARE(org->itemText(2), QStringLiteral("Personal"));
        QTest::keyClick(org, Qt::Key_Down);
        QTest::keyClick(org, Qt::Key_Up);
        QTest::keyClicks(size, QStringLiteral("0"));
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("100"));
        QTest::qWait(FilterBar::kTypingDebounceMs + 100);
        QCOMPARE(spy.count(), 0);

        QTest::keyClick(org, Qt::Key_Down);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(std::get<MobileNextQuery>(spy.last().at(0).value<Query>()).organizationId, QStringLiteral("org_1"));
    }

    void startAndEndDates()
    {
        const QTimeZone london("Europe/London");
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::queryChanged);
        FilterDateRange *started = bar->centuryPanel()->startedRange();
        QCOMPARE(started->fromEdit()->text(), QStringLiteral("Any"));
        QVERIFY(started->fromEdit()->calendarPopup());
        QVERIFY(!started->clearButton()->isEnabled());

        started->fromEdit()->setDate(QDate(2024, 7, 1));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(centuryOf(spy).dates,
                 (QList<CenturyDateCondition>{
                     {CenturyDateField::StartDate, CompareOp::Gte, localDayStartMs(QDate(2024, 7, 1), london)}}));
        started->toEdit()->setDate(QDate(2024, 7, 31));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(centuryOf(spy).dates.size(), 2);
        QCOMPARE(centuryOf(spy).dates[1],
                 (CenturyDateCondition{CenturyDateField::StartDate, CompareOp::Lt,
                                       localDayStartMs(QDate(2024, 8, 1), london)}));

        bar->centuryPanel()->setMoreFiltersShown(true);
        bar->centuryPanel()->endedRange()->toEdit()->setDate(QDate(2024, 8, 15));
        QTRY_COMPARE(spy.count(), 3);
        QCOMPARE(centuryOf(spy).dates.last(),
                 (CenturyDateCondition{CenturyDateField::EndDate, CompareOp::Lt,
                                       localDayStartMs(QDate(2024, 8, 16), london)}));
        QVERIFY(queryValidationError(centuryOf(spy)).isEmpty());

        QVERIFY(started->clearButton()->isEnabled());
        QTest::mouseClick(started->clearButton(), Qt::LeftButton);
        QTRY_COMPARE(spy.count(), 4);
        QCOMPARE(centuryOf(spy).dates.size(), 1);
        QCOMPARE(centuryOf(spy).dates[0].field, CenturyDateField::EndDate);
        QCOMPARE(started->fromEdit()->text(), QStringLiteral("Any"));
    }

    void subjectsAndTestsFromCheckLists()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::queryChanged);
        bar->setKnownSubjects({QStringLiteral("English"), QStringLiteral("Maths"), QStringLiteral("Science")});
        bar->setKnownTests({{testId(1), QStringLiteral("English Smart Initial Assessment")},
                            {testId(2), QStringLiteral("Maths Smart Initial Assessment")}});
        FilterCheckList *subjects = bar->centuryPanel()->subjectList();
        QCOMPARE(subjects->currentText(), QStringLiteral("Subject: any"));

        // Three ticks while the list is open: one query when it closes.
        tick(subjects, {QStringLiteral("Maths"), QStringLiteral("English"), QStringLiteral("Science")});
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(centuryOf(spy).subjects,
                 (QStringList{QStringLiteral("Maths"), QStringLiteral("English"), QStringLiteral("Science")}));
        QCOMPARE(subjects->currentText(), QStringLiteral("Subjects: 3 chosen"));

        // Unticked and ticked again before closing: nothing changed.
        tick(subjects, {QStringLiteral("Science"), QStringLiteral("Science")});
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);

        tick(bar->centuryPanel()->testList(), {QStringLiteral("Maths Smart Initial Assessment")});
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(centuryOf(spy).testIds, QStringList{testId(2)});
        QCOMPARE(bar->centuryPanel()->testList()->currentText(), QStringLiteral("Test: Maths Smart Initial Assessment"));
    }

    void checkListOpensFromTheKeyboard()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::queryChanged);
        bar->setKnownSubjects({QStringLiteral("English"), QStringLiteral("Maths")});
        FilterCheckList *subjects = bar->centuryPanel()->subjectList();
        subjects->setFocus();
        QTest::keyClick(subjects, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(subjects->isPopupVisible());
        auto *items = subjects->findChild<QListWidget *>();
        QTRY_VERIFY(items->hasFocus());
        QTest::keyClick(items, Qt::Key_Space); // ticks English
        QTest::keyClick(items, Qt::Key_Return); // closes
        QVERIFY(!subjects->isPopupVisible());
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(centuryOf(spy).subjects, QStringList{QStringLiteral("English")});
    }

    void pupilsBecomeChipsAndUserIds()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::queryChanged);
        const auto known = pupils(40);
        bar->setKnownPupils(known);
        bar->centuryPanel()->setMoreFiltersShown(true);
        FilterPupilPicker *picker = bar->centuryPanel()->pupilPicker();

        // Through the completer, as a user does: type part of a name, pick it.
        picker->searchEdit()->setFocus();
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("Finn Smith"));
        QAbstractItemView *popup = picker->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(centuryOf(spy).userIds, QStringList{known[13].first});
        QTRY_VERIFY(picker->searchEdit()->text().isEmpty());

        // Thirty more by name and Enter: 31 ids, more than a GET takes (the client POSTs).
        for (int i = 0; i < 31; ++i)
            addPupilByName(picker, known[i].second);
        QTRY_COMPARE(spy.count(), 2);
        const CenturyQuery q = centuryOf(spy);
        QCOMPARE(q.userIds.size(), 31);
        QVERIFY(q.userIds.size() > CenturyQuery::kMaxIdsPerGet);
        QVERIFY(queryValidationError(q).isEmpty());
        QCOMPARE(q.userIds.first(), known[13].first);

        // A chip removes its pupil.
        QToolButton *chip = nullptr;
        for (QToolButton *b : picker->findChildren<QToolButton *>()) {
            if (b->property("userId").toString() == known[13].first)
                chip = b;
        }
        QVERIFY(chip);
        QCOMPARE(chip->text(), known[13].second);
        QCOMPARE(chip->accessibleName(), QStringLiteral("Remove pupil %1").arg(known[13].second));
        // The bar grew a line: let the layout place the chips before clicking one.
        bar->resize(kWidth, bar->sizeHint().height());
        QTRY_VERIFY(chip->width() > 0 && chip->visibleRegion().contains(chip->rect().center()));
        QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_COMPARE(spy.count(), 3);
        QCOMPARE(centuryOf(spy).userIds.size(), 30);
        QVERIFY(!centuryOf(spy).userIds.contains(known[13].first));
    }

    void typedPageSizeIsDebounced()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Treasure, TreasureQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::queryChanged);
        QSpinBox *size = bar->treasurePanel()->pageSizeBox();
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("250"));
        QCOMPARE(spy.count(), 0); // nothing before the pause
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(std::get<TreasureQuery>(spy.last().at(0).value<Query>()).pageSize, 250);
        QTest::qWait(FilterBar::kTypingDebounceMs + 100);
        QCOMPARE(spy.count(), 1);

        // Changed and typed back within the pause: no signal.
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("50"));
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("250"));
        QTest::qWait(FilterBar::kTypingDebounceMs + 100);
        QCOMPARE(spy.count(), 1);
    }

    void quickSearch()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::quickSearchChanged);
        QSignalSpy querySpy(bar.get(), &FilterBar::queryChanged);
        QLineEdit *edit = bar->quickSearchBox()->lineEdit();
        QCOMPARE(edit->placeholderText(), QStringLiteral("Search loaded sessions (Ctrl+F)"));
        QVERIFY(edit->isClearButtonEnabled());

        bar->focusQuickSearch();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("okafor"));
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toString(), QStringLiteral("okafor"));
        QCOMPARE(bar->quickSearchText(), QStringLiteral("okafor"));

        QTest::keyClicks(edit, QStringLiteral("x"));
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::qWait(QuickSearchBox::kDebounceMs + 100);
        QCOMPARE(spy.count(), 1);

        edit->clear();
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toString(), QString());
        QCOMPARE(querySpy.count(), 0);
    }

    void loadedCountLabel()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        QLabel *label = bar->quickSearchBox()->countLabel();
        bar->setLoadedCount(1200, 1200);
        QCOMPARE(label->text(), QStringLiteral("filters the 1,200 loaded rows"));
        bar->setLoadedCount(842, 1200);
        QCOMPARE(label->text(), QStringLiteral("842 of 1,200 loaded rows match"));
        bar->setLoadedCount(1, 1);
        QCOMPARE(label->text(), QStringLiteral("filters the one loaded row"));
        bar->setLoadedCount(0, 1200);
        QCOMPARE(label->text(), QStringLiteral("none of the 1,200 loaded rows match"));
    }

    void statusChips()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Treasure, TreasureQuery{}));
        QSignalSpy spy(bar.get(), &FilterBar::statusFilterChanged);
        StatusChipRow *chips = bar->statusChips();
        bar->setStatusCounts({0, 12, 1188, 3, 0});
        QToolButton *completed = chips->chip(SessionStatus::Completed);
        QCOMPARE(completed->text(), QStringLiteral("Completed (1,188)"));
        QVERIFY(!completed->icon().isNull());
        QVERIFY(chips->chip(SessionStatus::Failed)->isVisible());
        QVERIFY(chips->chip(SessionStatus::Cancelled)->isVisible());
        QVERIFY(!chips->chip(SessionStatus::Unknown)->isVisible()); // none loaded

        QTest::mouseClick(completed, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toUInt(), kEverySessionStatus & ~sessionStatusBit(SessionStatus::Completed));
        QCOMPARE(completed->toolTip(), QStringLiteral("Completed: hidden. Click to show these loaded rows."));

        // Keyboard: Space toggles the focused chip.
        QToolButton *failed = chips->chip(SessionStatus::Failed);
        failed->setFocus();
        QTest::keyClick(failed, Qt::Key_Space);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(bar->shownStatuses(), kEverySessionStatus & ~sessionStatusBit(SessionStatus::Completed)
                                           & ~sessionStatusBit(SessionStatus::Failed));

        // Century cannot produce Failed: its chip goes and its rows count as shown.
        bar->setBackend(Backend::Century, CenturyQuery{});
        QVERIFY(!chips->chip(SessionStatus::Failed)->isVisible());
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.last().at(0).toUInt(), kEverySessionStatus & ~sessionStatusBit(SessionStatus::Completed));

        bar->setBackend(Backend::MobileNext, MobileNextQuery{});
        QVERIFY(chips->chip(SessionStatus::Live)->isVisible());
        QVERIFY(!chips->chip(SessionStatus::Cancelled)->isVisible());
        QVERIFY(!chips->chip(SessionStatus::Unknown)->isVisible());
    }

    void resetClearsEverything()
    {
        CenturyQuery start;
        start.pageSize = 50;
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, start));
        QVERIFY(!bar->resetButton()->isEnabled());
        QSignalSpy querySpy(bar.get(), &FilterBar::queryChanged);
        QSignalSpy searchSpy(bar.get(), &FilterBar::quickSearchChanged);
        QSignalSpy statusSpy(bar.get(), &FilterBar::statusFilterChanged);

        QTest::mouseClick(bar->centuryPanel()->scopeGroup()->button(int(CenturyScope::Completed)), Qt::LeftButton);
        bar->setKnownPupils(pupils(3));
        bar->centuryPanel()->setMoreFiltersShown(true);
        addPupilByName(bar->centuryPanel()->pupilPicker(), pupils(3)[1].second);
        QTRY_COMPARE(querySpy.count(), 1);
        QTest::keyClicks(bar->quickSearchBox()->lineEdit(), QStringLiteral("Ben"));
        QTRY_COMPARE(searchSpy.count(), 1);
        QTest::mouseClick(bar->statusChips()->chip(SessionStatus::Live), Qt::LeftButton);
        QCOMPARE(statusSpy.count(), 1);
        QVERIFY(bar->resetButton()->isEnabled());

        QTest::mouseClick(bar->resetButton(), Qt::LeftButton);
        QCOMPARE(querySpy.count(), 2);
        QCOMPARE(centuryOf(querySpy), start); // the page size is not a filter
        QCOMPARE(searchSpy.count(), 2);
        QCOMPARE(searchSpy.last().at(0).toString(), QString());
        QCOMPARE(statusSpy.count(), 2);
        QCOMPARE(statusSpy.last().at(0).toUInt(), kEverySessionStatus);
        QVERIFY(bar->centuryPanel()->pupilPicker()->userIds().isEmpty());
        QVERIFY(!bar->resetButton()->isEnabled());

        // Nothing left to reset: nothing emitted.
        bar->resetFilters();
        QTest::qWait(50);
        QCOMPARE(querySpy.count(), 2);
        QCOMPARE(searchSpy.count(), 2);
        QCOMPARE(statusSpy.count(), 2);
    }

    void everyControlHasANameAndATabStop()
    {
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, CenturyQuery{}));
        bar->setKnownPupils(pupils(3));
        bar->centuryPanel()->setMoreFiltersShown(true);
        addPupilByName(bar->centuryPanel()->pupilPicker(), pupils(3)[0].second);
        addPupilByName(bar->centuryPanel()->pupilPicker(), pupils(3)[2].second);
        bar->centuryPanel()->subjectList()->showPopup();
        bar->centuryPanel()->subjectList()->hidePopup();
        QTest::qWait(10);
        for (const QWidget *w : bar->findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus))
                continue;
            // Editors inside spin and combo boxes, and the date boxes' calendars, are Qt's
            // own parts and speak through their owner.
            if (qobject_cast<const QComboBox *>(w->parentWidget()) || insideQtPart(w))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 \"%2\" has no accessible name")
                                    .arg(QLatin1String(w->metaObject()->className()), w->objectName())));
        }

        // Tab walks the bar left to right, top to bottom.
        FilterCenturyPanel *panel = bar->centuryPanel();
        const QList<QWidget *> expected = {
            panel->scopeGroup()->button(int(CenturyScope::All)),
            panel->startedRange()->fromEdit(),
            panel->subjectList(),
            panel->testList(),
            panel->moreButton(),
            panel->endedRange()->fromEdit(),
            panel->statusBox(),
            panel->orderBox(),
            panel->pupilPicker()->searchEdit(),
            bar->quickSearchBox()->lineEdit(),
            bar->statusChips()->chip(SessionStatus::Live),
            bar->resetButton(),
        };
        QList<QWidget *> chain;
        QWidget *w = expected.first();
        for (int guard = 0; guard < 200 && chain.size() < 200; ++guard) {
            chain.append(w);
            w = w->nextInFocusChain();
            if (w == expected.first())
                break;
        }
        qsizetype last = -1;
        for (QWidget *e : expected) {
            const qsizetype at = chain.indexOf(e);
            QVERIFY2(at > last, qPrintable(QStringLiteral("%1 is out of Tab order").arg(e->accessibleName())));
            last = at;
        }
    }

    void screenshots()
    {
        // Century with the second line open, a few filters set and counts as after a load.
        CenturyQuery q;
        q.subjects = {QStringLiteral("Maths")};
        q = withCenturyDayRange(q, CenturyDateField::StartDate, {QDate(2024, 9, 2), QDate(2024, 10, 25)},
                                QTimeZone("Europe/London"));
        std::unique_ptr<FilterBar> bar(newBar(Backend::Century, q));
        bar->setKnownSubjects({QStringLiteral("English"), QStringLiteral("Maths"), QStringLiteral("ESOL")});
        bar->setKnownPupils(pupils(12));
        bar->centuryPanel()->setMoreFiltersShown(true);
        for (int i : {0, 5, 9})
            addPupilByName(bar->centuryPanel()->pupilPicker(), pupils(12)[i].second);
        bar->setStatusCounts({0, 312, 888, 0, 0});
        bar->setLoadedCount(1200, 1200);
        QTest::qWait(50);
        bar->setFocus(); // no caret or selection in the pictures
        fitHeight(bar.get());
        QVERIFY(bar->grab().save(QStringLiteral("/tmp/filterbar-century.png")));
        QVERIFY2(bar->minimumSizeHint().width() <= kWidth, qPrintable(QString::number(bar->minimumSizeHint().width())));

        // A whole class chosen: the chips scroll sideways on their one line.
        for (const auto &pupil : pupils(34))
            addPupilByName(bar->centuryPanel()->pupilPicker(), pupil.second);
        fitHeight(bar.get());
        QTest::qWait(10);
        QVERIFY(bar->grab().save(QStringLiteral("/tmp/filterbar-century-class.png")));

        bar->centuryPanel()->setMoreFiltersShown(false);
        fitHeight(bar.get());
        QTest::qWait(10);
        QVERIFY(bar->grab().save(QStringLiteral("/tmp/filterbar-century-collapsed.png")));

        bar->centuryPanel()->subjectList()->showPopup();
        QTest::qWait(10);
        QVERIFY(bar->centuryPanel()->subjectList()->findChild<QListWidget *>()->window()->grab().save(
            QStringLiteral("/tmp/filterbar-century-subjects.png")));
        bar->centuryPanel()->subjectList()->hidePopup();

        bar->setBackend(Backend::Treasure, TreasureQuery{});
        bar->setStatusCounts({0, 12, 1188, 3, 1});
        bar->setLoadedCount(842, 1204);
        QTest::mouseClick(bar->statusChips()->chip(SessionStatus::Completed), Qt::LeftButton);
        QTest::keyClicks(bar->quickSearchBox()->lineEdit(), QStringLiteral("nightly"));
        bar->setFocus();
        fitHeight(bar.get());
        QTest::qWait(10);
        QVERIFY(bar->grab().save(QStringLiteral("/tmp/filterbar-treasure.png")));
        QVERIFY2(bar->minimumSizeHint().width() <= kWidth, qPrintable(QString::number(bar->minimumSizeHint().width())));

        bar->resetFilters();
        bar->setOrganizations({{QStringLiteral("org_1"), QStringLiteral("Acme QA")}, {QStringLiteral("org_2"), {}}});
        bar->setBackend(Backend::MobileNext, MobileNextQuery{200, QStringLiteral("org_1")});
        bar->setStatusCounts({0, 4, 96, 0, 0});
        bar->setLoadedCount(100, 100);
        bar->setFocus();
        fitHeight(bar.get());
        QTest::qWait(10);
        QVERIFY(bar->grab().save(QStringLiteral("/tmp/filterbar-mobilenext.png")));
        QVERIFY2(bar->minimumSizeHint().width() <= kWidth, qPrintable(QString::number(bar->minimumSizeHint().width())));
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
