#pragma once

#include "storestringpool.h"
#include "storetuplepool.h"

#include "domain/timestamps.h"

// What repeats across Century sessions, stored once. Fields are string indices into
// `strings` unless they say otherwise; explicit padding keeps each tuple's bytes its identity.
struct CenturyStorePupil
{
    quint32 userId = 0;
    quint32 username = 0;
    quint32 fullName = 0;
    quint32 firstName = 0;
    quint32 lastName = 0;
    quint32 middleName = 0;
    quint32 upn = 0;
    quint32 externalId = 0;
    quint32 emails = 0;    // internBytes() of the emails' string indices, in order
    quint32 genderRaw = 0;
    quint32 gender = 0;    // Gender
    quint32 padding = 0;
    qint64 dateOfBirthMs = kNoTime;
};

struct CenturyStoreTest
{
    quint32 testId = 0;
    quint32 testVersionId = 0;
    quint32 testName = 0;
    quint32 subject = 0;
};

// The outcome of a completed session: a few dozen levels times the durations seen.
struct CenturyStoreResult
{
    quint32 level = 0;
    quint32 durationRaw = 0;
    qint64 durationSeconds = kNoTime;
};

// Append-only, shared with running jobs (sessionstore.h, threading contract).
struct CenturyStorePools
{
    StoreStringPool strings;
    StoreTuplePool<CenturyStorePupil> pupils;
    StoreTuplePool<CenturyStoreTest> tests;
    StoreTuplePool<CenturyStoreResult> results;
};
