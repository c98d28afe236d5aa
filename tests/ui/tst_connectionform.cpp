// The connection form: presets per service, the address rules (plain http refused except on
// loopback), the key field, and Test connection against the in-process demo server with a
// good key ("Connected — N sessions visible"), a bad key (rejected), an address nobody
// listens on, and Mobile Next's organizations filling the picker. Writes a screenshot.
#include "settings/connectionformdialog.h"
#include "settings/democonnections.h"

#include "demo/demoserver.h"

#include "demohttp.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

class TestConnectionForm final : public QObject
{
    Q_OBJECT

    DemoConnections m_demo;

    QUrl demoUrl(Backend backend) const
    {
        Connection c;
        c.demo = true;
        c.backend = backend;
        return m_demo.resolved(c).baseUrl;
    }

    static void setUrl(ConnectionFormDialog &form, const QString &url)
    {
        form.urlEdit()->selectAll();
        form.urlEdit()->clear();
        QTest::keyClicks(form.urlEdit(), url);
    }

    static ConnectionProbe::Result runTest(ConnectionFormDialog &form)
    {
        QSignalSpy spy(form.probe(), &ConnectionProbe::finished);
        if (!form.testButton()->isEnabled())
            return {};
        QTest::mouseClick(form.testButton(), Qt::LeftButton);
        if (!spy.wait(20000))
            return {};
        return spy.at(0).at(0).value<ConnectionProbe::Result>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qRegisterMetaType<ConnectionProbe::Result>();
        DemoOptions options;
        options.scale = 48310 / 10; // a total with a thousands separator
        options.speed = 0;
        m_demo.setOptions(options);
        QString error;
        QVERIFY2(m_demo.start(&error), qPrintable(error));
    }

    void presetsFollowTheService()
    {
        ConnectionFormDialog form;
        form.startNew(Backend::Century);
        QCOMPARE(form.urlEdit()->text(), QStringLiteral("https://connect.century.tech/api/v1"));
        QCOMPARE(form.nameEdit()->text(), backendDisplayName(Backend::Century));
        QVERIFY(form.organizationBox()->isHidden());

        form.backendBox()->setCurrentIndex(form.backendBox()->findData(int(Backend::Treasure)));
        emit form.backendBox()->activated(form.backendBox()->currentIndex());
        QCOMPARE(form.presetBox()->count(), 6); // five regions and "Custom address"
        QCOMPARE(form.urlEdit()->text(), QStringLiteral("https://api-workflow.treasuredata.com"));
        form.presetBox()->setCurrentIndex(2);
        emit form.presetBox()->activated(2);
        QCOMPARE(form.urlEdit()->text(), QStringLiteral("https://api-workflow.eu01.treasuredata.com"));
        QVERIFY(form.nameEdit()->text().contains(QLatin1String("eu01")));

        // Typing an address of its own selects "Custom address"; typing a preset's selects it.
        setUrl(form, QStringLiteral("https://workflow.example.org"));
        QCOMPARE(form.presetBox()->currentIndex(), form.presetBox()->count() - 1);
        setUrl(form, QStringLiteral("https://api-workflow.ap03.treasuredata.com"));
        QCOMPARE(form.presetBox()->currentIndex(), 4);

        form.backendBox()->setCurrentIndex(form.backendBox()->findData(int(Backend::MobileNext)));
        emit form.backendBox()->activated(form.backendBox()->currentIndex());
        QCOMPARE(form.urlEdit()->text(), QStringLiteral("https://api.mobilenexthq.com"));
        QVERIFY(!form.organizationBox()->isHidden());
        QVERIFY(!form.organizationBox()->isEnabled()); // filled once the key works
    }

    void plainHttpOnlyForThisComputer()
    {
        ConnectionFormDialog form;
        form.show();
        form.startNew(Backend::Century);
        QTest::keyClicks(form.keyEdit(), "some-key");
        QVERIFY(form.saveButton()->isEnabled());
        QCOMPARE(form.keyEdit()->echoMode(), QLineEdit::Password);

        setUrl(form, QStringLiteral("http://connect.century.tech/api/v1"));
        QVERIFY(form.urlProblem()->isVisible());
        QVERIFY2(form.urlProblem()->text().contains(QLatin1String("unencrypted")), qPrintable(form.urlProblem()->text()));
        QVERIFY(!form.saveButton()->isEnabled());
        QVERIFY(!form.testButton()->isEnabled());

        setUrl(form, QStringLiteral("http://127.0.0.1:8080/century/api/v1"));
        QVERIFY(!form.urlProblem()->isVisible());
        QVERIFY(form.saveButton()->isEnabled());

        form.keyEdit()->clear();
        QVERIFY(!form.saveButton()->isEnabled()); // a new connection needs its key
    }

    void testConnectionWithAGoodKey()
    {
        ConnectionFormDialog form;
        form.show();
        form.startNew(Backend::Century);
        setUrl(form, demoUrl(Backend::Century).toString());
        QTest::keyClicks(form.keyEdit(), QString::fromLatin1(DemoConnections::key(Backend::Century)));
        const ConnectionProbe::Result result = runTest(form);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.total);
        // The same figure the API gives anyone asking for all sessions.
        DemoHttp http;
        QUrl all = demoUrl(Backend::Century);
        all.setPath(all.path() + QStringLiteral("/smart-ia/sessions"));
        all.setQuery(QStringLiteral("limit=1"));
        const DemoHttpReply direct = http.get(all, centuryAuth());
        QCOMPARE(direct.status, 200);
        const qint64 apiTotal = direct.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("total")).toInteger();
        QVERIFY(apiTotal > 1000);
        QCOMPARE(*result.total, apiTotal);
        const QString expected = QStringLiteral("Connected — %1 sessions visible").arg(QLocale().toString(*result.total));
        QCOMPARE(result.message, expected);
        QVERIFY(expected.contains(QLatin1Char(','))); // "4,831", as a person reads it
        QVERIFY(form.testResult()->text().contains(expected));
        form.nameEdit()->setText(QStringLiteral("Century — Riverside College"));
        QVERIFY(form.grab().save(QStringLiteral("/tmp/sessionscope-connection-form.png")));
    }

    void testConnectionSaysWhatIsWrong()
    {
        ConnectionFormDialog form;
        form.show();
        form.startNew(Backend::Century);
        setUrl(form, demoUrl(Backend::Century).toString());
        QTest::keyClicks(form.keyEdit(), "wrong-key-1234");
        ConnectionProbe::Result result = runTest(form);
        QVERIFY(!result.ok);
        QCOMPARE(result.errorKind, ApiError::Kind::Auth);
        QVERIFY2(form.testResult()->text().contains(QLatin1String("key was rejected")), qPrintable(form.testResult()->text()));
        QVERIFY(!form.testResult()->text().contains(QLatin1String("wrong-key-1234")));

        // Nobody listens on this port: unreachable.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        setUrl(form, QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port));
        result = runTest(form);
        QVERIFY(!result.ok);
        QCOMPARE(result.errorKind, ApiError::Kind::Network);
        QVERIFY2(form.testResult()->text().contains(QLatin1String("could not be reached")), qPrintable(form.testResult()->text()));
    }

    void mobileNextOrganizationsOnceTheKeyWorks()
    {
        ConnectionFormDialog form;
        form.show();
        form.startNew(Backend::MobileNext);
        setUrl(form, demoUrl(Backend::MobileNext).toString());
        QTest::keyClicks(form.keyEdit(), QString::fromLatin1(DemoConnections::key(Backend::MobileNext)));
        const ConnectionProbe::Result result = runTest(form);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(!result.organizations.isEmpty());
        QVERIFY(form.organizationBox()->isEnabled());
        QCOMPARE(form.organizationBox()->count(), 1 + result.organizations.size());
        form.organizationBox()->setCurrentIndex(1);
        QCOMPARE(form.connection().organizationId, result.organizations.first().first);
        QVERIFY(form.grab().save(QStringLiteral("/tmp/sessionscope-connection-form-mobilenext.png")));
    }

    void editingKeepsTheStoredKey()
    {
        Connection c;
        c.id = QStringLiteral("saved-1");
        c.name = QStringLiteral("Riverside");
        c.baseUrl = demoUrl(Backend::Century);
        ConnectionFormDialog form;
        form.show();
        form.startEdit(c, DemoConnections::key(Backend::Century));
        QVERIFY(form.keyEdit()->text().isEmpty()); // the stored key is never shown
        QVERIFY(form.saveButton()->isEnabled());
        QVERIFY(form.typedKey().isEmpty());
        QCOMPARE(form.connection().id, c.id);
        const ConnectionProbe::Result result = runTest(form);
        QVERIFY2(result.ok, qPrintable(result.message));
    }
};

QTEST_MAIN(TestConnectionForm)
#include "tst_connectionform.moc"
