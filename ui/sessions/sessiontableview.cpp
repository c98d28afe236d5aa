#include "sessiontableview.h"

#include "model/sessiontablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>

namespace {

QString settingsKey(const QString &stateKey)
{
    return QStringLiteral("table/%1/header").arg(stateKey);
}

} // namespace

SessionTableView::SessionTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("sessionsView"));
    setAccessibleName(tr("Sessions"));
    setAccessibleDescription(tr("One row per session. Enter shows every detail of the selected session."));
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setSortingEnabled(true);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(ScrollPerPixel);
    // A fixed row height keeps scrolling through a million rows cheap; ResizeToContents on
    // the vertical header measures every row (DESIGN.md section 4).
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    // No indicator means arrival order, the order the server sent.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &SessionTableView::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, &SessionTableView::saveColumnState);
    connect(header, &QHeaderView::sectionResized, this, &SessionTableView::saveColumnState);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &SessionTableView::saveColumnState);
    connect(this, &QAbstractItemView::doubleClicked, this, &SessionTableView::detailRequested);
}

SessionTableView::~SessionTableView() = default;

void SessionTableView::adoptColumns(const QString &stateKey)
{
    m_stateKey.clear(); // restoring fires sectionResized; do not save half-restored states
    const QByteArray state = QSettings().value(settingsKey(stateKey)).toByteArray();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        applyDefaultColumns();
    // A restored sort indicator must reach the model too.
    const QHeaderView *header = horizontalHeader();
    if (header->sortIndicatorSection() >= 0 && model())
        model()->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_stateKey = stateKey;
}

void SessionTableView::applyDefaultColumns()
{
    const auto *sessions = qobject_cast<const SessionTableModel *>(model());
    QHeaderView *header = horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    if (!sessions)
        return;
    const ColumnList &columns = sessions->columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const int section = int(i);
        header->moveSection(header->visualIndex(section), section);
        header->setSectionHidden(section, !columns[i].visibleByDefault);
        const bool wide = columns[i].type == ColumnType::Text || columns[i].type == ColumnType::Status;
        header->resizeSection(section, fontMetrics().horizontalAdvance(QLatin1Char('x')) * (wide ? 22 : 17));
    }
}

void SessionTableView::saveColumnState() const
{
    if (!m_stateKey.isEmpty())
        QSettings().setValue(settingsKey(m_stateKey), horizontalHeader()->saveState());
}

void SessionTableView::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    QAbstractItemModel *m = model();
    if (!m || m->columnCount() == 0) {
        menu->addAction(tr("No columns yet"))->setEnabled(false);
        return;
    }
    QHeaderView *header = horizontalHeader();
    for (int section = 0; section < m->columnCount(); ++section) {
        QAction *action = menu->addAction(m->headerData(section, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        action->setToolTip(m->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString());
        connect(action, &QAction::toggled, this, [this, header, section](bool shown) {
            // Keep at least one column: a table with none looks broken, not empty.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(section, !shown);
            saveColumnState();
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Restore default columns"), this, [this] {
        applyDefaultColumns();
        saveColumnState();
    });
}

void SessionTableView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    fillColumnMenu(&menu);
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void SessionTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit detailRequested();
        return;
    }
    QTableView::keyPressEvent(event);
}

void SessionTableView::setModel(QAbstractItemModel *model)
{
    if (auto *old = qobject_cast<SessionTableModel *>(this->model()))
        old->disconnect(this);
    QTableView::setModel(model);
    if (auto *sessions = qobject_cast<SessionTableModel *>(model)) {
        connect(sessions, &SessionTableModel::liveRowsAboutToBePlaced, this, &SessionTableView::rememberScrollAnchor);
        connect(sessions, &SessionTableModel::liveRowsPlaced, this, &SessionTableView::restoreScrollAnchor);
    }
}

void SessionTableView::rememberScrollAnchor()
{
    const QScrollBar *bar = verticalScrollBar();
    m_anchorAtTop = bar->value() == bar->minimum();
    m_anchorAtBottom = !m_anchorAtTop && bar->value() == bar->maximum();
    m_anchor = indexAt(QPoint(1, 1));
}

void SessionTableView::restoreScrollAnchor()
{
    // The scroll range follows the new row count only after the view's delayed layout.
    executeDelayedItemsLayout();
    QScrollBar *bar = verticalScrollBar();
    if (m_anchorAtTop)
        bar->setValue(bar->minimum());
    else if (m_anchorAtBottom)
        bar->setValue(bar->maximum());
    else if (m_anchor.isValid())
        scrollTo(m_anchor, PositionAtTop);
    m_anchor = QPersistentModelIndex();
}
