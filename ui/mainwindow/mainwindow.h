#pragma once

#include "model/filtervocabulary.h"
#include "settings/connection.h"

#include <QTimer>

#include <QMainWindow>

class ConnectionPicker;
class ConnectionsController;
class KeyStore;
class QStackedWidget;
class SavedViewsController;
class WelcomePage;
class ChartsDock;
class DetailPane;
class LiveController;
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
    LiveController *liveController() const { return m_live; }
    ChartsDock *chartsDock() const { return m_chartsDock; }

    // Opens a connection by id (e.g. "demo-century"); false when there is no such one.
    // A saved connection opens once its key has been read from the keychain.
    bool openConnection(const QString &connectionId);
    // Drops the open connection's rows, key and client; the welcome page shows again.
    void closeConnection();
    // The start-up view, else the state the window was closed in; false: the welcome page stays.
    bool restoreStartupView();
    WelcomePage *welcomePage() const { return m_welcome; }
    ConnectionsController *connections() const { return m_connections; }
    SavedViewsController *savedViews() const { return m_views; }
    void showConnectionStatus(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void open(const Connection &connection, const QByteArray &key);
    void wireConnections();
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
    LiveController *m_live = nullptr;
    KeyStore *m_keys;
    ConnectionsController *m_connections;
    SavedViewsController *m_views;
    WelcomePage *m_welcome;
    QStackedWidget *m_pages; // the welcome page while no connection is open, else the table
};
