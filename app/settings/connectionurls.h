#pragma once

#include "domain/backend.h"

#include <QList>
#include <QString>
#include <QUrl>

// A base URL the connection form offers for a backend (API-NOTES.md).
struct BaseUrlPreset
{
    QString label; // e.g. "Europe (eu01)"
    QUrl url;
};

// Century production; Treasure Workflow's five regions; Mobile Next. First is the default.
QList<BaseUrlPreset> baseUrlPresets(Backend backend);

// Empty when `url` may be a connection's base URL; otherwise one sentence saying what to
// change. HTTPS only, plain http only to this computer (loopback), as ApiClient enforces.
QString baseUrlProblem(const QUrl &url);
