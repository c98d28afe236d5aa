#pragma once

#include "demooptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>
#include <vector>

class DemoJsonWriter;

// Mobile Next device sessions: 16 bytes each. Creation instants are stored (to the
// millisecond) because groups of sessions deliberately share one: about half the rows sit in
// such a group, so a strictly-before keyset page boundary regularly falls inside one, which
// is the case where naive paging loses rows. Two organizations: a team (the key's default)
// and a Personal one whose name is null.
class DemoMobileNextWorld final
{
public:
    static constexpr int kOrganizationCount = 2;

    DemoMobileNextWorld(quint64 seed, int scale);

    quint32 sessionCount() const { return quint32(m_rows.size()); }
    qint64 createdMs(quint32 i) const { return m_rows[i].createdMs; }
    int organizationOf(quint32 i) const { return m_rows[i].organization; }
    quint32 visibleCount(qint64 nowMs) const;          // created <= now: a prefix
    quint32 countCreatedBefore(qint64 instantMs) const; // created < instant: a prefix
    std::optional<quint32> indexOfId(QByteArrayView uuid) const;
    QByteArray sessionId(quint32 i) const;

    static QByteArray organizationId(int organization);
    // X-Organization-Id: the string id, or the number shape B reports.
    std::optional<int> organizationFromHeader(QByteArrayView value) const;

    void writeSession(DemoJsonWriter &json, quint32 i, qint64 nowMs, DemoMobileNextShape shape) const;
    void writeOrganizations(DemoJsonWriter &json) const;

private:
    struct Row
    {
        qint64 createdMs;
        qint32 heldSec;
        quint8 device;
        quint8 organization;
        quint8 user;
    };

    quint64 m_seed;
    std::vector<Row> m_rows;
};
