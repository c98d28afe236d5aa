#include "sessionstore.h"

#include "centurysessionstore.h"
#include "mobilenextsessionstore.h"
#include "treasuresessionstore.h"

std::unique_ptr<SessionStore> SessionStore::create(Backend backend)
{
    switch (backend) {
    case Backend::Century: return std::make_unique<CenturySessionStore>();
    case Backend::Treasure: return std::make_unique<TreasureSessionStore>();
    case Backend::MobileNext: return std::make_unique<MobileNextSessionStore>();
    }
    return nullptr;
}
