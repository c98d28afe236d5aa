#pragma once

#include "demooptions.h"
#include "demopagefaults.h"
#include "demoresponse.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

class DemoMobileNextWorld;

// Mobile Next's session endpoints: newest first, `limit` (default 100, max 500), `before`
// (RFC 3339, strictly before: the quirk the client must work around), `nextCursor` = the last
// row's createdAt, X-Organization-Id, and {"error": {"code", "message"}} bodies.
class DemoMobileNextRoutes final
{
public:
    explicit DemoMobileNextRoutes(const DemoMobileNextWorld &world);

    // `path` is what follows /mobilenext (e.g. "/api/v1/sessions"); `organizationHeader`
    // is the X-Organization-Id value, empty when absent.
    DemoResponse handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &organizationHeader, DemoMobileNextShape shape,
                        const DemoPageFaults &faults, qint64 nowMs) const;

    static DemoResponse error(int status, const char *code, const QString &message);

private:
    DemoResponse sessions(const QUrlQuery &query, int organization, DemoMobileNextShape shape,
                          const DemoPageFaults &faults, qint64 nowMs) const;

    const DemoMobileNextWorld &m_world;
};
