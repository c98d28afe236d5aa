#pragma once

#include "livepoll.h"

// Treasure Workflow and Mobile Next (newest-first keyset lists with a one-session endpoint):
// the newest pages until one holds a session already loaded, then each loaded session that
// is still live (attempt not done / device not released) or failed lately (a retry makes it
// live again), a bounded number per poll in
// round robin so that hundreds of running sessions never turn into hundreds of requests.
class KeysetLivePoll final : public LivePoll
{
    Q_OBJECT

public:
    explicit KeysetLivePoll(Context context);
    void start() override;

private:
    void lookUpLiveRows();
};
