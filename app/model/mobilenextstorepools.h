#pragma once

#include "storestringpool.h"
#include "storetuplepool.h"

// A Mobile Next device as sessions repeat it (string indices into `strings`).
struct MobileNextStoreDevice
{
    quint32 deviceId = 0;
    quint32 platform = 0;
    quint32 deviceType = 0;
    quint32 deviceName = 0;
    quint32 osVersion = 0;
};

// Append-only, shared with running jobs (sessionstore.h, threading contract).
struct MobileNextStorePools
{
    StoreStringPool strings;
    StoreTuplePool<MobileNextStoreDevice> devices;
};
