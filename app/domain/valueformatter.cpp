#include "valueformatter.h"

#include "sessionstatus.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace {

// Numbers in the default locale's digits (Arabic-Indic in Arabic), as QLocale gives the rest.
QString number(qint64 n)
{
    return QLocale().toString(n);
}

// The default locale's short date with the year in full and its short time: "01/07/2023 08:30"
// in French, "7/1/2023 8:30 AM" in American English. The C locale (no language chosen, and
// the tests) keeps ISO 8601, which reads the same everywhere.
QString dateTimePattern(const QLocale &locale, bool withTime)
{
    if (locale.language() == QLocale::C)
        return withTime ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd");
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return withTime ? date + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat) : date;
}

} // namespace

QString formatDuration(qint64 seconds)
{
    if (seconds == kNoTime)
        return {};
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    s %= 60;
    QStringList parts;
    if (days)
        parts << QCoreApplication::translate("Duration", "%1 d").arg(number(days));
    if (hours)
        parts << QCoreApplication::translate("Duration", "%1 h").arg(number(hours));
    if (minutes)
        parts << QCoreApplication::translate("Duration", "%1 min").arg(number(minutes));
    // Seconds only matter for short durations; "1 h 30 min 12 s" is noise in a table.
    if (s && days == 0 && hours == 0)
        parts << QCoreApplication::translate("Duration", "%1 s").arg(number(s));
    if (parts.isEmpty())
        parts << QCoreApplication::translate("Duration", "%1 s").arg(number(0));
    return (negative ? QStringLiteral("-") : QString()) + parts.join(QLatin1Char(' '));
}

QString formatDateTime(qint64 ms, const DisplayOptions &options)
{
    if (ms == kNoTime)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, options.utc ? Qt::UTC : Qt::LocalTime);
    const QLocale locale;
    return locale.toString(t, dateTimePattern(locale, true)) + (options.utc ? QStringLiteral(" UTC") : QString());
}

QString formatRelativeTime(qint64 ms, qint64 nowMs)
{
    if (ms == kNoTime)
        return {};
    const qint64 seconds = (nowMs - ms) / 1000;
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    if (magnitude < 45)
        return QCoreApplication::translate("RelativeTime", "just now");
    QString amount;
    if (magnitude < 3600)
        amount = QCoreApplication::translate("RelativeTime", "%1 min").arg(number((magnitude + 30) / 60));
    else if (magnitude < 2 * 86400)
        amount = QCoreApplication::translate("RelativeTime", "%1 h").arg(number((magnitude + 1800) / 3600));
    else
        amount = QCoreApplication::translate("RelativeTime", "%1 d").arg(number((magnitude + 43200) / 86400));
    return seconds >= 0 ? QCoreApplication::translate("RelativeTime", "%1 ago").arg(amount)
                        : QCoreApplication::translate("RelativeTime", "in %1").arg(amount);
}

QString formatValue(ColumnType type, const QVariant &raw, const DisplayOptions &options)
{
    if (!raw.isValid() || raw.isNull())
        return {};
    switch (type) {
    case ColumnType::DateTime: return formatDateTime(raw.toLongLong(), options);
    case ColumnType::Date:
    {
        const QLocale locale;
        return locale.toString(QDateTime::fromMSecsSinceEpoch(raw.toLongLong(), Qt::UTC).date(),
                               dateTimePattern(locale, false));
    }
    case ColumnType::Duration: return formatDuration(raw.toLongLong());
    case ColumnType::Status: return sessionStatusDisplayName(static_cast<SessionStatus>(raw.toInt()));
    case ColumnType::Boolean:
        return raw.toBool() ? QCoreApplication::translate("Value", "Yes") : QCoreApplication::translate("Value", "No");
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Json: return raw.toString();
    }
    return raw.toString();
}
