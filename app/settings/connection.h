#pragma once

#include "domain/backend.h"

#include <QString>
#include <QUrl>

// One place SessionScope reads sessions from. The key is not part of it: keys live in the
// keychain and in memory only (DESIGN.md section 6).
struct Connection
{
    QString id;      // stable: settings and saved views refer to it
    QString name;    // shown in the connection picker
    Backend backend = Backend::Century;
    QUrl baseUrl;    // for the demo connections: known once the demo server listens
    bool demo = false;
    QString organizationId; // Mobile Next: the X-Organization-Id to send; empty: the key's own
    int pollIntervalSeconds = 30; // live polling; the API rate limits excessive polling
    bool notifications = true;    // tell the user when watched sessions complete

    friend bool operator==(const Connection &, const Connection &) = default;
};
