#include "livestoretracker.h"

#include "model/sessionstore.h"

#include <algorithm>

void LiveStoreTracker::reset()
{
    m_store = nullptr;
    m_scanned = 0;
    m_live.clear();
    m_recentlyFailed.clear();
    m_newestStarted = kNoTime;
    m_newestEnded = kNoTime;
}

void LiveStoreTracker::sync(const SessionStore &store)
{
    // A cleared store is smaller than what was scanned: its rows are new rows.
    if (&store != m_store || store.size() < m_scanned) {
        reset();
        m_store = &store;
    }
    const auto failed = [&store](qint32 row) {
        const SessionStatus status = store.status(row);
        return status == SessionStatus::Failed || status == SessionStatus::Cancelled;
    };
    // Known rows change status: live ones finish, failed ones are retried.
    std::vector<qint32> nowFailed, nowLive;
    std::erase_if(m_live, [&](qint32 row) {
        if (store.status(row) == SessionStatus::Live)
            return false;
        if (failed(row))
            nowFailed.push_back(row);
        return true;
    });
    std::erase_if(m_recentlyFailed, [&](qint32 row) {
        if (failed(row))
            return false;
        if (store.status(row) == SessionStatus::Live)
            nowLive.push_back(row);
        return true;
    });
    m_live.insert(m_live.end(), nowLive.begin(), nowLive.end());
    m_recentlyFailed.insert(m_recentlyFailed.end(), nowFailed.begin(), nowFailed.end());
    for (qsizetype row = m_scanned; row < store.size(); ++row) {
        m_newestStarted = std::max(m_newestStarted, store.startedMs(row));
        m_newestEnded = std::max(m_newestEnded, store.endedMs(row));
        if (store.status(row) == SessionStatus::Live)
            m_live.push_back(qint32(row));
        else if (failed(qint32(row)))
            m_recentlyFailed.push_back(qint32(row));
    }
    for (qint32 row : m_live)
        m_newestStarted = std::max(m_newestStarted, store.startedMs(row));
    if (m_newestStarted != kNoTime) {
        const qint64 oldest = m_newestStarted - m_retryWindowMs;
        std::erase_if(m_recentlyFailed, [&](qint32 row) { return store.endedMs(row) < oldest; });
    }
    m_scanned = store.size();
}
