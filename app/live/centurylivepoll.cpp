#include "centurylivepoll.h"

#include "centurylivequeries.h"
#include "livestoretracker.h"

#include "model/sessionstore.h"

#include <algorithm>

CenturyLivePoll::CenturyLivePoll(Context context)
    : LivePoll(std::move(context))
{}

void CenturyLivePoll::noteSeen(const std::vector<SessionRecord> &rows)
{
    for (const SessionRecord &row : rows)
        m_seen.insert(row.id);
}

void CenturyLivePoll::start()
{
    const auto &view = std::get<CenturyQuery>(context().query);
    if (const std::optional<CenturyQuery> running = centurylive::inProgress(view)) {
        walk(*running, [this](const std::vector<SessionRecord> &rows) { noteSeen(rows); return true; },
             [this] { walkNewSessions(); });
    } else {
        walkNewSessions();
    }
}

void CenturyLivePoll::walkNewSessions()
{
    const auto &view = std::get<CenturyQuery>(context().query);
    const LiveStoreTracker &tracker = *context().tracker;
    const std::optional<CenturyQuery> fresh
        = centurylive::newSince(view, tracker.newestStartedMs(), tracker.newestEndedMs());
    if (!fresh)
        return lookForFinished();
    walk(*fresh, [this](const std::vector<SessionRecord> &rows) { noteSeen(rows); return true; },
         [this] { lookForFinished(); });
}

void CenturyLivePoll::lookForFinished()
{
    const SessionStore &store = *context().store;
    QHash<QString, int> &missed = *context().missedLookups;
    QSet<QString> wanted;
    QStringList pupils;
    qint64 earliest = kNoTime;
    for (const qint32 row : context().tracker->liveRows()) {
        const QString id = store.id(row);
        if (m_seen.contains(id) || missed.value(id) >= context().policy.maxCompletionLookups)
            continue;
        const SessionRecord record = store.record(row);
        const auto *detail = std::get_if<CenturyDetail>(&record.detail);
        if (!detail || detail->userId.isEmpty() || record.startedMs == kNoTime)
            continue;
        wanted.insert(id);
        if (!pupils.contains(detail->userId))
            pupils.append(detail->userId);
        earliest = earliest == kNoTime ? record.startedMs : std::min(earliest, record.startedMs);
    }
    if (wanted.isEmpty())
        return succeed();
    const auto &view = std::get<CenturyQuery>(context().query);
    const qsizetype keptBefore = qsizetype(records().size());
    walk(centurylive::completedOf(view, pupils, earliest),
         [](const std::vector<SessionRecord> &) { return true; },
         [this, wanted, keptBefore, &missed] {
             // Only the sessions asked about: other sessions of these pupils may lie outside
             // the view's filters; new ones of the view come from the step above.
             std::vector<SessionRecord> &all = kept();
             QSet<QString> found;
             auto end = std::remove_if(all.begin() + keptBefore, all.end(), [&](const SessionRecord &r) {
                 if (!wanted.contains(r.id))
                     return true;
                 found.insert(r.id);
                 return false;
             });
             all.erase(end, all.end());
             for (const QString &id : wanted) {
                 if (found.contains(id))
                     missed.remove(id);
                 else
                     ++missed[id];
             }
             succeed();
         });
}
