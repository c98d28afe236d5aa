#pragma once

#include "democenturyworld.h"
#include "democlock.h"
#include "demomobilenextworld.h"
#include "demotreasureworld.h"

#include <QtGlobal>

// The three invented backends and the simulated clock they share. Built once from a seed;
// what any endpoint shows is a function of the world and the clock's "now".
class DemoWorld final
{
public:
    DemoWorld(quint64 seed, int scale, double speed);

    const DemoCenturyWorld &century() const { return m_century; }
    const DemoTreasureWorld &treasure() const { return m_treasure; }
    const DemoMobileNextWorld &mobileNext() const { return m_mobileNext; }

    quint64 seed() const { return m_seed; }
    int scale() const { return m_scale; }
    qint64 nowMs() const { return m_clock.nowMs(); }
    DemoClock &clock() { return m_clock; }
    // DemoOptions::canaryPupilName.
    void setCanaryPupilName(const QByteArray &name) { m_century.setCanaryPupilName(name); }

private:
    quint64 m_seed;
    int m_scale;
    DemoCenturyWorld m_century;
    DemoTreasureWorld m_treasure;
    DemoMobileNextWorld m_mobileNext;
    DemoClock m_clock;
};
