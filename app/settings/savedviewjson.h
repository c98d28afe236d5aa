#pragma once

#include "savedview.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A saved view as a small JSON document: the File > Export view… file and the form kept in
// QSettings. No key, no rows, no last-export time in the file; reading rejects an unknown
// format, version, backend or field with a sentence that names it.
namespace savedviewjson {

enum class Purpose { File, Settings }; // Settings also keeps the id and the last export time

QByteArray write(const SavedView &view, Purpose purpose);
std::optional<SavedView> read(const QByteArray &json, Purpose purpose, QString *error);

} // namespace savedviewjson
