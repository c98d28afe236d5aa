#include "keysetlivepoll.h"

#include "livestoretracker.h"

#include "model/sessionstore.h"

#include <QSet>

KeysetLivePoll::KeysetLivePoll(Context context)
    : LivePoll(std::move(context))
{}

void KeysetLivePoll::start()
{
    const SessionStore &store = *context().store;
    // Nothing loaded yet: the first page is the view's own; later pages are the model's job.
    const bool empty = store.size() == 0;
    walk(context().query,
         [&store, empty](const std::vector<SessionRecord> &rows) {
             if (empty)
                 return false;
             for (const SessionRecord &row : rows) {
                 if (store.rowOf(row.id) >= 0)
                     return false; // reached what is loaded
             }
             return !rows.empty();
         },
         [this] { lookUpLiveRows(); });
}

void KeysetLivePoll::lookUpLiveRows()
{
    const SessionStore &store = *context().store;
    std::vector<qint32> live = context().tracker->liveRows();
    const std::vector<qint32> &failed = context().tracker->recentlyFailedRows();
    live.insert(live.end(), failed.begin(), failed.end());
    if (live.empty())
        return succeed();
    const std::size_t count = std::min<std::size_t>(live.size(), std::size_t(context().policy.maxSinglesPerPoll));
    std::vector<SessionRecord> sessions;
    sessions.reserve(count);
    QSet<QString> fresh;
    for (const SessionRecord &record : records())
        fresh.insert(record.id);
    for (std::size_t i = 0; i < count; ++i) {
        const qint32 row = live[(std::size_t(context().lookupOffset) + i) % live.size()];
        if (!fresh.contains(store.id(row)))
            sessions.push_back(store.record(row));
    }
    lookUp(sessions, [this] { succeed(); });
}
