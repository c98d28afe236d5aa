// KeyStore against a real Secret Service: store, read back from a fresh KeyStore (so the key
// came from the keychain, not from memory), delete, and the entry seen by `secret-tool`.
// ./dev test runs ctest inside `dbus-run-session`; when no Secret Service answers there, this
// test starts `gnome-keyring-daemon --unlock` itself with an empty password and a keyring in
// a temporary folder. The no-keychain path runs in a child process whose
// DBUS_SESSION_BUS_ADDRESS points nowhere (a process binds its session bus once).
#include "privatesecretservice.h"
#include "processwait.h"

#include "settings/keystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const char *kChildMode = "SESSIONSCOPE_KEYSTORE_CHILD";

// Runs one KeyStore call and waits for its answer through the event loop.
template<typename Call>
std::optional<KeyStore::Result> await(Call call, int timeoutMs = 15000)
{
    std::optional<KeyStore::Result> out;
    QEventLoop loop;
    QObject context;
    call(&context, [&](const KeyStore::Result &result) {
        out = result;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    return out;
}

std::optional<KeyStore::Result> storeKey(KeyStore &keys, const QString &id, const QByteArray &key)
{
    return await([&](QObject *context, KeyStore::Callback done) { keys.storeKey(id, key, context, done); });
}

std::optional<KeyStore::Result> readKey(KeyStore &keys, const QString &id)
{
    return await([&](QObject *context, KeyStore::Callback done) { keys.readKey(id, context, done); });
}

std::optional<KeyStore::Result> removeKey(KeyStore &keys, const QString &id)
{
    return await([&](QObject *context, KeyStore::Callback done) { keys.removeKey(id, context, done); });
}

// The child: no session bus at all. Prints what the KeyStore said, one item per line.
int runWithoutKeychain()
{
    KeyStore keys;
    QElapsedTimer clock;
    clock.start();
    QObject context;
    QEventLoop loop;
    std::optional<KeyStore::Result> stored;
    keys.storeKey(QStringLiteral("child-connection"), "child-canary-key", &context, [&](const KeyStore::Result &r) {
        stored = r;
        loop.quit();
    });
    const bool answeredInline = stored.has_value();
    const qint64 callMs = clock.elapsed();
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!stored)
        loop.exec();
    const std::optional<KeyStore::Result> read = readKey(keys, QStringLiteral("child-connection"));
    const std::optional<KeyStore::Result> removed = removeKey(keys, QStringLiteral("child-connection"));
    const std::optional<KeyStore::Result> again = readKey(keys, QStringLiteral("child-connection"));
    const auto outcome = [](const std::optional<KeyStore::Result> &r) {
        return r ? int(r->outcome) : -1;
    };
    std::printf("inline=%d\ncallMs=%lld\nstored=%d\nread=%d\nreadKey=%s\nremoved=%d\nagain=%d\nunavailable=%d\n",
                int(answeredInline), qint64(callMs), outcome(stored), outcome(read),
                read ? read->key.constData() : "", outcome(removed), outcome(again), int(keys.keychainUnavailable()));
    std::printf("message=%s\n", stored ? stored->message.toUtf8().constData() : "");
    return 0;
}

} // namespace

class TestKeyStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    bool secretServiceAnswers()
    {
        KeyStore probe;
        const std::optional<KeyStore::Result> r = storeKey(probe, QStringLiteral("probe"), "probe-value");
        if (!r || r->outcome != KeyStore::Outcome::Ok)
            return false;
        removeKey(probe, QStringLiteral("probe"));
        return true;
    }

private slots:
    void initTestCase()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus.isEmpty())
            QSKIP("No D-Bus session bus: run through ./dev test (dbus-run-session), as CI does.");
        QVERIFY(m_home.isValid());
        if (!isPrivateSessionBus()) {
            // A desktop login session: its keyring is the user's own; use it, never replace it.
            if (!secretServiceAnswers())
                QSKIP("The desktop keychain is locked or absent: run through ./dev test (dbus-run-session).");
            return;
        }
        // A private bus (dbus-run-session): this test's own Secret Service.
        QString error;
        QVERIFY2(startPrivateSecretService(m_home.filePath(QStringLiteral("data")), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(secretServiceAnswers(), 15000);
    }

    void storeReadDeleteAgainstTheSecretService()
    {
        const QString id = QStringLiteral("tst-keystore-connection");
        const QByteArray key = "canary-key-7f3a9c-keychain";
        {
            KeyStore keys;
            const auto stored = storeKey(keys, id, key);
            QVERIFY(stored);
            QCOMPARE(stored->outcome, KeyStore::Outcome::Ok);
            QVERIFY(stored->message.isEmpty());
            QVERIFY(!keys.keychainUnavailable());
        }
        {
            // A fresh KeyStore holds nothing in memory: the key comes from the keychain.
            KeyStore keys;
            const auto read = readKey(keys, id);
            QVERIFY(read);
            QCOMPARE(read->outcome, KeyStore::Outcome::Ok);
            QCOMPARE(read->key, key);

            const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
            if (!secretTool.isEmpty()) {
                // Outside the app, the entry is filed under the service name and connection id.
                QProcess tool;
                tool.start(secretTool, {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), id});
                QVERIFY(waitForExit(tool, 10000));
                const QByteArray out = tool.readAllStandardOutput() + tool.readAllStandardError();
                QVERIFY2(out.contains("SessionScope"), out.constData());
            }

            const auto removed = removeKey(keys, id);
            QVERIFY(removed);
            QCOMPARE(removed->outcome, KeyStore::Outcome::Ok);
        }
        KeyStore keys;
        const auto gone = readKey(keys, id);
        QVERIFY(gone);
        QCOMPARE(gone->outcome, KeyStore::Outcome::NotFound);
        QVERIFY(gone->key.isEmpty());
        // Removing again is harmless (libsecret reports success for an absent entry).
        const auto removedTwice = removeKey(keys, id);
        QVERIFY(removedTwice);
        QVERIFY(removedTwice->outcome == KeyStore::Outcome::Ok || removedTwice->outcome == KeyStore::Outcome::NotFound);
    }

    void answersComeFromTheEventLoop()
    {
        KeyStore keys;
        bool answered = false;
        QObject context;
        keys.readKey(QStringLiteral("never-stored"), &context, [&](const KeyStore::Result &) { answered = true; });
        QVERIFY(!answered); // never inside the call: the GUI thread is not blocked on the keychain
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    }

    void contextGoneMeansNoCallback()
    {
        KeyStore keys;
        bool answered = false;
        auto *context = new QObject;
        keys.readKey(QStringLiteral("never-stored"), context, [&](const KeyStore::Result &) { answered = true; });
        delete context;
        QTest::qWait(300);
        QVERIFY(!answered);
    }

    void withoutAKeychainTheKeyStaysInMemoryForThisRun()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildMode), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1").arg(m_home.filePath(QStringLiteral("no-bus"))));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(waitForExit(child, 25000));
        QCOMPARE(child.exitCode(), 0);
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("inline=0")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("stored=%1").arg(int(KeyStore::Outcome::MemoryOnly))), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("read=%1").arg(int(KeyStore::Outcome::MemoryOnly))), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("readKey=child-canary-key")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("removed=%1").arg(int(KeyStore::Outcome::MemoryOnly))), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("again=%1").arg(int(KeyStore::Outcome::NotFound))), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("unavailable=1")), qPrintable(out));
        // The plain sentence the user is shown.
        QVERIFY2(out.contains(QLatin1String("No keychain is available")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("kept in memory until SessionScope closes")), qPrintable(out));
        // The call itself did not wait for the keychain.
        const qsizetype at = out.indexOf(QLatin1String("callMs="));
        QVERIFY(at >= 0);
        QVERIFY2(out.mid(at + 7).section(QLatin1Char('\n'), 0, 0).toInt() < 100, qPrintable(out));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildMode))
        return runWithoutKeychain();
    TestKeyStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keystore.moc"
