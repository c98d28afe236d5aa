#include "originpolicy.h"

#include <QHostAddress>

namespace originpolicy {

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped); // also reads ::ffff:127.x.y.z
    if (mapped)
        return (v4 >> 24) == 127;
    return address.isLoopback();
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.isValid() && b.isValid() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

QString originText(const QUrl &url)
{
    return url.scheme().toLower() + QLatin1String("://") + url.host().toLower() + QLatin1Char(':')
           + QString::number(effectivePort(url));
}

QString refusal(const QUrl &url, const QUrl &origin)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("invalid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return QStringLiteral("plain http refused for %1 (https required except on loopback)").arg(url.host());
    } else if (scheme != QLatin1String("https")) {
        return QStringLiteral("scheme '%1' refused (https required)").arg(scheme);
    }
    if (!isSameOrigin(url, origin))
        return QStringLiteral("%1 is not the connection's origin %2").arg(originText(url), originText(origin));
    return {};
}

} // namespace originpolicy
