#pragma once

#include "demopagefaults.h"
#include "demoresponse.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <vector>

class DemoCenturyWorld;
struct DemoCenturyQuery;

// Century Connect's four Smart IA endpoints over a DemoCenturyWorld: filters, sort, offset and
// cursor paging, the page envelope of API-NOTES.md section 1, and 400/404 bodies.
class DemoCenturyRoutes final
{
public:
    explicit DemoCenturyRoutes(const DemoCenturyWorld &world);

    // `path` is what follows /century/api/v1 (e.g. "/smart-ia/sessions/completed").
    DemoResponse handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, const DemoPageFaults &faults, qint64 nowMs) const;

    static DemoResponse error(int status, const QString &message);

private:
    std::vector<quint32> matching(const DemoCenturyQuery &q, qint64 nowMs) const;
    // matching() for the last filter and instant asked again: a client paging one query
    // through a still world would otherwise make the server scan every session per page.
    const std::vector<quint32> &cachedMatching(const DemoCenturyQuery &q, qint64 nowMs) const;
    DemoResponse page(const DemoCenturyQuery &q, const DemoPageFaults &faults, qint64 nowMs) const;

    const DemoCenturyWorld &m_world;
    mutable QByteArray m_cachedKey;
    mutable std::vector<quint32> m_cachedRows;
};
