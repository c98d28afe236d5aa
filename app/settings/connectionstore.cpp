#include "connectionstore.h"

#include <QSettings>
#include <QUuid>

namespace {

const QString kGroup = QStringLiteral("connections");

void write(QSettings &settings, const Connection &c)
{
    settings.beginGroup(kGroup);
    settings.beginGroup(c.id);
    settings.setValue(QStringLiteral("name"), c.name);
    settings.setValue(QStringLiteral("backend"), backendId(c.backend));
    settings.setValue(QStringLiteral("baseUrl"), c.baseUrl.toString());
    settings.setValue(QStringLiteral("organizationId"), c.organizationId);
    settings.setValue(QStringLiteral("pollIntervalSeconds"), c.pollIntervalSeconds);
    settings.setValue(QStringLiteral("notifications"), c.notifications);
    settings.endGroup();
    settings.endGroup();
}

std::optional<Connection> read(QSettings &settings, const QString &id)
{
    settings.beginGroup(kGroup);
    settings.beginGroup(id);
    Connection c;
    c.id = id;
    c.name = settings.value(QStringLiteral("name")).toString();
    const std::optional<Backend> backend = backendFromId(settings.value(QStringLiteral("backend")).toString());
    c.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
    c.organizationId = settings.value(QStringLiteral("organizationId")).toString();
    c.pollIntervalSeconds = settings.value(QStringLiteral("pollIntervalSeconds"), c.pollIntervalSeconds).toInt();
    c.notifications = settings.value(QStringLiteral("notifications"), c.notifications).toBool();
    settings.endGroup();
    settings.endGroup();
    // An entry from a newer version (another backend) or a hand edit: skipped, not guessed.
    if (!backend || c.name.isEmpty())
        return std::nullopt;
    c.backend = *backend;
    return c;
}

QStringList orderedIds(QSettings &settings)
{
    return settings.value(QStringLiteral("connectionOrder")).toStringList();
}

} // namespace

QList<Connection> ConnectionStore::list() const
{
    QSettings settings;
    QList<Connection> out;
    for (const QString &id : orderedIds(settings)) {
        if (std::optional<Connection> c = read(settings, id))
            out.append(*c);
    }
    return out;
}

std::optional<Connection> ConnectionStore::find(const QString &id) const
{
    QSettings settings;
    if (!orderedIds(settings).contains(id))
        return std::nullopt;
    return read(settings, id);
}

std::optional<Connection> ConnectionStore::findByName(const QString &name) const
{
    const QList<Connection> all = list();
    for (const Connection &c : all) {
        if (c.id == name)
            return c;
    }
    for (const Connection &c : all) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

Connection ConnectionStore::add(Connection connection)
{
    if (connection.id.isEmpty())
        connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connection.demo = false;
    QSettings settings;
    QStringList ids = orderedIds(settings);
    if (!ids.contains(connection.id))
        ids.append(connection.id);
    settings.setValue(QStringLiteral("connectionOrder"), ids);
    write(settings, connection);
    return connection;
}

bool ConnectionStore::update(const Connection &connection)
{
    QSettings settings;
    if (!orderedIds(settings).contains(connection.id))
        return false;
    write(settings, connection);
    return true;
}

bool ConnectionStore::remove(const QString &id)
{
    QSettings settings;
    QStringList ids = orderedIds(settings);
    if (!ids.removeOne(id))
        return false;
    settings.setValue(QStringLiteral("connectionOrder"), ids);
    settings.beginGroup(kGroup);
    settings.remove(id);
    settings.endGroup();
    return true;
}
