// First run and the connection flow through the window: with no connection saved the window
// shows the welcome page; "Try the demo" opens the moving demo; "Connect to …" opens the
// form preset to that service; a saved connection is listed in the picker, opens with its
// key read back from the KeyStore, and Sign out / Delete drop its key and its rows. Saved
// views come back after a restart. Writes a screenshot of the welcome page.
#include "demo/demoserver.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/connectionpicker.h"
#include "model/sessiontablemodel.h"
#include "sessions/filterbar.h"
#include "sessions/sessiontableview.h"
#include "settings/connectionformdialog.h"
#include "settings/connectionscontroller.h"
#include "settings/connectionstore.h"
#include "settings/democonnections.h"
#include "settings/savedviewscontroller.h"
#include "settings/welcomepage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

ConnectionFormDialog *openForm()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *form = qobject_cast<ConnectionFormDialog *>(w); form && form->isVisible())
            return form;
    }
    return nullptr;
}

bool showsWelcome(const MainWindow &window)
{
    const auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
    return pages && pages->currentWidget() == window.welcomePage() && window.welcomePage()->isVisible();
}

} // namespace

class TestWelcomePage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    static DemoOptions stillDemo()
    {
        DemoOptions options;
        options.scale = 400;
        options.speed = 0;
        return options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        // No keychain here (tst_keystore covers the real one): keys stay in memory, the path
        // a computer without a Secret Service takes, and the same on every run.
        qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + m_config.filePath(QStringLiteral("no-bus")).toUtf8());
        QVERIFY(QSettings().fileName().startsWith(m_config.path()));
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void firstRunShowsTheWelcomePage()
    {
        MainWindow window;
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.restoreStartupView());
        QVERIFY(showsWelcome(window));
        QVERIFY(window.welcomePage()->demoButton()->isVisible());
        for (Backend b : {Backend::Century, Backend::Treasure, Backend::MobileNext}) {
            QVERIFY(window.welcomePage()->connectButton(b)->isVisible());
            QVERIFY(window.welcomePage()->connectButton(b)->text().contains(backendDisplayName(b)));
        }
        QVERIFY(window.grab().save(QStringLiteral("/tmp/sessionscope-welcome.png")));
    }

    void tryTheDemoOpensMovingSessions()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.sessionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.welcomePage()->demoButton(), Qt::LeftButton);
        QVERIFY(!showsWelcome(window));
        QVERIFY(window.sessionsView()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionsModel()->rowCount() > 0, 10000);
        // The default demo world's clock runs: "live sessions moving".
        QVERIFY(window.demoConnections()->server()->options().speed > 0);
        window.closeConnection();
        QVERIFY(showsWelcome(window));
        QCOMPARE(window.sessionsModel()->rowCount(), 0);
    }

    void theNextStartRestoresGeometryDocksAndTheLastView()
    {
        QSize closedSize;
        {
            MainWindow window;
            window.demoConnections()->setOptions(stillDemo());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1010, 640);
            QVERIFY(window.openConnection(QStringLiteral("demo-century")));
            CenturyQuery completed;
            completed.scope = CenturyScope::Completed;
            window.sessionsModel()->setQuery(completed);
            window.detailDock()->hide();
            QTRY_VERIFY(window.size() != QSize(1200, 760)); // the window manager's answer
            closedSize = window.size();
            window.close(); // saves geometry, docks and the view as it is
        }
        MainWindow window;
        window.demoConnections()->setOptions(stillDemo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), closedSize);
        QVERIFY(!window.detailDock()->isVisible());
        QVERIFY(window.restoreStartupView());
        QVERIFY(!showsWelcome(window));
        QVERIFY(window.windowTitle().contains(QLatin1String("Demo")));
        const auto *query = std::get_if<CenturyQuery>(&window.sessionsModel()->query());
        QVERIFY(query);
        QCOMPARE(query->scope, CenturyScope::Completed);
        window.detailDock()->show();
        window.closeConnection();
        window.close();
        QSettings().remove(QStringLiteral("views/lastState")); // the next tests start afresh
    }

    void connectOpensThePresetFormAndSavingOpensTheConnection()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.sessionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.demoConnections()->setOptions(stillDemo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY(window.demoConnections()->start(&error));
        Connection demo = DemoConnections::list().at(0);
        const QUrl demoUrl = window.demoConnections()->resolved(demo).baseUrl;

        QTest::mouseClick(window.welcomePage()->connectButton(Backend::Treasure), Qt::LeftButton);
        QTRY_VERIFY(openForm());
        ConnectionFormDialog *form = openForm();
        QCOMPARE(form->connection().backend, Backend::Treasure);
        QCOMPARE(form->urlEdit()->text(), QStringLiteral("https://api-workflow.treasuredata.com"));
        form->reject();
        QTRY_VERIFY(!openForm());

        QTest::mouseClick(window.welcomePage()->connectButton(Backend::Century), Qt::LeftButton);
        QTRY_VERIFY(openForm());
        form = openForm();
        form->nameEdit()->setText(QStringLiteral("Riverside College"));
        form->urlEdit()->setText(demoUrl.toString());
        emit form->urlEdit()->textEdited(form->urlEdit()->text());
        form->keyEdit()->setText(QString::fromLatin1(DemoConnections::key(Backend::Century)));
        QVERIFY(form->saveButton()->isEnabled());
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);

        // Stored (without its key), listed in the picker, and opened with the key.
        const QList<Connection> saved = ConnectionStore().list();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, QStringLiteral("Riverside College"));
        auto *picker = window.findChild<ConnectionPicker *>();
        QVERIFY(picker->connection(saved.first().id));
        QCOMPARE(picker->itemText(0), QStringLiteral("Riverside College"));
        QCOMPARE(picker->count(), 4); // and the three demo connections
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionsModel()->rowCount() > 0, 15000);
        QVERIFY(!showsWelcome(window));
        // No keychain in this test: the user is told plainly, without a modal wait.
        auto *notice = window.findChild<QMessageBox *>(QStringLiteral("keyNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("No keychain is available")));
        notice->close();
        QVERIFY(window.windowTitle().startsWith(QLatin1String("Riverside College")));

        // Closing and opening again reads the key back from the KeyStore.
        window.closeConnection();
        QVERIFY(window.openConnection(saved.first().id));
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionsModel()->rowCount() > 0, 15000);
        QVERIFY(!openForm()); // no question asked: the key was there

        // A view saved now comes back in a new window (as after a restart).
        window.filterBar()->quickSearchBox();
        SavedView view = window.savedViews()->capture();
        view.name = QStringLiteral("Completed, newest first");
        view.query = CenturyQuery{};
        std::get<CenturyQuery>(view.query).scope = CenturyScope::Completed;
        view.columns = {QStringLiteral("ended"), QStringLiteral("pupil")};
        const SavedView stored = window.savedViews()->store().save(view);
        window.savedViews()->store().setStartupViewId(stored.id);

        // Sign out: the key goes from the KeyStore and the rows from memory.
        window.connections()->signOut(saved.first().id);
        QVERIFY(showsWelcome(window));
        QCOMPARE(window.sessionsModel()->rowCount(), 0);
        QVERIFY(!window.sessionsModel()->isOpen());
        QVERIFY(window.openConnection(saved.first().id));
        QTRY_VERIFY_WITH_TIMEOUT(openForm(), 15000); // no key any more: the form asks for it
        openForm()->reject();
        QTRY_VERIFY(!openForm());
        QVERIFY(showsWelcome(window));
    }

    void startupViewOpensItsConnectionAndAppliesIt()
    {
        // The previous test left a saved connection (signed out) and a start-up view.
        const QList<Connection> saved = ConnectionStore().list();
        QCOMPARE(saved.size(), 1);
        MainWindow window;
        window.demoConnections()->setOptions(stillDemo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.restoreStartupView());
        // Signed out: the form asks for the key, then the view applies.
        QTRY_VERIFY_WITH_TIMEOUT(openForm(), 15000);
        ConnectionFormDialog *form = openForm();
        // (The saved address is the earlier window's demo server, gone now: no rows will
        // come, but the view's query and columns apply as soon as the connection opens.)
        form->keyEdit()->setText(QString::fromLatin1(DemoConnections::key(Backend::Century)));
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionsModel()->isOpen(), 15000);
        const auto *query = std::get_if<CenturyQuery>(&window.sessionsModel()->query());
        QVERIFY(query);
        QCOMPARE(query->scope, CenturyScope::Completed);
        QHeaderView *header = window.sessionsView()->horizontalHeader();
        const ColumnList &columns = window.sessionsModel()->columns();
        QCOMPARE(columns[std::size_t(header->logicalIndex(0))].id, QStringLiteral("ended"));
        QCOMPARE(columns[std::size_t(header->logicalIndex(1))].id, QStringLiteral("pupil"));
        QVERIFY(header->isSectionHidden(header->logicalIndex(2)));

        // Delete: connection, key and views go.
        window.connections()->deleteConnection(saved.first().id);
        QVERIFY(showsWelcome(window));
        QVERIFY(ConnectionStore().isEmpty());
        QVERIFY(window.savedViews()->store().list().isEmpty());
        QCOMPARE(window.findChild<ConnectionPicker *>()->count(), 3);
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
