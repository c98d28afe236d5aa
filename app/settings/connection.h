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

    friend bool operator==(const Connection &, const Connection &) = default;
};
