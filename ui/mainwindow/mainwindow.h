#pragma once

#include "model/filtervocabulary.h"
#include "settings/connection.h"

#include <QTimer>

#include <QMainWindow>

class ConnectionPicker;
class ChartsDock;
class DetailPane;
class FilterBar;
class QDockWidget;
class ConnectionSession;
class DemoConnections;
class FetchStatusPanel;
class QLabel;
class SessionTableModel;
class SessionTableView;

// Composes the window's parts and wires them; owns no business logic (DESIGN.md section 7).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionTableView *sessionsView() const { return m_view; }
    SessionTableModel *sessionsModel() const { return m_model; }
    FetchStatusPanel *fetchStatus() const { return m_fetchStatus; }
    DemoConnections *demoConnections() const { return m_demo; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailPane *detailPane() const { return m_detail; }
    QDockWidget *detailDock() const { return m_detailDock; }
    ChartsDock *chartsDock() const { return m_chartsDock; }

    // Opens a connection by id (e.g. "demo-century"); false when there is no such one.
    bool openConnection(const QString &connectionId);
    void showConnectionStatus(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void open(const Connection &connection);
    void createMenus();
    void wireFilters();
    void wireDetail();
    void showSelectedSession();
    void refreshFilterChoices();
    void restoreWindowState();
    void showAbout();

    DemoConnections *m_demo;
    SessionTableModel *m_model;
    SessionTableView *m_view;
    FetchStatusPanel *m_fetchStatus;
    ConnectionPicker *m_picker;
    QLabel *m_connectionStatus;
    FilterBar *m_filterBar;
    DetailPane *m_detail;
    QDockWidget *m_detailDock;
    ChartsDock *m_chartsDock = nullptr;
    FilterVocabulary m_vocabulary;
    QTimer m_choicesTimer; // new pupils, tests and subjects reach the filter bar in batches
    ConnectionSession *m_session = nullptr;
};
