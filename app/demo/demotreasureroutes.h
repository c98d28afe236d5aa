#pragma once

#include "demopagefaults.h"
#include "demoresponse.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

class DemoTreasureWorld;

// Treasure Workflow's session endpoints (digdag REST): keyset paging by `last_id`
// (ids smaller than it, newest first), one session, and a session's attempts.
class DemoTreasureRoutes final
{
public:
    explicit DemoTreasureRoutes(const DemoTreasureWorld &world);

    // `path` is what follows /treasure (e.g. "/api/sessions/4300000012/attempts").
    DemoResponse handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const DemoPageFaults &faults, qint64 nowMs) const;

    static DemoResponse error(int status, const QString &message);

private:
    DemoResponse sessions(const QUrlQuery &query, const DemoPageFaults &faults, qint64 nowMs) const;
    DemoResponse attempts(quint32 session, const QUrlQuery &query, const DemoPageFaults &faults,
                          qint64 nowMs) const;

    const DemoTreasureWorld &m_world;
};
