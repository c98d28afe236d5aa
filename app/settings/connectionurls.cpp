#include "connectionurls.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

// A named context lets lupdate see these free functions' texts.
struct ConnectionUrlsText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionUrls)
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QList<BaseUrlPreset> baseUrlPresets(Backend backend)
{
    switch (backend) {
    case Backend::Century:
        return {{ConnectionUrlsText::tr("Century production"), QUrl(QStringLiteral("https://connect.century.tech/api/v1"))}};
    case Backend::Treasure:
        return {
            {ConnectionUrlsText::tr("United States"), QUrl(QStringLiteral("https://api-workflow.treasuredata.com"))},
            {ConnectionUrlsText::tr("Tokyo"), QUrl(QStringLiteral("https://api-workflow.treasuredata.co.jp"))},
            {ConnectionUrlsText::tr("Europe (eu01)"), QUrl(QStringLiteral("https://api-workflow.eu01.treasuredata.com"))},
            {ConnectionUrlsText::tr("Seoul (ap02)"), QUrl(QStringLiteral("https://api-workflow.ap02.treasuredata.com"))},
            {ConnectionUrlsText::tr("Tokyo (ap03)"), QUrl(QStringLiteral("https://api-workflow.ap03.treasuredata.com"))},
        };
    case Backend::MobileNext:
        return {{ConnectionUrlsText::tr("Mobile Next"), QUrl(QStringLiteral("https://api.mobilenexthq.com"))}};
    }
    return {};
}

QString baseUrlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return ConnectionUrlsText::tr("Enter the service's address, for example https://connect.century.tech/api/v1.");
    if (!url.isValid() || url.host().isEmpty())
        return ConnectionUrlsText::tr("This is not a web address. It should look like https://host/path.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return ConnectionUrlsText::tr("Plain http:// would send the key and pupil data unencrypted; use https://. "
                  "(http:// is only allowed for this computer, e.g. a local demo server.)");
    }
    if (scheme != QLatin1String("https"))
        return ConnectionUrlsText::tr("The address must start with https://.");
    if (!url.userInfo().isEmpty())
        return ConnectionUrlsText::tr("Leave the user name and password out of the address; the key goes in the Key field.");
    if (url.hasQuery() || url.hasFragment())
        return ConnectionUrlsText::tr("The address must not contain '?' or '#': give the API's base path only.");
    return {};
}
