#pragma once

#include "demoresponse.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;

// Puts one response on a socket, honestly or in one of the ways a flaky server does:
// a byte at a time (slow drip), cut off mid-body (drop), or a body far larger than any page,
// generated in chunks as the socket drains so that it never sits in memory whole.
// Lives as a child of the socket: if the client goes away, the writer goes with it.
class DemoResponseWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoResponseWriter)

public:
    enum class Mode { Whole, SlowDrip, Drop, Huge };

    struct Plan
    {
        Mode mode = Mode::Whole;
        int dripIntervalMs = 0;
        qint64 hugeBytes = 0;
        bool closeAfter = false; // the client sent "Connection: close"
    };

    // Starts writing; returns at once. The socket may be gone by the time bytes are due.
    static void send(QTcpSocket *socket, const DemoResponse &response, const Plan &plan);

    static QByteArray head(int status, qint64 contentLength, const DemoResponse &response, bool closeAfter);

private:
    DemoResponseWriter(QTcpSocket *socket, const Plan &plan);

    void dripNext();
    void pumpHuge();
    void finish();

    QPointer<QTcpSocket> m_socket;
    Plan m_plan;
    QByteArray m_pending;     // slow drip: bytes still to go
    qsizetype m_pendingPos = 0;
    QTimer *m_timer = nullptr;
    // huge page
    qint64 m_hugeItemsLeft = 0;
    qint64 m_hugePadding = 0;
    bool m_hugeStarted = false;
    bool m_hugeFirstItem = true;
    bool m_done = false;
};
