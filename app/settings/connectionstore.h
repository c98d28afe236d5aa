#pragma once

#include "connection.h"

#include <QList>
#include <QString>

#include <optional>

// The user's saved connections in QSettings (group "connections"): name, backend, base URL,
// Mobile Next organization, poll interval, notifications. Never a key: keys go to the
// KeyStore. Reads and writes the default QSettings each call, so every window, the command
// line and the tests see one truth.
class ConnectionStore final
{
public:
    QList<Connection> list() const; // in the order they were added
    std::optional<Connection> find(const QString &id) const;
    // By id, then by name (case-insensitive): what `--profile NAME` resolves.
    std::optional<Connection> findByName(const QString &name) const;
    // Gives the connection a new id when it has none; returns the stored connection.
    Connection add(Connection connection);
    // False when no connection has this id.
    bool update(const Connection &connection);
    bool remove(const QString &id);
    bool isEmpty() const { return list().isEmpty(); }
};
