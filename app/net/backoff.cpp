#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds max)
    : m_base(std::max(base, std::chrono::milliseconds(0)))
    , m_max(std::max(max, std::chrono::milliseconds(0)))
{}

std::chrono::milliseconds Backoff::ceiling(int retry) const
{
    // Doubling stops as soon as the cap is reached, so a large retry count cannot overflow.
    std::chrono::milliseconds value = std::min(m_base, m_max);
    for (int i = 0; i < retry && value < m_max; ++i)
        value = std::min(value * 2, m_max);
    return value;
}

std::chrono::milliseconds Backoff::delay(int retry, QRandomGenerator *random) const
{
    QRandomGenerator *generator = random ? random : QRandomGenerator::global();
    const auto top = ceiling(retry).count();
    return std::chrono::milliseconds(top > 0 ? generator->bounded(qint64(top) + 1) : 0);
}
