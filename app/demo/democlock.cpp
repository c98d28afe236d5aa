#include "democlock.h"

DemoClock::DemoClock(qint64 startMs, double speed)
    : m_baseMs(startMs)
    , m_speed(speed < 0 ? 0 : speed)
{
    m_elapsed.start();
}

qint64 DemoClock::nowMs() const
{
    return m_baseMs + qint64(double(m_elapsed.elapsed()) * m_speed);
}

void DemoClock::setSpeed(double speed)
{
    // Re-anchor so that changing speed never makes time jump or run backwards.
    m_baseMs = nowMs();
    m_elapsed.restart();
    m_speed = speed < 0 ? 0 : speed;
}

void DemoClock::advance(qint64 ms)
{
    if (ms > 0)
        m_baseMs += ms;
}
