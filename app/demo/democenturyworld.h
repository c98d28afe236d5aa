#pragma once

#include "democenturypupils.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>
#include <vector>

class DemoJsonWriter;

// Century Smart IA sessions. Each session is 12 bytes (start, duration, pupil, test, level);
// names, ids and results are derived from the seed when a session is written. Sessions are
// generated in start order, so "started by now" is a prefix and startDate order is index
// order. A session is IN_PROGRESS while start <= now < end, COMPLETED once end <= now, and
// does not exist yet before its start.
class DemoCenturyWorld final
{
public:
    DemoCenturyWorld(quint64 seed, int scale);

    quint32 sessionCount() const { return quint32(m_rows.size()); }
    const DemoCenturyPupils &pupils() const { return m_pupils; }
    // "First Last" becomes the name of the pupil who sat the first session (which has started
    // whatever the clock says): privacy tests look for it everywhere.
    void setCanaryPupilName(const QByteArray &name);

    static int testCount();
    static const char *testName(int test);
    static const char *testSubject(int test);
    QByteArray testId(int test) const { return m_testIds.at(std::size_t(test)); }
    std::optional<int> testIndexOf(QByteArrayView uuid) const;

    qint64 startMs(quint32 i) const;
    qint64 endMs(quint32 i) const;
    quint32 pupilOf(quint32 i) const { return m_rows[i].pupil; }
    int testOf(quint32 i) const { return m_rows[i].test; }

    // Number of sessions with start <= now (they form a prefix).
    quint32 startedCount(qint64 nowMs) const;
    // First index that may still be in progress at `now` (start > now - longest duration).
    quint32 firstPossiblyLive(qint64 nowMs) const;
    // Every session index ordered by (end, index).
    const std::vector<quint32> &endOrder() const { return m_endOrder; }

    void writeSession(DemoJsonWriter &json, quint32 i, qint64 nowMs) const;

    static constexpr int kMaxDurationSec = 95 * 60;

private:
    struct Row
    {
        qint32 startSec;     // since the start of the academic year
        quint16 durationSec;
        quint8 test;
        quint8 level;
        quint32 pupil;
    };

    quint64 m_seed;
    DemoCenturyPupils m_pupils;
    std::vector<Row> m_rows;
    std::vector<quint32> m_endOrder;
    std::vector<QByteArray> m_testIds;
    std::vector<QByteArray> m_testVersionIds; // test * kMaxVersions + version
};
