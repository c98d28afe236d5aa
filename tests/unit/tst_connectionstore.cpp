// Saved connections round trip through QSettings in a temporary XDG_CONFIG_HOME; the base
// URL rules; and no key in any file: a canary key goes through every path that holds a key
// (the KeyStore, an open ConnectionSession) while connections and views are written, then
// every file under the config folder and the temporary folders is searched for it.
#include "settings/connectionsession.h"
#include "settings/connectionstore.h"
#include "settings/connectionurls.h"
#include "settings/keystore.h"
#include "settings/savedviewstore.h"

#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kCanary = "canary-9d41c7e2-not-a-real-key";

// Every file under `root` whose bytes hold `needle` (also as UTF-16, as Qt may write it).
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    const QByteArray wide = QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(needle).utf16()),
                                       needle.size() * 2);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(needle) || bytes.contains(wide) || bytes.contains(needle.toBase64()))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

class TestConnectionStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QVERIFY(m_data.isValid());
        // Before the first QSettings: the default paths are read once.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        // No keychain here (tst_keystore covers the real one): keys stay in memory, the path
        // a computer without a Secret Service takes, and the same on every run.
        qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + m_config.filePath(QStringLiteral("no-bus")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SessionScope"));
        QCoreApplication::setApplicationName(QStringLiteral("SessionScope"));
        QVERIFY(QSettings().fileName().startsWith(m_config.path()));
    }

    void roundTrip()
    {
        ConnectionStore store;
        QVERIFY(store.isEmpty());
        Connection century;
        century.name = QStringLiteral("Century — Riverside College");
        century.backend = Backend::Century;
        century.baseUrl = QUrl(QStringLiteral("https://connect.century.tech/api/v1"));
        century.pollIntervalSeconds = 45;
        century.notifications = false;
        const Connection added = store.add(century);
        QVERIFY(!added.id.isEmpty());

        Connection mobile;
        mobile.name = QStringLiteral("Devices");
        mobile.backend = Backend::MobileNext;
        mobile.baseUrl = QUrl(QStringLiteral("https://api.mobilenexthq.com"));
        mobile.organizationId = QStringLiteral("org_2");
        const Connection addedMobile = store.add(mobile);

        // A new store reads the file again.
        const QList<Connection> listed = ConnectionStore().list();
        QCOMPARE(listed.size(), 2);
        century.id = added.id;
        mobile.id = addedMobile.id;
        QCOMPARE(listed.at(0), century);
        QCOMPARE(listed.at(1), mobile);
        QCOMPARE(store.findByName(QStringLiteral("devices"))->id, mobile.id);
        QVERIFY(!store.findByName(QStringLiteral("nobody")));

        mobile.organizationId.clear();
        mobile.pollIntervalSeconds = 120;
        QVERIFY(store.update(mobile));
        QCOMPARE(*store.find(mobile.id), mobile);

        Connection unknown = mobile;
        unknown.id = QStringLiteral("not-stored");
        QVERIFY(!store.update(unknown));

        QVERIFY(store.remove(century.id));
        QVERIFY(!store.remove(century.id));
        QCOMPARE(store.list().size(), 1);
        QVERIFY(!store.find(century.id));
    }

    void baseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("century") << "https://connect.century.tech/api/v1" << true << "";
        QTest::newRow("custom https") << "https://century.example.org/api" << true << "";
        QTest::newRow("http loopback") << "http://127.0.0.1:8080/century/api/v1" << true << "";
        QTest::newRow("http localhost") << "http://localhost:1234" << true << "";
        QTest::newRow("http ipv6 loopback") << "http://[::1]:1234" << true << "";
        QTest::newRow("http remote") << "http://connect.century.tech/api/v1" << false << "unencrypted";
        QTest::newRow("http lan") << "http://192.168.1.10/api" << false << "unencrypted";
        QTest::newRow("ftp") << "ftp://example.org" << false << "https://";
        QTest::newRow("empty") << "" << false << "Enter the service";
        QTest::newRow("no host") << "https://" << false << "not a web address";
        QTest::newRow("credentials") << "https://user:pw@example.org" << false << "Key field";
        QTest::newRow("query") << "https://example.org/api?key=1" << false << "'?'";
    }

    void baseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QFETCH(QString, sentence);
        const QString problem = baseUrlProblem(QUrl(url));
        QCOMPARE(problem.isEmpty(), accepted);
        QVERIFY2(problem.contains(sentence), qPrintable(problem));
    }

    void presets()
    {
        QCOMPARE(baseUrlPresets(Backend::Century).size(), 1);
        QCOMPARE(baseUrlPresets(Backend::Century).first().url, QUrl(QStringLiteral("https://connect.century.tech/api/v1")));
        const QList<BaseUrlPreset> treasure = baseUrlPresets(Backend::Treasure);
        QCOMPARE(treasure.size(), 5);
        QStringList hosts;
        for (const BaseUrlPreset &p : treasure) {
            hosts << p.url.host();
            QVERIFY2(baseUrlProblem(p.url).isEmpty(), qPrintable(p.url.toString()));
        }
        QCOMPARE(hosts, (QStringList{QStringLiteral("api-workflow.treasuredata.com"),
                                     QStringLiteral("api-workflow.treasuredata.co.jp"),
                                     QStringLiteral("api-workflow.eu01.treasuredata.com"),
                                     QStringLiteral("api-workflow.ap02.treasuredata.com"),
                                     QStringLiteral("api-workflow.ap03.treasuredata.com")}));
        QCOMPARE(baseUrlPresets(Backend::MobileNext).first().url, QUrl(QStringLiteral("https://api.mobilenexthq.com")));
    }

    void noKeyInAnyFile()
    {
        Connection c;
        c.name = QStringLiteral("Canary college");
        c.baseUrl = QUrl(QStringLiteral("https://connect.century.tech/api/v1"));
        c = ConnectionStore().add(c);

        // The key goes where keys go: the keychain, or memory when none answers.
        KeyStore keys;
        bool stored = false;
        QObject context;
        keys.storeKey(c.id, kCanary, &context, [&](const KeyStore::Result &r) {
            QVERIFY(r.ok());
            stored = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
        {
            ConnectionSession session(c, kCanary);
            SavedView view;
            view.name = QStringLiteral("Canary view");
            view.connectionId = c.id;
            view.query = CenturyQuery{};
            SavedViewStore views;
            views.save(view);
            views.setLastState(view);
            ConnectionStore().update(c);
        }
        QSettings().sync();
        QVERIFY(QFile::exists(QSettings().fileName()));
        QVERIFY(QSettings().allKeys().size() > 5);

        QCOMPARE(filesContaining(m_config.path(), kCanary), QStringList());
        QCOMPARE(filesContaining(m_data.path(), kCanary), QStringList());

        // The search itself can fail: the same canary written on purpose is found.
        QTemporaryDir control;
        QSettings leak(control.filePath(QStringLiteral("leak.conf")), QSettings::IniFormat);
        leak.setValue(QStringLiteral("key"), QString::fromLatin1(kCanary));
        leak.sync();
        QCOMPARE(filesContaining(control.path(), kCanary).size(), 1);

        // A keychain entry is not a file of ours; leave none behind.
        bool removed = false;
        keys.removeKey(c.id, &context, [&](const KeyStore::Result &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
