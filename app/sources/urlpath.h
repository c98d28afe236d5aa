#pragma once

#include <QString>
#include <QUrl>

// The base URL with `path` appended to its path (no doubled slash) and no query.
QUrl appendPath(const QUrl &base, const QString &path);
