#include "mainwindow.h"

#include "connectionpicker.h"

#include "charts/chartsdock.h"
#include "detail/detailpane.h"
#include "live/livecontroller.h"
#include "export/exportcontroller.h"
#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"
#include "sessions/filterbar.h"
#include "sessions/fetchstatuspanel.h"
#include "sessions/sessiontableview.h"
#include "settings/connectionsession.h"
#include "settings/democonnections.h"
#include "settings/connectionscontroller.h"
#include "settings/keystore.h"
#include "settings/preferencesdialog.h"
#include "settings/savedviewscontroller.h"
#include "settings/welcomepage.h"
#include "sources/sessionsource.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_demo(new DemoConnections(this))
    , m_model(new SessionTableModel(this))
    , m_view(new SessionTableView(this))
    , m_fetchStatus(new FetchStatusPanel(this))
    , m_picker(new ConnectionPicker(this))
    , m_connectionStatus(new QLabel(this))
    , m_filterBar(new FilterBar(this))
    , m_detail(new DetailPane(this))
    , m_detailDock(new QDockWidget(tr("Session details"), this))
    , m_keys(new KeyStore(this))
    , m_connections(new ConnectionsController(this, m_keys, this))
    , m_views(new SavedViewsController(this, m_model, m_view, m_filterBar, this))
    , m_welcome(new WelcomePage(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(QStringLiteral("SessionScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sessionscope.svg")));

    m_view->setModel(m_model);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(central);
    setCentralWidget(m_pages);
    m_filterBar->setEnabled(false);

    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    m_detail->setMinimumWidth(360); // the narrowest the pane is laid out for
    m_detailDock->setAccessibleName(tr("Session details"));
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    // Charts share the right side with the details as a tab, hidden until asked for (a
    // hidden panel computes nothing).
    m_chartsDock = new ChartsDock(m_model, this);
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);
    tabifyDockWidget(m_detailDock, m_chartsDock);
    m_chartsDock->hide();

    QToolBar *toolbar = addToolBar(tr("Connection"));
    toolbar->setObjectName(QStringLiteral("connectionToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_picker);
    m_live = new LiveController(m_model, m_view, this);
    toolbar->addAction(m_live->toggleAction());
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_picker->setConnections(m_connections->pickerConnections());

    m_fetchStatus->setModel(m_model);
    statusBar()->addWidget(m_fetchStatus, 1);
    statusBar()->addPermanentWidget(m_live->statusWidget());
    statusBar()->addPermanentWidget(m_connectionStatus);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    connect(m_fetchStatus, &FetchStatusPanel::loadAllRequested, m_model, &SessionTableModel::fetchAll);

    wireFilters();
    wireDetail();
    wireConnections();
    createMenus();
    showConnectionStatus(QString()); // the fetch panel says "No connection open"
    resize(1200, 760);
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The model's pager talks through the session's ApiClient: close it first.
    m_model->close();
}

bool MainWindow::openConnection(const QString &connectionId)
{
    return m_connections->requestOpen(connectionId);
}

void MainWindow::open(const Connection &chosen, const QByteArray &key)
{
    QString error;
    if (chosen.demo && !m_demo->start(&error)) {
        showConnectionStatus(error);
        return;
    }
    const Connection connection = m_demo->resolved(chosen);
    m_view->saveColumnState();
    m_detail->clear();
    m_detail->setConnection(nullptr, nullptr);
    m_model->close();
    m_vocabulary.clear();
    delete m_session; // its ApiClient, and with it the key, goes now
    m_session = new ConnectionSession(connection, key, this);

    Query query = m_session->source()->defaultQuery();
    if (auto *mobileNext = std::get_if<MobileNextQuery>(&query))
        mobileNext->organizationId = connection.organizationId;
    m_model->open(m_session->source(), m_session->client(), query);
    m_view->adoptColumns(backendId(connection.backend));
    m_filterBar->setBackend(connection.backend, m_model->query());
    m_filterBar->setEnabled(true);
    m_detail->setConnection(m_session->source(), m_session->client());
    m_picker->showCurrent(connection.id);
    m_live->setConnection(connection);
    setWindowTitle(tr("%1 — SessionScope").arg(connection.name));
    showConnectionStatus(connection.demo ? tr("Demo data from %1").arg(connection.baseUrl.toString())
                                         : connection.baseUrl.host());
    QSettings().setValue(QStringLiteral("window/lastConnection"), connection.id);
    m_pages->setCurrentIndex(1);
    m_connections->setCurrent(connection.id);
    if (connection.backend == Backend::MobileNext)
        m_connections->listOrganizations(connection, key);
    m_views->connectionOpened(connection);
}

void MainWindow::closeConnection()
{
    m_view->saveColumnState();
    m_detail->clear();
    m_detail->setConnection(nullptr, nullptr);
    m_model->close();
    m_vocabulary.clear();
    delete m_session; // its ApiClient, and with it the key, goes now
    m_session = nullptr;
    m_filterBar->setEnabled(false);
    m_picker->showCurrent(QString());
    m_live->setConnection(std::nullopt);
    m_connections->setCurrent(QString());
    m_views->connectionClosed();
    m_pages->setCurrentIndex(0);
    setWindowTitle(QStringLiteral("SessionScope"));
    showConnectionStatus(QString()); // the fetch panel says "No connection open"
}

bool MainWindow::restoreStartupView()
{
    return m_views->restoreAtStartup();
}

void MainWindow::wireConnections()
{
    connect(m_picker, &ConnectionPicker::connectionChosen, m_connections,
            qOverload<const Connection &>(&ConnectionsController::requestOpen));
    connect(m_connections, &ConnectionsController::openReady, this, &MainWindow::open);
    connect(m_connections, &ConnectionsController::connectionsChanged, this,
            [this] { m_picker->setConnections(m_connections->pickerConnections()); });
    connect(m_connections, &ConnectionsController::connectionClosed, this, [this](const QString &id) {
        if (m_session && m_session->connection().id == id)
            closeConnection();
    });
    connect(m_connections, &ConnectionsController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_connections, &ConnectionsController::organizationsListed, m_filterBar, &FilterBar::setOrganizations);
    connect(m_views, &SavedViewsController::connectionWanted, this, &MainWindow::openConnection);
    connect(m_views, &SavedViewsController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    // A saved view brings its live state back, and the live toggle tells the views what to save.
    connect(m_views, &SavedViewsController::liveRequested, m_live->toggleAction(), &QAction::setChecked);
    connect(m_live->toggleAction(), &QAction::toggled, m_views, &SavedViewsController::setLive);
    // "Try the demo": a class is sitting its assessments right now, so watch it live.
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] {
        if (openConnection(QStringLiteral("demo-century")))
            QTimer::singleShot(0, m_live->toggleAction(), [this] { m_live->toggleAction()->setChecked(true); });
    });
    connect(m_welcome, &WelcomePage::connectRequested, m_connections, &ConnectionsController::newConnection);
}

void MainWindow::wireFilters()
{
    // Server-side filters make a new query (a reload); the rest filter the loaded rows.
    connect(m_filterBar, &FilterBar::queryChanged, m_model, &SessionTableModel::setQuery);
    connect(m_filterBar, &FilterBar::quickSearchChanged, m_model, &SessionTableModel::setSearchText);
    connect(m_filterBar, &FilterBar::statusFilterChanged, m_model, &SessionTableModel::setStatusMask);
    const auto updateCounts = [this] {
        m_filterBar->setLoadedCount(m_model->rowCount(), m_model->loadedCount());
        m_filterBar->setStatusCounts(m_model->statusCounts());
        if (!m_choicesTimer.isActive())
            m_choicesTimer.start();
    };
    connect(m_model, &SessionTableModel::countsChanged, this, updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCounts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCounts);
    m_choicesTimer.setSingleShot(true);
    m_choicesTimer.setInterval(1000);
    connect(&m_choicesTimer, &QTimer::timeout, this, &MainWindow::refreshFilterChoices);
}

void MainWindow::refreshFilterChoices()
{
    if (!m_model->store() || m_model->store()->backend() != Backend::Century)
        return;
    if (!m_vocabulary.absorb(*m_model->store()))
        return;
    m_filterBar->setKnownSubjects(m_vocabulary.subjects());
    m_filterBar->setKnownTests(m_vocabulary.tests());
    m_filterBar->setKnownPupils(m_vocabulary.pupils());
}

void MainWindow::wireDetail()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelectedSession);
    // The selected session changed in place (a live update) or the time display changed.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int current = m_view->currentIndex().row();
        if (current >= from.row() && current <= to.row())
            showSelectedSession();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &DetailPane::clear);
    connect(m_view, &SessionTableView::detailRequested, this, [this] {
        m_detailDock->show();
        m_detailDock->raise();
        m_detail->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_detail, &DetailPane::copied, this, [this](const QString &what) {
        statusBar()->showMessage(tr("Copied %1").arg(what), 4000);
    });
}

void MainWindow::showSelectedSession()
{
    const qsizetype row = m_model->storeRow(m_view->currentIndex().row());
    if (row < 0 || !m_model->store()) {
        m_detail->clear();
        return;
    }
    DisplayOptions options = m_model->displayOptions();
    m_detail->showSession(m_model->store()->backend(), m_model->store()->record(row), m_model->columns(), options);
}

void MainWindow::showConnectionStatus(const QString &text)
{
    m_connectionStatus->setText(text);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction((new ExportController(this, m_model, m_view, [this] { return m_session; }))->action());
    fileMenu->addSeparator();
    fileMenu->addAction(m_views->exportAction());
    fileMenu->addAction(m_views->importAction());
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = editMenu->addAction(tr("&Preferences…"), this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    // X11 and the offscreen platform bind nothing to QKeySequence::Preferences.
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                  ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *reload = viewMenu->addAction(tr("&Reload from the first page"), m_model, &SessionTableModel::reload);
    reload->setShortcut(QKeySequence::Refresh);
    QAction *loadAll = viewMenu->addAction(tr("Load &all pages"), m_model, &SessionTableModel::fetchAll);
    loadAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    viewMenu->addSeparator();
    viewMenu->addAction(m_live->toggleAction());
    viewMenu->addAction(m_live->checkNowAction());
    viewMenu->addAction(m_live->notifyAction());
    viewMenu->addSeparator();
    QMenu *columnsMenu = viewMenu->addMenu(tr("&Columns"));
    connect(columnsMenu, &QMenu::aboutToShow, this, [this, columnsMenu] { m_view->fillColumnMenu(columnsMenu); });
    viewMenu->addAction(tr("Arrival &order (as the server sent them)"), this, [this] {
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    });
    viewMenu->addSeparator();
    QAction *relative = viewMenu->addAction(tr("Relative &times (\"5 min ago\")"));
    relative->setCheckable(true);
    connect(relative, &QAction::toggled, m_model, &SessionTableModel::setRelativeTimes);
    QAction *utc = viewMenu->addAction(tr("Times in &UTC"));
    utc->setCheckable(true);
    connect(utc, &QAction::toggled, this, [this](bool on) {
        DisplayOptions options = m_model->displayOptions();
        options.utc = on;
        m_model->setDisplayOptions(options); // dataChanged refreshes the detail pane too
        QSettings().setValue(QStringLiteral("view/utc"), on);
    });
    utc->setChecked(QSettings().value(QStringLiteral("view/utc"), false).toBool());
    connect(relative, &QAction::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("view/relativeTimes"), on); });
    relative->setChecked(QSettings().value(QStringLiteral("view/relativeTimes"), false).toBool());

    viewMenu->addSeparator();
    viewMenu->addAction(m_detailDock->toggleViewAction());
    m_detailDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *find = viewMenu->addAction(tr("&Search loaded sessions"), m_filterBar, &FilterBar::focusQuickSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *table = viewMenu->addAction(tr("Go to the ta&ble"), this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *reset = viewMenu->addAction(tr("Reset &filters"), m_filterBar, &FilterBar::resetFilters);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    viewMenu->addAction(m_chartsDock->toggleViewAction());

    m_connections->fillMenu(menuBar()->addMenu(tr("&Connection")));
    m_views->fillViewsMenu(menuBar()->addMenu(tr("V&iews")));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SessionScope"), this, &MainWindow::showAbout);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: room for ids and e-mail addresses beside their labels. Docks take
        // their size once the window is laid out, hence after this turn of the event loop.
        QTimer::singleShot(0, this, [this] { resizeDocks({m_detailDock}, {440}, Qt::Horizontal); });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_view->saveColumnState();
    m_views->rememberLastState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SessionScope"),
                       tr("<h3>SessionScope %1</h3>"
                          "<p>Browse, watch live and export sessions from Century Smart IA, "
                          "Treasure Workflow and Mobile Next.</p>")
                           .arg(QApplication::applicationVersion()));
}
