#include "filterbar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

#include "domain/queryedits.h"
#include "filtercenturypanel.h"
#include "filtericons.h"
#include "filtermobilenextpanel.h"
#include "filtertreasurepanel.h"
#include "quicksearchbox.h"
#include "statuschiprow.h"

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Filters"));
    m_queryTimer.setSingleShot(true);
    connect(&m_queryTimer, &QTimer::timeout, this, &FilterBar::emitQuery);

    m_century = new FilterCenturyPanel(this);
    m_treasure = new FilterTreasurePanel(this);
    m_mobileNext = new FilterMobileNextPanel(this);
    auto *panels = new QVBoxLayout;
    panels->setContentsMargins(0, 0, 0, 0);
    for (FilterPanel *panel : {static_cast<FilterPanel *>(m_century), static_cast<FilterPanel *>(m_treasure),
                               static_cast<FilterPanel *>(m_mobileNext)}) {
        panels->addWidget(panel);
        connect(panel, &FilterPanel::edited, this, [this](FilterEditPace pace) {
            onPanelEdited(pace == FilterEditPace::Typing ? kTypingDebounceMs : 0);
        });
    }

    m_search = new QuickSearchBox(this);
    connect(m_search, &QuickSearchBox::searchChanged, this, [this](const QString &text) {
        updateReset();
        emit quickSearchChanged(text);
    });
    connect(m_search, &QuickSearchBox::typing, this, &FilterBar::updateReset);

    m_chips = new StatusChipRow(this);
    connect(m_chips, &StatusChipRow::shownMaskEdited, this, &FilterBar::emitStatuses);

    m_reset = new QPushButton(tr("Reset filters"), this);
    m_reset->setAccessibleName(tr("Reset filters"));
    m_reset->setAccessibleDescription(tr("Clears the server filters, the quick search and the status buttons."));
    m_reset->setToolTip(m_reset->accessibleDescription());
    connect(m_reset, &QPushButton::clicked, this, &FilterBar::resetFilters);

    auto *clientLine = new QHBoxLayout;
    clientLine->setSpacing(10);
    clientLine->addWidget(m_search, 1);
    clientLine->addWidget(m_chips, 0, Qt::AlignTop);
    // Reset ends the last line: it clears both kinds of filter.
    clientLine->addWidget(m_reset, 0, Qt::AlignTop);

    const QString serverTip = tr("These filters are applied by the server: changing one reloads the list.");
    const QString clientTip = tr("These only filter the rows already loaded; the server is not asked again.");
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->addWidget(createCaption(filterReloadIcon(this), tr("Server filters"), serverTip), 0, 0, Qt::AlignTop);
    grid->addLayout(panels, 0, 1);
    grid->addWidget(createCaption(filterSearchIcon(this), tr("Loaded rows"), clientTip), 1, 0, Qt::AlignTop);
    grid->addLayout(clientLine, 1, 1);
    grid->setColumnStretch(1, 1);

    setBackend(Backend::Century, CenturyQuery{});
}

FilterBar::~FilterBar() = default;

QWidget *FilterBar::createCaption(const QIcon &icon, const QString &text, const QString &tip)
{
    auto *caption = new QWidget(this);
    caption->setToolTip(tip);
    auto *iconLabel = new QLabel(caption);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    iconLabel->setPixmap(icon.pixmap(size, size));
    auto *textLabel = new QLabel(text, caption);
    QFont font = textLabel->font();
    font.setBold(true);
    textLabel->setFont(font);
    // One word a line: the caption column costs the filters as little width as it can.
    int widest = 0;
    for (const QString &word : text.split(QLatin1Char(' ')))
        widest = qMax(widest, QFontMetrics(font).horizontalAdvance(word));
    textLabel->setWordWrap(true);
    textLabel->setFixedWidth(widest + 2);
    // The caption is part of what a screen reader says for the group, not a stop of its own.
    textLabel->setAccessibleDescription(tip);
    auto *layout = new QHBoxLayout(caption);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(iconLabel);
    layout->addWidget(textLabel);
    layout->addStretch();
    return caption;
}

void FilterBar::setBackend(Backend backend, const Query &query)
{
    m_queryTimer.stop();
    m_backend = backend;
    // A query of another backend is a caller's mistake; show the backend's defaults rather
    // than crash on the wrong alternative.
    if (queryBackend(query) != backend)
        qWarning("FilterBar::setBackend: the query is not one of %s", qPrintable(backendId(backend)));
    if (queryBackend(query) == backend)
        m_query = query;
    else if (backend == Backend::Century)
        m_query = CenturyQuery{};
    else if (backend == Backend::Treasure)
        m_query = TreasureQuery{};
    else
        m_query = MobileNextQuery{};

    m_century->setVisible(backend == Backend::Century);
    m_treasure->setVisible(backend == Backend::Treasure);
    m_mobileNext->setVisible(backend == Backend::MobileNext);
    currentPanel()->setQuery(m_query);

    m_chips->setStatuses(backendSessionStatuses(backend));
    updateReset();
    emitStatuses();
}

FilterPanel *FilterBar::currentPanel() const
{
    switch (m_backend) {
    case Backend::Century: return m_century;
    case Backend::Treasure: return m_treasure;
    case Backend::MobileNext: return m_mobileNext;
    }
    return m_century;
}

void FilterBar::setKnownSubjects(const QStringList &subjects)
{
    m_century->setKnownSubjects(subjects);
}

void FilterBar::setKnownTests(const QList<QPair<QString, QString>> &tests)
{
    m_century->setKnownTests(tests);
}

void FilterBar::setKnownPupils(const QList<QPair<QString, QString>> &pupils)
{
    m_century->setKnownPupils(pupils);
}

void FilterBar::setOrganizations(const QList<QPair<QString, QString>> &organizations)
{
    m_mobileNext->setOrganizations(organizations);
}

void FilterBar::setLoadedCount(qsizetype shown, qsizetype loaded)
{
    m_search->setLoadedCount(shown, loaded);
}

void FilterBar::setStatusCounts(const SessionStatusCounts &counts)
{
    m_chips->setCounts(counts);
}

QString FilterBar::quickSearchText() const
{
    return m_search->text();
}

quint32 FilterBar::shownStatuses() const
{
    return m_chips->shownMask();
}

void FilterBar::onPanelEdited(int delayMs)
{
    // A click after typed keys sends both at once; typed keys after a click wait for the
    // pause, taking the click with them.
    m_queryTimer.start(delayMs);
    updateReset();
}

void FilterBar::emitQuery()
{
    m_queryTimer.stop();
    const Query edited = currentPanel()->query();
    if (edited == m_query)
        return;
    m_query = edited;
    emit queryChanged(m_query);
}

void FilterBar::emitStatuses()
{
    updateReset();
    const quint32 shown = m_chips->shownMask();
    if (shown == m_reportedStatuses)
        return;
    m_reportedStatuses = shown;
    emit statusFilterChanged(shown);
}

void FilterBar::resetFilters()
{
    currentPanel()->setQuery(withFiltersReset(currentPanel()->query()));
    emitQuery();
    m_search->clear();
    m_chips->showAll();
    emitStatuses();
}

void FilterBar::updateReset()
{
    const bool typed = !m_search->lineEdit()->text().trimmed().isEmpty();
    m_reset->setEnabled(hasServerFilters(currentPanel()->query()) || typed || !m_search->text().isEmpty()
                        || m_chips->shownMask() != kEverySessionStatus);
}

void FilterBar::focusQuickSearch()
{
    m_search->focusSearch();
}
