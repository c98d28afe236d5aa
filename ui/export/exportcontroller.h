#pragma once

#include <QObject>

#include <functional>

class ConnectionSession;
class QAction;
class QTableView;
class QWidget;
class SessionTableModel;

// File > Export… (Ctrl+E): enabled while a connection is open, opens an ExportDialog on the
// table's rows and columns as the user sees them. Keeps MainWindow's part to one line.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    // `session` answers the open connection (or null) when the dialog opens.
    ExportController(QWidget *window, SessionTableModel *model, QTableView *view,
                     std::function<ConnectionSession *()> session);

    QAction *action() const { return m_action; }
    void openDialog();

private:
    void updateEnabled();

    QWidget *m_window;
    SessionTableModel *m_model;
    QTableView *m_view;
    std::function<ConnectionSession *()> m_session;
    QAction *m_action;
};
