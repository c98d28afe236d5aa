#pragma once

#include <chrono>

class QRandomGenerator;

// Capped exponential backoff with full jitter (the AWS architecture blog's "Full Jitter"):
// retry n waits a uniformly random time in [0, min(max, base * 2^n)]. The randomness keeps
// clients that failed together from retrying together.
class Backoff final
{
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds max);

    // The upper bound for retry `retry` (0 for the first retry).
    std::chrono::milliseconds ceiling(int retry) const;
    // A random wait in [0, ceiling(retry)]; `random` defaults to the global generator.
    std::chrono::milliseconds delay(int retry, QRandomGenerator *random = nullptr) const;

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_max;
};
