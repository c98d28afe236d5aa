#pragma once

#include "processwait.h"

#include "domain/backend.h"

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

// `sessionscope demo-server` as its own process, as a user would run it, so that a benchmark
// measures the client alone (the server's CPU is another process's). Stopped on destruction.
class DemoServerProcess final
{
public:
    DemoServerProcess() = default;
    DemoServerProcess(const DemoServerProcess &) = delete;
    DemoServerProcess &operator=(const DemoServerProcess &) = delete;
    ~DemoServerProcess()
    {
        m_process.terminate();
        waitForExit(m_process, 10'000);
    }

    // `options` as the subcommand takes them, e.g. {"--scale", "5000", "--speed", "0"}.
    bool start(const QStringList &options)
    {
        m_process.start(QStringLiteral(SESSIONSCOPE_BINARY_PATH),
                        QStringList{QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0")} + options);
        if (!waitForLine(m_process, 60'000))
            return false;
        static const QRegularExpression pattern(QStringLiteral("listening on (http://\\S+)"));
        const auto match = pattern.match(QString::fromUtf8(m_process.readLine()));
        m_root = match.hasMatch() ? match.captured(1) : QString();
        return !m_root.isEmpty();
    }
    QString errorOutput() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

    QString root() const { return m_root; }
    QUrl baseUrl(Backend backend) const
    {
        switch (backend) {
        case Backend::Century: return QUrl(m_root + QStringLiteral("/century/api/v1"));
        case Backend::Treasure: return QUrl(m_root + QStringLiteral("/treasure"));
        case Backend::MobileNext: return QUrl(m_root + QStringLiteral("/mobilenext"));
        }
        return {};
    }

private:
    QProcess m_process;
    QString m_root;
};
