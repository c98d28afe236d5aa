#pragma once

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

// Waits for a child process through the event loop rather than QProcess's blocking
// waitFor* calls, so tests and benchmarks follow the house rule of never blocking the
// thread that runs the event loop. True when the process has ended within `timeoutMs`.
inline bool waitForExit(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return process.state() == QProcess::NotRunning;
}

// Waits until the process has printed a whole line (or ended). True when a line is ready.
inline bool waitForLine(QProcess &process, int timeoutMs)
{
    if (process.canReadLine())
        return true;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        if (process.canReadLine())
            loop.quit();
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return process.canReadLine();
}
