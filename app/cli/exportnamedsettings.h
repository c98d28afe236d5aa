#pragma once

#include "domain/backend.h"
#include "domain/query.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The one door through which `sessionscope export --profile NAME --view NAME` reaches saved
// connections and views (issue 9). Until saved profiles and views exist every name is
// unknown, and the command ends with exit 2 and the sentence in `error`; issue 9 fills in
// these two functions and nothing else in the export command needs to change.
namespace exportnamedsettings {

struct Profile
{
    Backend backend = Backend::Century;
    QUrl baseUrl;
    QString keychainEntry; // where the key is kept (the keychain), never the key itself
};

struct View
{
    Query query;
    QStringList columnIds; // in order; empty: the export defaults
};

std::optional<Profile> resolveProfile(const QString &name, QString *error);
// A view belongs to one backend: `backend` is the profile's or --backend's.
std::optional<View> resolveView(const QString &name, Backend backend, QString *error);

} // namespace exportnamedsettings
