#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal, the one Unix-only piece of the demo-server
// command. A signal handler may only do async-signal-safe things, so it writes the signal
// number into one end of a socketpair and a QSocketNotifier on the other end brings it back
// to the event loop. The write end has to be reachable from the handler, hence a file-scope
// descriptor: at most one watcher may exist at a time (the constructor checks).
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // False when the socketpair or the handlers could not be set up.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    int m_readFd = -1;
    QSocketNotifier *m_notifier = nullptr;
};
