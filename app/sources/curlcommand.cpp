#include "curlcommand.h"

#include "sessionsource.h"

#include <QStringList>

namespace {

// Stands in for the key when asking the source for its auth header, so that the header's
// shape ("TD1 <key>", "Bearer <key>") comes from the one place that defines it.
constexpr char kKeyMarker[] = "\x01SESSIONSCOPE-KEY\x01";

// Inside double quotes only these four keep a special meaning in POSIX sh.
QString escapedForDoubleQuotes(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"' || c == u'$' || c == u'`')
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// The auth header as a shell word that expands the key variable, kept readable
// ("Authorization: TD1 $TD_API_KEY") when nothing in it needs care.
QString authHeaderWord(const SessionSource &source)
{
    const QPair<QByteArray, QByteArray> header = source.authHeader(QByteArray(kKeyMarker));
    if (header.first.isEmpty())
        return {};
    const QString variable = curlKeyVariable(source.backend());
    const QString line
        = QString::fromLatin1(header.first) + QLatin1String(": ") + QString::fromUtf8(header.second);
    const qsizetype at = line.indexOf(QLatin1String(kKeyMarker));
    if (at < 0) // a header that transforms the key cannot be written with a plain variable
        return QLatin1Char('"') + escapedForDoubleQuotes(QString::fromLatin1(header.first))
            + QLatin1String(": $") + variable + QLatin1Char('"');
    const QStringView before = QStringView(line).left(at);
    const QStringView after = QStringView(line).mid(at + qsizetype(sizeof(kKeyMarker)) - 1);
    // `!` would trigger history expansion inside double quotes in an interactive bash.
    if (before.contains(u'!') || after.contains(u'!'))
        return shellQuoted(before) + QLatin1String("\"$") + variable + QLatin1Char('"') + shellQuoted(after);
    const QString reference = after.isEmpty() ? QString(QLatin1Char('$') + variable)
                                              : QString(QLatin1String("${") + variable + QLatin1Char('}'));
    return QLatin1Char('"') + escapedForDoubleQuotes(before) + reference + escapedForDoubleQuotes(after)
        + QLatin1Char('"');
}

} // namespace

QString shellQuoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : text) {
        if (c == u'\'')
            out += QLatin1String("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString curlKeyVariable(Backend backend)
{
    switch (backend) {
    case Backend::Century: return QStringLiteral("CENTURY_API_KEY");
    case Backend::Treasure: return QStringLiteral("TD_API_KEY");
    case Backend::MobileNext: return QStringLiteral("MOBILENEXT_TOKEN");
    }
    return QStringLiteral("API_KEY");
}

QString curlCommand(const PageRequest &request, const SessionSource &source)
{
    // --globoff: Century's parameters carry brackets ("startDate[gte]"), which curl would
    // otherwise read as a URL range pattern.
    QStringList parts{QStringLiteral("curl --globoff --silent --show-error")};
    if (request.verb != "GET")
        parts << QLatin1String("--request ") + shellQuoted(QString::fromLatin1(request.verb));
    if (const QString auth = authHeaderWord(source); !auth.isEmpty())
        parts << QLatin1String("--header ") + auth;
    for (const auto &[name, value] : request.headers)
        parts << QLatin1String("--header ")
                + shellQuoted(
                     QString(QString::fromLatin1(name) + QLatin1String(": ") + QString::fromUtf8(value)));
    if (!request.jsonBody.isEmpty()) {
        parts << QLatin1String("--header ") + shellQuoted(u"Content-Type: application/json");
        parts << QLatin1String("--data-raw ") + shellQuoted(QString::fromUtf8(request.jsonBody));
    }
    const QUrl url = request.url.adjusted(QUrl::RemoveUserInfo);
    parts << shellQuoted(QString::fromUtf8(url.toEncoded()));
    return parts.join(QLatin1String(" \\\n  "));
}
