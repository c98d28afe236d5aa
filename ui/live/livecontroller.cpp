#include "livecontroller.h"

#include "livenotifier.h"
#include "livestatuslabel.h"

#include "live/livewatcher.h"
#include "model/sessiontablemodel.h"
#include "sessions/sessiontableview.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QWidget>

LiveController::LiveController(SessionTableModel *model, SessionTableView *view, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_view(view)
    , m_window(window)
    , m_watcher(new LiveWatcher(model, this))
    , m_notifier(new LiveNotifier(m_watcher, model, this))
    , m_label(new LiveStatusLabel(m_watcher))
{
    m_toggle = new QAction(QIcon(QStringLiteral(":/icons/status/live.svg")), tr("&Live"), this);
    m_toggle->setObjectName(QStringLiteral("liveAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_toggle->setToolTip(tr("Watch sessions as they start and finish (Ctrl+L)"));
    m_toggle->setEnabled(false);
    connect(m_toggle, &QAction::toggled, this, &LiveController::setLive);

    m_checkNow = new QAction(tr("Chec&k for changes now"), this);
    m_checkNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    m_checkNow->setEnabled(false);
    connect(m_checkNow, &QAction::triggered, m_watcher, &LiveWatcher::pollNow);

    m_notify = new QAction(tr("&Notify when sessions finish"), this);
    m_notify->setCheckable(true);
    m_notify->setChecked(true);
    connect(m_notify, &QAction::toggled, m_notifier, &LiveNotifier::setNotificationsEnabled);
    window->installEventFilter(this);
}

LiveController::~LiveController()
{
    if (m_label && !m_label->parent())
        delete m_label.data(); // never placed in a status bar
}

QWidget *LiveController::statusWidget() const
{
    return m_label.data();
}

void LiveController::setConnection(const std::optional<Connection> &connection)
{
    m_toggle->setChecked(false);
    m_toggle->setEnabled(connection.has_value());
    if (!connection)
        return;
    LivePolicy policy = m_watcher->policy();
    if (connection->pollIntervalSeconds > 0)
        policy.interval = std::chrono::seconds(connection->pollIntervalSeconds);
    m_watcher->setPolicy(policy);
    m_notify->setChecked(connection->notifications);
    m_notifier->setNotificationsEnabled(connection->notifications);
}

void LiveController::setLive(bool on)
{
    if (on)
        showServerOrder();
    m_checkNow->setEnabled(on);
    updateBackground();
    m_watcher->setEnabled(on);
}

// New sessions land where the sort puts them. Arrival order has no place for a session that
// arrives later, so a live view without a sort is sorted the way the server sends it
// (newest first by default): what the user sees does not change, new rows go on top.
void LiveController::showServerOrder()
{
    if (m_model->viewSpec().sorts() || !m_model->isOpen())
        return;
    QString column = QStringLiteral("started");
    Qt::SortOrder order = Qt::DescendingOrder;
    if (const auto *century = std::get_if<CenturyQuery>(&m_model->query())) {
        if (century->sortField == CenturyDateField::EndDate)
            column = QStringLiteral("ended");
        order = century->sortDirection == SortDirection::Ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    }
    const ColumnList &columns = m_model->columns();
    if (const ColumnDescriptor *found = findColumn(columns, column))
        m_view->sortByColumn(int(found - columns.data()), order);
}

bool LiveController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::WindowStateChange:
        case QEvent::Show:
        case QEvent::Hide:
            updateBackground();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void LiveController::updateBackground()
{
    m_watcher->setBackground(!m_window->isVisible() || m_window->isMinimized());
}
