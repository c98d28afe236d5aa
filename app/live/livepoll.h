#pragma once

#include "livepolicy.h"

#include "domain/query.h"
#include "domain/sessionrecord.h"
#include "net/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class ApiClient;
class LiveStoreTracker;
class Pager;
class SessionSource;
class SessionStore;

// One round of live polling for one view: a few requests, run one after another on the GUI
// thread, that bring back every session of the view that is new or may have changed. The
// backends differ only in which requests (CenturyLivePoll, KeysetLivePoll); walking a list
// and looking sessions up one by one are shared here. finished() comes exactly once, also
// after an error (records() then holds what arrived before it); never after abort().
class LivePoll : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePoll)

public:
    struct Context
    {
        std::shared_ptr<const SessionSource> source;
        ApiClient *client = nullptr;
        Query query;
        // Read on the GUI thread while the poll runs; the watcher aborts the poll before the
        // model replaces its store.
        const SessionStore *store = nullptr;
        const LiveStoreTracker *tracker = nullptr;
        LivePolicy policy;
        // Round robin over live rows when there are more than a poll may look up.
        int lookupOffset = 0;
        // Sessions that vanished from the in-progress list and were looked for in vain, by id.
        QHash<QString, int> *missedLookups = nullptr;
    };

    static std::unique_ptr<LivePoll> create(Context context);
    ~LivePoll() override;

    virtual void start() = 0;
    void abort();

    const std::vector<SessionRecord> &records() const { return m_records; }
    const ApiError &error() const { return m_error; }
    int requestsSent() const { return m_requests; }
    // How many live rows this poll looked up one by one (the watcher moves the round robin on).
    int lookups() const { return m_lookups; }

signals:
    void finished();

protected:
    explicit LivePoll(Context context);

    const Context &context() const { return m_context; }
    // Walks `query` page by page. `onPage` sees each page's new rows (already kept) and says
    // whether to go on; `then` runs once the walk ends without error.
    void walk(const Query &query, const std::function<bool(const std::vector<SessionRecord> &)> &onPage,
              const std::function<void()> &then);
    // Fetches each of these sessions again (backends with a one-session endpoint); a session
    // the server no longer knows (404) is skipped.
    void lookUp(const std::vector<SessionRecord> &sessions, const std::function<void()> &then);
    void keep(const std::vector<SessionRecord> &rows);
    std::vector<SessionRecord> &kept() { return m_records; }
    void fail(const ApiError &error);
    void succeed();

private:
    void dropPager();

    Context m_context;
    std::vector<SessionRecord> m_records;
    ApiError m_error;
    QPointer<Pager> m_pager;
    int m_pendingLookups = 0;
    int m_requests = 0;
    int m_lookups = 0;
    bool m_done = false;
    quint64 m_generation = 0;
};
