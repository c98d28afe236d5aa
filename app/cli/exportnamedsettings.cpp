#include "exportnamedsettings.h"

#include <QCoreApplication>

namespace exportnamedsettings {

std::optional<Profile> resolveProfile(const QString &name, QString *error)
{
    *error = QCoreApplication::translate("ExportNamedSettings", "There is no saved profile named '%1'.").arg(name);
    return std::nullopt;
}

std::optional<View> resolveView(const QString &name, Backend backend, QString *error)
{
    Q_UNUSED(backend)
    *error = QCoreApplication::translate("ExportNamedSettings", "There is no saved view named '%1'.").arg(name);
    return std::nullopt;
}

} // namespace exportnamedsettings
