#pragma once

#include "domain/backend.h"
#include "domain/query.h"
#include "domain/timestamps.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The one door through which `sessionscope export --profile NAME --view NAME` reaches saved
// connections (ConnectionStore) and views (SavedViewStore), by id or by name.
namespace exportnamedsettings {

struct Profile
{
    Backend backend = Backend::Century;
    QUrl baseUrl;
    QString keychainEntry; // where the key is kept (the keychain), never the key itself
};

struct View
{
    QString id;            // for --since-last-run's bookkeeping
    Query query;
    QStringList columnIds; // in order; empty: the export defaults
    qint64 lastExportEndMs = kNoTime; // the previous successful export's end, if any
};

std::optional<Profile> resolveProfile(const QString &name, QString *error);
// The saved connection a view belongs to: `--view NAME` alone exports from there.
std::optional<Profile> resolveProfileOfView(const QString &viewName, QString *error);
// A view belongs to one backend: `backend` is the profile's or --backend's.
std::optional<View> resolveView(const QString &name, Backend backend, QString *error);
// `--since-last-run`: the view's query narrowed to sessions that ended after `lastEndMs`
// (everything the first time, when it is kNoTime). Century only: the other APIs cannot ask
// for an end time.
std::optional<Query> endedAfter(const Query &query, qint64 lastEndMs, QString *error);
// After a successful export of the view: sessions that ended before `endMs` are done.
void recordExportEnd(const QString &viewId, qint64 endMs);

} // namespace exportnamedsettings
