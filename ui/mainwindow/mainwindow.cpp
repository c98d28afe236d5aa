#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sessionsView(new QTableView(this))
{
    setWindowTitle(QStringLiteral("SessionScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sessionscope.svg")));

    m_sessionsView->setObjectName(QStringLiteral("sessionsView"));
    m_sessionsView->setAccessibleName(tr("Sessions"));
    m_sessionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessionsView->setAlternatingRowColors(true);
    // A fixed row height keeps scrolling through large tables cheap (DESIGN.md section 4).
    m_sessionsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_sessionsView->verticalHeader()->hide();
    m_sessionsView->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_sessionsView);

    createMenus();
    statusBar()->showMessage(tr("No connection open"));
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::showConnectionStatus(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    menuBar()->addMenu(tr("&View"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SessionScope"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SessionScope"),
                       tr("<h3>SessionScope %1</h3>"
                          "<p>Browse, watch live and export sessions from Century Smart IA, "
                          "Treasure Workflow and Mobile Next.</p>")
                           .arg(QApplication::applicationVersion()));
}
