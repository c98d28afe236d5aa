#include "filtercenturypanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "domain/queryedits.h"
#include "filterchecklist.h"
#include "filterdaterange.h"
#include "filterpupilpicker.h"

namespace {

// The order box's items: field and direction in one number.
int orderCode(CenturyDateField field, SortDirection direction)
{
    return int(field) * 2 + int(direction);
}

} // namespace

FilterCenturyPanel::FilterCenturyPanel(QWidget *parent)
    : FilterPanel(parent)
{
    // Made in reading order, which is the Tab order.
    QWidget *scope = createScope();
    m_started = new FilterDateRange(tr("Started"), tr("start date"), this);
    connect(m_started, &FilterDateRange::rangeEdited, this, [this](const LocalDayRange &range) {
        edit(withCenturyDayRange(m_query, CenturyDateField::StartDate, range, m_zone));
    });

    m_subjects = new FilterCheckList(tr("Subject"), tr("Subjects"), this);
    m_subjects->setAccessibleName(tr("Subjects"));
    m_subjects->setEmptyText(tr("No subjects in the loaded rows yet"));
    connect(m_subjects, &FilterCheckList::selectionEdited, this, [this](const QStringList &ids) {
        CenturyQuery q = m_query;
        q.subjects = ids;
        edit(q);
    });

    m_tests = new FilterCheckList(tr("Test"), tr("Tests"), this);
    m_tests->setAccessibleName(tr("Assessments"));
    m_tests->setEmptyText(tr("No tests in the loaded rows yet"));
    connect(m_tests, &FilterCheckList::selectionEdited, this, [this](const QStringList &ids) {
        CenturyQuery q = m_query;
        q.testIds = ids;
        edit(q);
    });

    m_moreButton = new QToolButton(this);
    m_moreButton->setCheckable(true);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setArrowType(Qt::RightArrow);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setAccessibleName(tr("More filters"));
    m_moreButton->setAccessibleDescription(tr("Shows or hides end dates, status, order and pupils."));
    connect(m_moreButton, &QToolButton::toggled, this, &FilterCenturyPanel::setMoreFiltersShown);

    auto *first = new QHBoxLayout;
    first->setSpacing(8);
    first->addWidget(scope);
    first->addWidget(m_started);
    first->addWidget(m_subjects);
    first->addWidget(m_tests);
    first->addWidget(m_moreButton);
    first->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(first);
    layout->addWidget(createMoreFilters());
    setMoreFiltersShown(false);
    showQuery();
}

QWidget *FilterCenturyPanel::createScope()
{
    auto *box = new QWidget(this);
    box->setAccessibleName(tr("Which sessions"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_scope = new QButtonGroup(box);
    const struct
    {
        CenturyScope scope;
        QString text;
        QString name;
    } buttons[] = {
        {CenturyScope::All, tr("All"), tr("All sessions")},
        {CenturyScope::InProgress, tr("In progress"), tr("Sessions in progress only")},
        {CenturyScope::Completed, tr("Completed"), tr("Completed sessions only")},
    };
    for (const auto &b : buttons) {
        auto *button = new QToolButton(box);
        button->setText(b.text);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(b.name);
        button->setToolTip(b.name);
        m_scope->addButton(button, int(b.scope));
        layout->addWidget(button);
    }
    connect(m_scope, &QButtonGroup::idClicked, this,
            [this](int id) { edit(withCenturyScope(m_query, CenturyScope(id))); });
    return box;
}

QWidget *FilterCenturyPanel::createMoreFilters()
{
    m_more = new QWidget(this);
    m_ended = new FilterDateRange(tr("Ended"), tr("end date"), m_more);
    connect(m_ended, &FilterDateRange::rangeEdited, this, [this](const LocalDayRange &range) {
        edit(withCenturyDayRange(m_query, CenturyDateField::EndDate, range, m_zone));
    });

    auto *statusCaption = new QLabel(tr("Status"), m_more);
    m_status = new QComboBox(m_more);
    m_status->addItem(tr("Any"), int(CenturyStatusFilter::Any));
    m_status->addItem(tr("In progress"), int(CenturyStatusFilter::InProgress));
    m_status->addItem(tr("Completed"), int(CenturyStatusFilter::Completed));
    m_status->setAccessibleName(tr("Status"));
    statusCaption->setBuddy(m_status);
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        edit(withCenturyStatus(m_query, CenturyStatusFilter(m_status->itemData(index).toInt())));
    });

    auto *orderCaption = new QLabel(tr("Order"), m_more);
    m_order = new QComboBox(m_more);
    m_order->addItem(tr("Started, oldest first"), orderCode(CenturyDateField::StartDate, SortDirection::Ascending));
    m_order->addItem(tr("Started, newest first"), orderCode(CenturyDateField::StartDate, SortDirection::Descending));
    m_order->addItem(tr("Ended, oldest first"), orderCode(CenturyDateField::EndDate, SortDirection::Ascending));
    m_order->addItem(tr("Ended, newest first"), orderCode(CenturyDateField::EndDate, SortDirection::Descending));
    m_order->setAccessibleName(tr("Server order"));
    m_order->setAccessibleDescription(tr("The order the server sends pages in; decides which sessions load first."));
    m_order->setToolTip(tr("The order the server sends pages in, which decides which sessions load first. "
                           "Click a column header to sort the loaded rows."));
    orderCaption->setBuddy(m_order);
    connect(m_order, &QComboBox::activated, this, [this](int index) {
        const int code = m_order->itemData(index).toInt();
        edit(withCenturySort(m_query, CenturyDateField(code / 2), SortDirection(code % 2)));
    });

    m_pupils = new FilterPupilPicker(m_more);
    connect(m_pupils, &FilterPupilPicker::userIdsEdited, this, [this](const QStringList &ids) {
        CenturyQuery q = m_query;
        q.userIds = ids;
        edit(q);
    });

    auto *dates = new QHBoxLayout;
    dates->setSpacing(8);
    dates->addWidget(m_ended);
    dates->addWidget(statusCaption);
    dates->addWidget(m_status);
    dates->addWidget(orderCaption);
    dates->addWidget(m_order);
    dates->addStretch();
    // Pupils get a line of their own: a class list of chips needs the width.
    auto *pupilCaption = new QLabel(tr("Pupils"), m_more);
    pupilCaption->setBuddy(m_pupils->searchEdit());
    auto *pupils = new QHBoxLayout;
    pupils->setSpacing(8);
    pupils->addWidget(pupilCaption);
    pupils->addWidget(m_pupils, 1);
    auto *layout = new QVBoxLayout(m_more);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(dates);
    layout->addLayout(pupils);
    return m_more;
}

void FilterCenturyPanel::setQuery(const Query &query)
{
    m_query = std::get<CenturyQuery>(query);
    showQuery();
    // A query that uses the second line (restored from settings) opens it.
    if (moreFilterCount() > 0)
        setMoreFiltersShown(true);
}

void FilterCenturyPanel::setKnownSubjects(const QStringList &subjects)
{
    QList<QPair<QString, QString>> choices;
    choices.reserve(subjects.size());
    for (const QString &subject : subjects)
        choices.append({subject, subject});
    m_subjects->setChoices(choices);
}

void FilterCenturyPanel::setKnownTests(const QList<QPair<QString, QString>> &tests)
{
    m_tests->setChoices(tests);
}

void FilterCenturyPanel::setKnownPupils(const QList<QPair<QString, QString>> &pupils)
{
    m_pupils->setKnownPupils(pupils);
}

void FilterCenturyPanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    showQuery();
}

void FilterCenturyPanel::setMoreFiltersShown(bool shown)
{
    m_more->setVisible(shown);
    const QSignalBlocker blocker(m_moreButton);
    m_moreButton->setChecked(shown);
    m_moreButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

bool FilterCenturyPanel::moreFiltersShown() const
{
    return m_moreButton->isChecked();
}

void FilterCenturyPanel::edit(const CenturyQuery &query)
{
    m_query = query;
    // The edit may have changed more than the widget that made it (a narrower scope drops
    // the status and end dates): show the whole query again.
    showQuery();
    emit edited(FilterEditPace::Now);
}

int FilterCenturyPanel::moreFilterCount() const
{
    // The order is not counted: it narrows nothing (and Reset keeps it).
    return int(!centuryDayRange(m_query, CenturyDateField::EndDate, m_zone).isOpen())
        + int(m_query.status != CenturyStatusFilter::Any)
        + int(!m_query.userIds.isEmpty());
}

void FilterCenturyPanel::showQuery()
{
    if (QAbstractButton *button = m_scope->button(int(m_query.scope)))
        button->setChecked(true);
    m_started->setRange(centuryDayRange(m_query, CenturyDateField::StartDate, m_zone));
    m_subjects->setSelectedIds(m_query.subjects);
    m_tests->setSelectedIds(m_query.testIds);

    const bool inProgress = m_query.scope == CenturyScope::InProgress;
    m_ended->setRange(centuryDayRange(m_query, CenturyDateField::EndDate, m_zone));
    m_ended->setEnabled(!inProgress);
    m_ended->setToolTip(inProgress ? tr("Sessions in progress have no end date.") : QString());

    m_status->setCurrentIndex(m_status->findData(int(m_query.status)));
    m_status->setEnabled(m_query.scope == CenturyScope::All);
    m_status->setToolTip(m_query.scope == CenturyScope::All
                             ? tr("Sessions in progress, completed, or both")
                             : tr("The status filter applies when All sessions are listed."));

    if (auto *items = qobject_cast<QStandardItemModel *>(m_order->model())) {
        for (int row = 0; row < items->rowCount(); ++row) {
            const bool endDate = CenturyDateField(m_order->itemData(row).toInt() / 2) == CenturyDateField::EndDate;
            items->item(row)->setEnabled(!(endDate && inProgress));
        }
    }
    m_order->setCurrentIndex(m_order->findData(orderCode(m_query.sortField, m_query.sortDirection)));
    m_pupils->setUserIds(m_query.userIds);

    const int more = moreFilterCount();
    m_moreButton->setText(more > 0 ? tr("More filters (%1)").arg(more) : tr("More filters"));
}
