#include "mainwindow.h"

#include "connectionpicker.h"

#include "model/sessiontablemodel.h"
#include "sessions/fetchstatuspanel.h"
#include "sessions/sessiontableview.h"
#include "settings/connectionsession.h"
#include "settings/democonnections.h"
#include "sources/sessionsource.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_demo(new DemoConnections(this))
    , m_model(new SessionTableModel(this))
    , m_view(new SessionTableView(this))
    , m_fetchStatus(new FetchStatusPanel(this))
    , m_picker(new ConnectionPicker(this))
    , m_connectionStatus(new QLabel(this))
{
    setWindowTitle(QStringLiteral("SessionScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sessionscope.svg")));

    m_view->setModel(m_model);
    setCentralWidget(m_view);

    QToolBar *toolbar = addToolBar(tr("Connection"));
    toolbar->setObjectName(QStringLiteral("connectionToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_picker);
    m_picker->setConnections(DemoConnections::list());
    connect(m_picker, &ConnectionPicker::connectionChosen, this, &MainWindow::open);

    m_fetchStatus->setModel(m_model);
    statusBar()->addWidget(m_fetchStatus, 1);
    statusBar()->addPermanentWidget(m_connectionStatus);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    connect(m_fetchStatus, &FetchStatusPanel::loadAllRequested, m_model, &SessionTableModel::fetchAll);

    createMenus();
    showConnectionStatus(tr("No connection open"));
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
    const std::optional<Connection> connection = m_picker->connection(connectionId);
    if (!connection)
        return false;
    open(*connection);
    return true;
}

void MainWindow::open(const Connection &chosen)
{
    QString error;
    if (chosen.demo && !m_demo->start(&error)) {
        showConnectionStatus(error);
        return;
    }
    const Connection connection = m_demo->resolved(chosen);
    m_view->saveColumnState();
    m_model->close();
    delete m_session; // its ApiClient, and with it the key, goes now
    m_session = new ConnectionSession(connection, chosen.demo ? DemoConnections::key(connection.backend) : QByteArray(), this);

    m_model->open(m_session->source(), m_session->client(), m_session->source()->defaultQuery());
    m_view->adoptColumns(backendId(connection.backend));
    m_picker->showCurrent(connection.id);
    setWindowTitle(tr("%1 — SessionScope").arg(connection.name));
    showConnectionStatus(connection.demo ? tr("Demo data from %1").arg(connection.baseUrl.toString())
                                         : connection.baseUrl.host());
    QSettings().setValue(QStringLiteral("window/lastConnection"), connection.id);
}

void MainWindow::showConnectionStatus(const QString &text)
{
    m_connectionStatus->setText(text);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *reload = viewMenu->addAction(tr("&Reload from the first page"), m_model, &SessionTableModel::reload);
    reload->setShortcut(QKeySequence::Refresh);
    QAction *loadAll = viewMenu->addAction(tr("Load &all pages"), m_model, &SessionTableModel::fetchAll);
    loadAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
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
        m_model->setDisplayOptions(options);
        QSettings().setValue(QStringLiteral("view/utc"), on);
    });
    utc->setChecked(QSettings().value(QStringLiteral("view/utc"), false).toBool());
    connect(relative, &QAction::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("view/relativeTimes"), on); });
    relative->setChecked(QSettings().value(QStringLiteral("view/relativeTimes"), false).toBool());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SessionScope"), this, &MainWindow::showAbout);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_view->saveColumnState();
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
