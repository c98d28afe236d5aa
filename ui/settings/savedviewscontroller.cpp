#include "savedviewscontroller.h"

#include "viewcolumns.h"

#include "model/sessiontablemodel.h"
#include "sessions/filterbar.h"
#include "sessions/quicksearchbox.h"
#include "sessions/sessiontableview.h"
#include "sessions/statuschiprow.h"
#include "settings/savedviewjson.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolButton>

namespace {

// Small files only: a view is a few hundred bytes; anything big is not one.
constexpr qint64 kMaxViewFileBytes = 256 * 1024;

} // namespace

SavedViewsController::SavedViewsController(QWidget *window, SessionTableModel *model, SessionTableView *view,
                                           FilterBar *filterBar, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(model)
    , m_view(view)
    , m_filterBar(filterBar)
    , m_export(new QAction(tr("Export &view…"), this))
    , m_import(new QAction(tr("&Import view…"), this))
{
    m_export->setToolTip(tr("Save the current view (filters, columns, sort) as a small file to share; "
                            "no key and no session data"));
    m_export->setEnabled(false);
    connect(m_export, &QAction::triggered, this, &SavedViewsController::exportCurrent);
    connect(m_import, &QAction::triggered, this, &SavedViewsController::importInteractive);
}

SavedViewsController::~SavedViewsController() = default;

void SavedViewsController::connectionOpened(const Connection &connection)
{
    m_connection = connection;
    m_appliedId.clear();
    m_export->setEnabled(true);
    if (m_pending && m_pending->connectionId == connection.id) {
        const SavedView view = *m_pending;
        m_pending.reset();
        apply(view);
    }
}

void SavedViewsController::connectionClosed()
{
    m_connection.reset();
    m_export->setEnabled(false);
}

SavedView SavedViewsController::capture() const
{
    SavedView view;
    if (!m_connection)
        return view;
    view.connectionId = m_connection->id;
    view.backend = m_connection->backend;
    view.query = m_model->query();
    view.quickSearch = m_filterBar->quickSearchText();
    view.statusMask = m_filterBar->shownStatuses();
    const QHeaderView &header = *m_view->horizontalHeader();
    view.columns = visibleColumnIds(header, m_model->columns());
    const int sortSection = header.sortIndicatorSection();
    if (sortSection >= 0 && std::size_t(sortSection) < m_model->columns().size()) {
        view.sortColumn = m_model->columns()[std::size_t(sortSection)].id;
        view.sortOrder = header.sortIndicatorOrder();
    }
    view.live = m_live;
    return view;
}

void SavedViewsController::apply(const SavedView &view)
{
    if (!m_connection || m_connection->id != view.connectionId || m_connection->backend != view.backend)
        return;
    m_model->setQuery(view.query);
    m_filterBar->setBackend(view.backend, view.query);
    m_filterBar->quickSearchBox()->lineEdit()->setText(view.quickSearch);
    m_model->setSearchText(view.quickSearch);
    for (int s = 0; s < int(kSessionStatusCount); ++s) {
        if (QToolButton *chip = m_filterBar->statusChips()->chip(SessionStatus(s)))
            chip->setChecked(view.statusMask & (1u << s));
    }
    m_model->setStatusMask(view.statusMask);
    QHeaderView &header = *m_view->horizontalHeader();
    showColumns(header, m_model->columns(), view.columns);
    const ColumnDescriptor *sortColumn = findColumn(m_model->columns(), view.sortColumn);
    header.setSortIndicator(sortColumn ? int(sortColumn - m_model->columns().data()) : -1, view.sortOrder);
    m_live = view.live;
    emit liveRequested(view.live);
    m_appliedId = view.id;
    if (!view.name.isEmpty())
        emit message(tr("View “%1”").arg(view.name));
}

void SavedViewsController::openView(const SavedView &view)
{
    if (m_connection && m_connection->id == view.connectionId) {
        apply(view);
        return;
    }
    m_pending = view;
    emit connectionWanted(view.connectionId);
}

bool SavedViewsController::restoreAtStartup()
{
    std::optional<SavedView> view = m_store.find(m_store.startupViewId());
    if (!view)
        view = m_store.lastState();
    if (!view)
        return false;
    openView(*view);
    return true;
}

void SavedViewsController::rememberLastState()
{
    if (m_connection)
        m_store.setLastState(capture());
}

void SavedViewsController::saveCurrent()
{
    if (!m_connection)
        return;
    const std::optional<SavedView> applied = m_store.find(m_appliedId);
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal,
                                               applied ? applied->name : QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    SavedView view = capture();
    view.name = name;
    if (applied && applied->name.compare(name, Qt::CaseInsensitive) == 0) {
        view.id = applied->id;
        view.lastExportEndMs = applied->lastExportEndMs;
    }
    m_appliedId = m_store.save(view).id;
    emit message(tr("Saved the view “%1”").arg(name));
}

void SavedViewsController::renameView(const QString &id)
{
    const std::optional<SavedView> view = m_store.find(id);
    if (!view)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename view"), tr("New name:"), QLineEdit::Normal,
                                               view->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_store.rename(id, name);
}

void SavedViewsController::deleteView(const QString &id)
{
    const std::optional<SavedView> view = m_store.find(id);
    if (!view)
        return;
    if (QMessageBox::question(m_window, tr("Delete view"), tr("Delete the view “%1”?").arg(view->name))
        == QMessageBox::Yes)
        m_store.remove(id);
}

void SavedViewsController::fillViewsMenu(QMenu *menu)
{
    // Rebuilt each time it opens: views change from dialogs, the command line and imports.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        QAction *save = menu->addAction(tr("&Save view…"), this, &SavedViewsController::saveCurrent);
        save->setShortcut(QKeySequence::Save);
        save->setEnabled(m_connection.has_value());
        const QList<SavedView> views = m_store.list();
        if (!views.isEmpty())
            menu->addSeparator();
        const QString startup = m_store.startupViewId();
        for (const SavedView &view : views) {
            QMenu *sub = menu->addMenu(view.id == startup ? tr("%1 (start-up)").arg(view.name) : view.name);
            sub->addAction(tr("&Open"), this, [this, view] { openView(view); });
            sub->addAction(tr("&Rename…"), this, [this, id = view.id] { renameView(id); });
            QAction *atStart = sub->addAction(tr("Open at &start-up"));
            atStart->setCheckable(true);
            atStart->setChecked(view.id == startup);
            connect(atStart, &QAction::toggled, this,
                    [this, id = view.id](bool on) { m_store.setStartupViewId(on ? id : QString()); });
            sub->addSeparator();
            sub->addAction(tr("&Delete"), this, [this, id = view.id] { deleteView(id); });
        }
    });
    menu->addAction(tr("&Save view…")); // so the menu bar shows it before the first opening
}

bool SavedViewsController::exportViewTo(const QString &fileName, const SavedView &view, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(savedviewjson::write(view, savedviewjson::Purpose::File)) < 0 || !file.commit()) {
        *error = tr("The view could not be written to %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

std::optional<SavedView> SavedViewsController::importViewFrom(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be opened: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxViewFileBytes) {
        *error = tr("%1 is too large to be a SessionScope view.").arg(fileName);
        return std::nullopt;
    }
    std::optional<SavedView> view = savedviewjson::read(file.readAll(), savedviewjson::Purpose::File, error);
    if (!view)
        return std::nullopt;
    // The file may come from another computer: keep its connection when it exists here,
    // otherwise the open one (same service), otherwise refuse.
    const bool known = m_connection && m_connection->id == view->connectionId;
    if (!known) {
        if (m_connection && m_connection->backend == view->backend) {
            view->connectionId = m_connection->id;
        } else {
            *error = tr("This view is for %1: open a %1 connection first, then import it.")
                         .arg(backendDisplayName(view->backend));
            return std::nullopt;
        }
    }
    view->id.clear();
    return m_store.save(*view);
}

void SavedViewsController::exportCurrent()
{
    SavedView view = capture();
    const std::optional<SavedView> applied = m_store.find(m_appliedId);
    view.name = applied ? applied->name : tr("%1 view").arg(m_connection ? m_connection->name : QString());
    const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Export view"), view.name + QStringLiteral(".json"),
                                                          tr("SessionScope view (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportViewTo(fileName, view, &error))
        emit message(tr("Exported the view to %1").arg(fileName));
    else
        QMessageBox::warning(m_window, tr("Export view"), error);
}

void SavedViewsController::importInteractive()
{
    const QString fileName = QFileDialog::getOpenFileName(m_window, tr("Import view"), QString(),
                                                          tr("SessionScope view (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    const std::optional<SavedView> view = importViewFrom(fileName, &error);
    if (!view) {
        QMessageBox::warning(m_window, tr("Import view"), error);
        return;
    }
    openView(*view);
}
