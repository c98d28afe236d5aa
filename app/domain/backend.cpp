#include "backend.h"

#include <QCoreApplication>

QString backendId(Backend backend)
{
    switch (backend) {
    case Backend::Century: return QStringLiteral("century");
    case Backend::Treasure: return QStringLiteral("treasure");
    case Backend::MobileNext: return QStringLiteral("mobilenext");
    }
    return {};
}

std::optional<Backend> backendFromId(QStringView id)
{
    for (Backend b : {Backend::Century, Backend::Treasure, Backend::MobileNext}) {
        if (id == backendId(b))
            return b;
    }
    return std::nullopt;
}

QString backendDisplayName(Backend backend)
{
    switch (backend) {
    case Backend::Century: return QCoreApplication::translate("Backend", "Century Smart IA");
    case Backend::Treasure: return QCoreApplication::translate("Backend", "Treasure Workflow");
    case Backend::MobileNext: return QCoreApplication::translate("Backend", "Mobile Next");
    }
    return {};
}
