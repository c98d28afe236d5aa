#include "demohttpserver.h"

#include <QLoggingCategory>
#include <QTcpSocket>

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Qt HTTP Server's debug output prints every request with all its headers, API keys
// included (tst_secretcanary caught it with QT_LOGGING_RULES="*.debug=true"). The demo runs
// inside `sessionscope --demo`, whose log must never hold a key, so its debug lines stay off
// whatever the rules say; the rest of each category (warnings) is left alone.
void silenceRequestDumps(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

DemoHttpServer::DemoHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
    static const bool installed = [] {
        g_previousFilter = QLoggingCategory::installFilter(silenceRequestDumps);
        return true;
    }();
    Q_UNUSED(installed);
}

DemoHttpServer::~DemoHttpServer() = default;

bool DemoHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Unreachable while handleRequest() takes everything; close rather than hang the client.
    socket->disconnectFromHost();
}
