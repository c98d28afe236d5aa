#pragma once

#include "sessionstatus.h"
#include "timestamps.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>

// One session as a backend described it, after parsing and before the store compacts it.
// Fields that a page did not carry are empty strings or kNoTime.

enum class Gender : quint8 { Unknown, Male, Female, Other };

struct CenturyDetail
{
    // user
    QString userId;
    QString username;
    QString fullName;
    QString firstName;
    QString lastName;
    QString middleName;
    QString upn;         // Unique Pupil Number, optional
    QString externalId;  // optional
    QStringList emails;  // optional
    Gender gender = Gender::Unknown;
    QString genderRaw;   // as sent, kept when it is not one of the four known values
    qint64 dateOfBirthMs = kNoTime; // midnight UTC of the date
    // test
    QString testId;
    QString testVersionId;
    QString testName;
    QString subject;
    // result (completed only)
    qint64 resultCreatedMs = kNoTime;
    QString level;
    QString durationRaw;       // ISO 8601 duration as sent, e.g. "PT1H30M"
    qint64 durationSeconds = kNoTime;
};

struct TreasureDetail
{
    QString projectId;
    QString projectName;
    QString workflowId;
    QString workflowName;
    QString sessionUuid;
    qint64 sessionTimeMs = kNoTime;
    QString attemptId;
    bool done = false;
    bool success = false;
    bool cancelRequested = false;
    qint64 attemptCreatedMs = kNoTime;
    qint64 attemptFinishedMs = kNoTime;
    QByteArray paramsJson; // compact JSON text of lastAttempt.params, "{}" when absent
    QString poolId;
    QString retryAttemptName;
};

struct MobileNextDetail
{
    QString organizationId;
    QString userId;
    QString deviceId;
    QString platform;   // "ios", "android", ... kept raw
    QString deviceType;
    QString deviceName;
    QString osVersion;
    QString createdAtRaw; // as sent: the `before` cursor is built from it
};

struct SessionRecord
{
    QString id;                 // Century uuid, Treasure numeric id (as text), Mobile Next id
    SessionStatus status = SessionStatus::Unknown;
    QString backendStatus;      // the backend's own value, always shown beside `status`
    qint64 startedMs = kNoTime; // Century startDate, Treasure attempt createdAt, Mobile Next createdAt
    qint64 endedMs = kNoTime;   // Century endDate, Treasure finishedAt, Mobile Next releasedAt
    std::variant<CenturyDetail, TreasureDetail, MobileNextDetail> detail;
};
