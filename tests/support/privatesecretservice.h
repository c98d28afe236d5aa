#pragma once

#include "processwait.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>

// For keychain tests on a private session bus (./dev test runs ctest inside dbus-run-session):
// starts gnome-keyring's Secret Service with a login keyring unlocked by an empty password,
// its files under `dataDir`. --replace matters: a Secret Service that D-Bus activated on
// demand (another test asked first) has no unlocked keyring and would try to prompt on a
// display that does not exist. Never call this on a desktop's own bus: it would replace the
// user's keyring daemon (see isPrivateSessionBus()).
inline bool isPrivateSessionBus()
{
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    return !bus.isEmpty() && !bus.contains("/run/user/");
}

inline bool startPrivateSecretService(const QString &dataDir, QString *error)
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (daemon.isEmpty()) {
        *error = QStringLiteral("gnome-keyring-daemon is not installed (./dev setup installs it).");
        return false;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir);
    process.setProcessEnvironment(env);
    process.start(daemon, {QStringLiteral("--replace"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    process.write("\n"); // the empty password of a fresh login keyring
    process.closeWriteChannel();
    // The daemon forks; the process started here exits once the service is on the bus.
    if (!waitForExit(process, 15000) || process.exitCode() != 0) {
        *error = QStringLiteral("gnome-keyring-daemon did not start: %1")
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}
