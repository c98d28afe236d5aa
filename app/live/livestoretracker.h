#pragma once

#include "domain/timestamps.h"

#include <QtGlobal>

#include <vector>

class SessionStore;

// What a live poll needs to know about the loaded rows, kept up to date incrementally: the
// rows still live, the rows that failed or were killed lately (a Treasure session gets a new
// attempt when retried: it goes live again), and the newest start and end seen. Rows are never removed from a store,
// so each sync reads only the rows added since the last one plus the rows it knew were
// live; a poll costs O(new + live), not O(loaded), even at a million rows.
class LiveStoreTracker final
{
public:
    // A different store (new query or connection) starts the scan over.
    void sync(const SessionStore &store);
    void reset();

    const std::vector<qint32> &liveRows() const { return m_live; }
    // Failed or cancelled rows that ended at most `retryWindowMs` before the newest start
    // seen (the server's "now", near enough, in the server's own clock).
    const std::vector<qint32> &recentlyFailedRows() const { return m_recentlyFailed; }
    void setRetryWindow(qint64 ms) { m_retryWindowMs = ms; }
    qint64 newestStartedMs() const { return m_newestStarted; }
    qint64 newestEndedMs() const { return m_newestEnded; }

private:
    const SessionStore *m_store = nullptr;
    qsizetype m_scanned = 0;
    std::vector<qint32> m_live;
    std::vector<qint32> m_recentlyFailed;
    qint64 m_retryWindowMs = 30 * 60 * 1000;
    qint64 m_newestStarted = kNoTime;
    qint64 m_newestEnded = kNoTime;
};
