#include "sessionsource.h"

#include "century/centurysource.h"
#include "mobilenext/mobilenextsource.h"
#include "treasure/treasuresource.h"
#include "urlpath.h"

QUrl SessionSource::endpoint(const QString &path) const
{
    return appendPath(m_baseUrl, path);
}

std::unique_ptr<SessionSource> makeSessionSource(Backend backend, const QUrl &baseUrl)
{
    switch (backend) {
    case Backend::Century: return std::make_unique<CenturySource>(baseUrl);
    case Backend::Treasure: return std::make_unique<TreasureSource>(baseUrl);
    case Backend::MobileNext: return std::make_unique<MobileNextSource>(baseUrl);
    }
    return nullptr;
}
