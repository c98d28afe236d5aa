#include "democonnections.h"

#include "demo/demokeys.h"
#include "demo/demoserver.h"

#include <QCoreApplication>

DemoConnections::DemoConnections(QObject *parent)
    : QObject(parent)
{}

DemoConnections::~DemoConnections() = default;

QList<Connection> DemoConnections::list()
{
    QList<Connection> out;
    for (Backend backend : {Backend::Century, Backend::Treasure, Backend::MobileNext}) {
        Connection c;
        c.id = QStringLiteral("demo-%1").arg(backendId(backend));
        c.name = QCoreApplication::translate("DemoConnections", "Demo — %1").arg(backendDisplayName(backend));
        c.backend = backend;
        c.demo = true;
        out.append(c);
    }
    return out;
}

bool DemoConnections::isDemoId(const QString &connectionId)
{
    return connectionId.startsWith(QLatin1String("demo-"));
}

bool DemoConnections::start(QString *error)
{
    if (m_server && m_server->isListening())
        return true;
    m_server = std::make_unique<DemoServer>(m_options);
    if (m_server->listen(QHostAddress(QHostAddress::LocalHost), 0))
        return true;
    m_server.reset();
    if (error)
        *error = QCoreApplication::translate("DemoConnections",
                                             "The demo server could not start: no free port on this computer's loopback address.");
    return false;
}

Connection DemoConnections::resolved(const Connection &connection) const
{
    Connection out = connection;
    if (connection.demo && m_server)
        out.baseUrl = m_server->baseUrl(connection.backend);
    return out;
}

QByteArray DemoConnections::key(Backend backend)
{
    switch (backend) {
    case Backend::Century: return demokeys::kCenturyKey;
    case Backend::Treasure: return demokeys::kTreasureKey;
    case Backend::MobileNext: return demokeys::kMobileNextKey;
    }
    return {};
}
