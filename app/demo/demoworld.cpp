#include "demoworld.h"

#include "demoepoch.h"

DemoWorld::DemoWorld(quint64 seed, int scale, double speed)
    : m_seed(seed)
    , m_scale(scale)
    , m_century(seed, scale)
    , m_treasure(seed, scale)
    , m_mobileNext(seed, scale)
    , m_clock(demoepoch::kWorldStartMs, speed)
{
}
