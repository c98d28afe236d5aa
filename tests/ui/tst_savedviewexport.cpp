// `sessionscope export --view NAME` runs the same query and columns as the window showing that
// view: a saved Century connection (key in a real Secret Service) to an in-process demo
// server is opened in the MainWindow, a saved view is applied there, the window's query and
// visible columns are exported, and the real binary's export of the view must be the same
// bytes. Then --since-last-run: only sessions ended after the view's last export, and the new
// end recorded. Needs a private D-Bus session (./dev test runs ctest in dbus-run-session); the
// test starts its own unlocked gnome-keyring there, as tst_keystore does.
#include "privatesecretservice.h"
#include "processwait.h"

#include "cli/exportnamedsettings.h"
#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "export/exportjob.h"
#include "mainwindow/mainwindow.h"
#include "model/sessiontablemodel.h"
#include "settings/connectionsession.h"
#include "settings/connectionstore.h"
#include "settings/keystore.h"
#include "settings/savedviewscontroller.h"
#include "settings/savedviewstore.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSavedViewExport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<DemoServer> m_server;
    Connection m_connection;
    const QString m_viewName = QStringLiteral("Year 10 English, completed");

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // What the window's File > Export… "all matching sessions" writes for what it shows.
    bool exportFromWindow(MainWindow &window, const QByteArray &key, const Query &query, const QString &path)
    {
        const SavedView shown = window.savedViews()->capture();
        ConnectionSession session(m_connection, key);
        ExportRequest request;
        request.path = path;
        request.columnIds = shown.columns;
        ExportJob job(request);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.startAllMatching(session.source(), session.client(), query);
        if (!finished.wait(30000))
            return false;
        return finished.at(0).at(0).value<ExportResult>().ok();
    }

    int runCli(const QStringList &args, QString *stderrText)
    {
        QProcess cli;
        cli.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH), QStringList{QStringLiteral("export")} + args);
        if (!waitForExit(cli, 30000))
            return -1;
        *stderrText = QString::fromUtf8(cli.readAllStandardError());
        return cli.exitCode();
    }

    static qsizetype lines(const QByteArray &csv) { return csv.count('\n'); }

private slots:
    void initTestCase()
    {
        if (!isPrivateSessionBus())
            QSKIP("Needs a private D-Bus session with its own keyring: run through ./dev test (dbus-run-session).");
        QVERIFY(m_home.isValid());
        // The binary started below reads the same settings and keychain.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SessionScope"));
        QCoreApplication::setApplicationName(QStringLiteral("SessionScope"));
        QString error;
        QVERIFY2(startPrivateSecretService(m_home.filePath(QStringLiteral("data")), &error), qPrintable(error));

        DemoOptions options;
        options.scale = 600;
        options.speed = 0;
        options.rateLimitPerMinute = 0;
        m_server = std::make_unique<DemoServer>(options);
        QVERIFY(m_server->listen());

        Connection c;
        c.name = QStringLiteral("Riverside College");
        c.baseUrl = m_server->baseUrl(Backend::Century);
        m_connection = ConnectionStore().add(c);
        KeyStore keys;
        std::optional<KeyStore::Result> stored;
        QObject context;
        keys.storeKey(m_connection.id, demokeys::kCenturyKey, &context, [&](const KeyStore::Result &r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
        QCOMPARE(stored->outcome, KeyStore::Outcome::Ok); // the real keychain, or the CLI could not read it
    }

    void exportViewEqualsTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openConnection(m_connection.id)); // the key comes from the keychain
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionsModel()->rowCount() > 0, 15000);

        SavedView view;
        view.name = m_viewName;
        view.connectionId = m_connection.id;
        view.backend = Backend::Century;
        CenturyQuery query;
        query.scope = CenturyScope::Completed;
        query.subjects = {QStringLiteral("English")};
        query.sortField = CenturyDateField::EndDate;
        query.sortDirection = SortDirection::Descending;
        view.query = query;
        view.columns = {QStringLiteral("pupil"), QStringLiteral("level"), QStringLiteral("ended"), QStringLiteral("test")};
        SavedViewStore().save(view);
        window.savedViews()->openView(*SavedViewStore().findByName(m_viewName));
        QCOMPARE(window.sessionsModel()->query(), Query(query));
        QCOMPARE(window.savedViews()->capture().columns, view.columns);

        const QString fromWindow = m_home.filePath(QStringLiteral("window.csv"));
        QVERIFY(exportFromWindow(window, demokeys::kCenturyKey, window.sessionsModel()->query(), fromWindow));
        const QString fromCli = m_home.filePath(QStringLiteral("cli.csv"));
        QString errors;
        const int exitCode = runCli({QStringLiteral("--view"), m_viewName, QStringLiteral("-o"), fromCli}, &errors);
        QVERIFY2(exitCode == 0, qPrintable(errors));
        QVERIFY2(!errors.contains(QLatin1String(demokeys::kCenturyKey)), qPrintable(errors));

        const QByteArray windowBytes = readAll(fromWindow);
        QVERIFY(lines(windowBytes) > 20);
        QVERIFY(windowBytes.startsWith("\xEF\xBB\xBF") || windowBytes.contains("Pupil"));
        QCOMPARE(readAll(fromCli), windowBytes);
        // The run is remembered for --since-last-run.
        const qint64 recorded = SavedViewStore().findByName(m_viewName)->lastExportEndMs;
        QVERIFY(qAbs(recorded - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }

    void sinceLastRunExportsOnlyWhatEndedSince()
    {
        // The demo's sessions end in March 2026: pretend the last export ran mid-history.
        SavedView view = *SavedViewStore().findByName(m_viewName);
        const qint64 lastRun = QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QVERIFY(SavedViewStore().setLastExportEnd(view.id, lastRun));

        MainWindow window;
        window.show();
        QVERIFY(window.openConnection(m_connection.id));
        QTRY_VERIFY_WITH_TIMEOUT(window.sessionsModel()->isOpen(), 15000);
        window.savedViews()->openView(view);
        QString error;
        const std::optional<Query> narrowed = exportnamedsettings::endedAfter(view.query, lastRun, &error);
        QVERIFY2(narrowed, qPrintable(error));
        const QString fromWindow = m_home.filePath(QStringLiteral("window-since.csv"));
        QVERIFY(exportFromWindow(window, demokeys::kCenturyKey, *narrowed, fromWindow));

        const QString fromCli = m_home.filePath(QStringLiteral("cli-since.csv"));
        QString errors;
        QCOMPARE(runCli({QStringLiteral("--view"), m_viewName, QStringLiteral("--since-last-run"), QStringLiteral("-o"), fromCli},
                        &errors),
                 0);
        const QByteArray since = readAll(fromCli);
        QCOMPARE(since, readAll(fromWindow));
        const QByteArray all = readAll(m_home.filePath(QStringLiteral("cli.csv")));
        QVERIFY2(lines(since) > 1 && lines(since) < lines(all), qPrintable(QStringLiteral("%1 of %2").arg(lines(since)).arg(lines(all))));

        // Nothing of the demo's ended after a moment ago: the next run has only the header.
        const QString again = m_home.filePath(QStringLiteral("cli-again.csv"));
        QCOMPARE(runCli({QStringLiteral("--view"), m_viewName, QStringLiteral("--since-last-run"), QStringLiteral("-o"), again},
                        &errors),
                 0);
        QCOMPARE(lines(readAll(again)), 1);

        // Refused clearly where it cannot work.
        QCOMPARE(runCli({QStringLiteral("--since-last-run"), QStringLiteral("--profile"), m_connection.name,
                         QStringLiteral("-o"), m_home.filePath(QStringLiteral("x.csv"))},
                        &errors),
                 2);
        QVERIFY2(errors.contains(QLatin1String("needs --view")), qPrintable(errors));
        QCOMPARE(runCli({QStringLiteral("--view"), QStringLiteral("No such view"), QStringLiteral("-o"),
                         m_home.filePath(QStringLiteral("x.csv"))},
                        &errors),
                 2);
        QVERIFY2(errors.contains(QLatin1String("no saved view named 'No such view'")), qPrintable(errors));
    }
};

QTEST_MAIN(TestSavedViewExport)
#include "tst_savedviewexport.moc"
