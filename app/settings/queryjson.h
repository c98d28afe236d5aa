#pragma once

#include "domain/backend.h"
#include "domain/query.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// A Query as a small JSON object for saved views and their files. Reading is strict: an
// unknown key, a value of the wrong type or an unknown enum name is an error with a sentence
// naming it, so that a hand-edited or foreign file never becomes a silently different query.
QJsonObject queryToJson(const Query &query);
std::optional<Query> queryFromJson(const QJsonObject &object, Backend backend, QString *error);
