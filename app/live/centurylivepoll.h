#pragma once

#include "livepoll.h"

#include <QSet>

// Century: the view's in-progress list (all its pages), the sessions that appeared since the
// newest one loaded, and, for sessions that left the in-progress list, a look in /completed
// by pupil (one query for all of them; past 30 pupils the request becomes POST /search) to
// bring back their level and duration.
class CenturyLivePoll final : public LivePoll
{
    Q_OBJECT

public:
    explicit CenturyLivePoll(Context context);
    void start() override;

private:
    void walkNewSessions();
    void lookForFinished();
    void noteSeen(const std::vector<SessionRecord> &rows);

    QSet<QString> m_seen; // ids any step brought back
};
