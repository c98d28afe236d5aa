#include "exportcontroller.h"

#include "exportdialog.h"

#include "model/sessiontablemodel.h"
#include "settings/connectionsession.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

ExportController::ExportController(QWidget *window, SessionTableModel *model, QTableView *view,
                                   std::function<ConnectionSession *()> session)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_view(view)
    , m_session(std::move(session))
    , m_action(new QAction(tr("&Export…"), this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setStatusTip(tr("Write the sessions to a CSV or Excel file"));
    connect(m_action, &QAction::triggered, this, &ExportController::openDialog);
    // open() and close() reset the model: the moments a connection comes and goes.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExportController::updateEnabled);
    updateEnabled();
}

void ExportController::updateEnabled()
{
    m_action->setEnabled(m_model->isOpen());
}

void ExportController::openDialog()
{
    ConnectionSession *session = m_session ? m_session() : nullptr;
    if (!m_model->isOpen() || !session)
        return;
    // The table's visible columns in the order the user arranged them.
    QStringList shown;
    const QHeaderView *header = m_view->horizontalHeader();
    const ColumnList &columns = m_model->columns();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && size_t(logical) < columns.size() && !header->isSectionHidden(logical))
            shown << columns[size_t(logical)].id;
    }
    ExportDialog dialog(*m_model, session->source(), session->client(), shown, m_window);
    dialog.exec();
}
