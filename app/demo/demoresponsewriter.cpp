#include "demoresponsewriter.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr char kHugePrefix[] = "{\"data\":[";
constexpr char kHugeSuffix[] = "],\"pagination\":{\"total\":0,\"limit\":100,\"offset\":0,"
                               "\"previousCursor\":null,\"nextCursor\":null}}";
constexpr qsizetype kHugeChunk = 64 * 1024;
constexpr qint64 kSocketHighWater = 1024 * 1024;

const QByteArray &hugeItem()
{
    static const QByteArray item = "{\"sessionId\":\"huge\",\"pad\":\"" + QByteArray(1000, 'x') + "\"}";
    return item;
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

} // namespace

QByteArray DemoResponseWriter::head(int status, qint64 contentLength, const DemoResponse &response, bool closeAfter)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    text += "Content-Type: application/json; charset=utf-8\r\n";
    text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : response.headers)
        text += name + ": " + value + "\r\n";
    text += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    text += "\r\n";
    return text;
}

void DemoResponseWriter::send(QTcpSocket *socket, const DemoResponse &response, const Plan &plan)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (plan.mode) {
    case Mode::Whole:
        socket->write(head(response.status, response.body.size(), response, plan.closeAfter) + response.body);
        if (plan.closeAfter)
            socket->disconnectFromHost();
        return;
    case Mode::Drop:
        // The head promises the whole body; half of it arrives, then the connection closes
        // (after the half is flushed, so the client really sees a short body).
        socket->write(head(response.status, response.body.size(), response, false)
                      + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    case Mode::SlowDrip: {
        auto *writer = new DemoResponseWriter(socket, plan);
        socket->write(head(response.status, response.body.size(), response, plan.closeAfter));
        writer->m_pending = response.body;
        writer->m_timer = new QTimer(writer);
        writer->m_timer->setInterval(std::max(1, plan.dripIntervalMs));
        connect(writer->m_timer, &QTimer::timeout, writer, &DemoResponseWriter::dripNext);
        writer->m_timer->start();
        return;
    }
    case Mode::Huge: {
        auto *writer = new DemoResponseWriter(socket, plan);
        const qint64 fixed = qint64(sizeof kHugePrefix - 1) + qint64(sizeof kHugeSuffix - 1);
        const qint64 room = std::max<qint64>(0, plan.hugeBytes - fixed);
        const qint64 itemLength = hugeItem().size() + 1; // with its comma
        writer->m_hugeItemsLeft = room / itemLength;
        // n items need n-1 commas; whitespace before the suffix makes the length exact.
        const qint64 itemsBytes = writer->m_hugeItemsLeft > 0 ? writer->m_hugeItemsLeft * itemLength - 1 : 0;
        writer->m_hugePadding = room - itemsBytes;
        socket->write(head(200, fixed + itemsBytes + writer->m_hugePadding, response, plan.closeAfter));
        connect(socket, &QTcpSocket::bytesWritten, writer, &DemoResponseWriter::pumpHuge);
        writer->pumpHuge();
        return;
    }
    }
}

DemoResponseWriter::DemoResponseWriter(QTcpSocket *socket, const Plan &plan)
    : QObject(socket)
    , m_socket(socket)
    , m_plan(plan)
{
}

void DemoResponseWriter::dripNext()
{
    if (!m_socket || m_pendingPos >= m_pending.size()) {
        finish();
        return;
    }
    m_socket->write(m_pending.constData() + m_pendingPos, 1);
    ++m_pendingPos;
    if (m_pendingPos >= m_pending.size())
        finish();
}

void DemoResponseWriter::pumpHuge()
{
    if (m_done || !m_socket)
        return;
    while (m_socket->bytesToWrite() < kSocketHighWater) {
        QByteArray chunk;
        chunk.reserve(kHugeChunk + hugeItem().size() + 256);
        if (!m_hugeStarted) {
            chunk += kHugePrefix;
            m_hugeStarted = true;
        }
        while (chunk.size() < kHugeChunk && m_hugeItemsLeft > 0) {
            if (!m_hugeFirstItem)
                chunk += ',';
            m_hugeFirstItem = false;
            chunk += hugeItem();
            --m_hugeItemsLeft;
        }
        const bool last = m_hugeItemsLeft == 0;
        if (last) {
            chunk += QByteArray(qsizetype(m_hugePadding), ' ');
            chunk += kHugeSuffix;
        }
        m_socket->write(chunk);
        if (last) {
            finish();
            return;
        }
    }
}

void DemoResponseWriter::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer)
        m_timer->stop();
    if (m_socket && m_plan.closeAfter)
        m_socket->disconnectFromHost();
    deleteLater();
}
