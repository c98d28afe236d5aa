#pragma once

#include <QString>

#include <optional>

// The three session APIs SessionScope speaks (API-NOTES.md).
enum class Backend { Century, Treasure, MobileNext };

// Stable identifier used in settings, command lines and file names.
QString backendId(Backend backend);
std::optional<Backend> backendFromId(QStringView id);
// Human name, translated.
QString backendDisplayName(Backend backend);
