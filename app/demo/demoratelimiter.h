#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>

// One token bucket per API key, refilled continuously at perMinute / 60 tokens a second and
// holding at most one minute's worth. Real time, not the simulated clock: the limit protects
// the client's polling rhythm, which runs on the wall clock.
class DemoRateLimiter final
{
public:
    explicit DemoRateLimiter(int perMinute);

    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // when refused: until one token is back
    };

    Decision take(const QByteArray &key);
    void setPerMinute(int perMinute);
    int perMinute() const { return m_perMinute; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    int m_perMinute;
    QElapsedTimer m_clock;
    QHash<QByteArray, Bucket> m_buckets;
};
