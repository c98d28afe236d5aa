#include "demoratelimiter.h"

#include <algorithm>
#include <cmath>

DemoRateLimiter::DemoRateLimiter(int perMinute)
    : m_perMinute(perMinute)
{
    m_clock.start();
}

void DemoRateLimiter::setPerMinute(int perMinute)
{
    m_perMinute = perMinute;
    m_buckets.clear();
}

DemoRateLimiter::Decision DemoRateLimiter::take(const QByteArray &key)
{
    if (m_perMinute <= 0)
        return {};
    const qint64 now = m_clock.elapsed();
    const double capacity = m_perMinute;
    const double perMs = capacity / 60000.0;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{capacity, now});
    Bucket &bucket = *it;
    bucket.tokens = std::min(capacity, bucket.tokens + double(now - bucket.updatedMs) * perMs);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return {};
    }
    const double waitMs = (1.0 - bucket.tokens) / perMs;
    return {false, std::max(1, int(std::ceil(waitMs / 1000.0)))};
}
