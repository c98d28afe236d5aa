#pragma once

#include "storestringpool.h"
#include "storetuplepool.h"

// What repeats across Treasure Workflow sessions, stored once (string indices into
// `strings`).
struct TreasureStoreWorkflow
{
    quint32 projectId = 0;
    quint32 projectName = 0;
    quint32 workflowId = 0;
    quint32 workflowName = 0;
};

// The attempt's fields that scheduled runs of one workflow share.
struct TreasureStoreAttempt
{
    quint32 params = 0; // internBytes() of the compact JSON, kept byte for byte
    quint32 poolId = 0;
    quint32 retryAttemptName = 0;
};

// Append-only, shared with running jobs (sessionstore.h, threading contract).
struct TreasureStorePools
{
    StoreStringPool strings;
    StoreTuplePool<TreasureStoreWorkflow> workflows;
    StoreTuplePool<TreasureStoreAttempt> attempts;
};
