#pragma once

#include "demotreasureattempt.h"

#include <QtGlobal>

#include <optional>
#include <vector>

class DemoJsonWriter;

// Treasure Workflow sessions: 8 bytes each (creation, workflow, attempt count, params
// shape). Every attempt's timeline (blocked? -> queued -> running -> canceling? ->
// success/error/killed) is derived from the seed, so what a session shows is a function of
// "now". Session ids grow with creation time, so "newest first" is descending id and the
// sessions that exist at `now` are a prefix. Ids above 2^32 catch a client that keeps them
// in 32 bits.
class DemoTreasureWorld final
{
public:
    static constexpr int kMaxAttempts = 3;
    static constexpr qint64 kFirstSessionId = 4300000000ll;
    static constexpr qint64 kFirstAttemptId = 9100000000ll;

    DemoTreasureWorld(quint64 seed, int scale);

    quint32 sessionCount() const { return quint32(m_rows.size()); }
    quint32 visibleCount(qint64 nowMs) const;
    qint64 sessionId(quint32 i) const { return kFirstSessionId + i; }
    std::optional<quint32> indexOfId(qint64 id, qint64 nowMs) const;

    // The attempts that exist at `now`, oldest first; returns how many.
    int attemptsAt(quint32 i, qint64 nowMs, DemoTreasureAttempt (&out)[kMaxAttempts]) const;

    void writeSession(DemoJsonWriter &json, quint32 i, qint64 nowMs) const;
    // An element of /attempts: the attempt plus its session's identity.
    void writeAttempt(DemoJsonWriter &json, quint32 i, const DemoTreasureAttempt &attempt) const;

private:
    struct Row
    {
        qint32 createdSec; // since the start of the academic year
        quint16 workflow;
        quint8 attempts;
        quint8 paramsShape;
    };

    qint64 createdMs(quint32 i) const;
    qint64 sessionTimeMs(quint32 i) const;
    void writeProjectAndWorkflow(DemoJsonWriter &json, quint32 i) const;
    void writeAttemptBody(DemoJsonWriter &json, quint32 i, const DemoTreasureAttempt &attempt) const;

    quint64 m_seed;
    std::vector<Row> m_rows;
};
