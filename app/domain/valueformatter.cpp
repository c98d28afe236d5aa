#include "valueformatter.h"

#include "sessionstatus.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QDateTime>

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
        parts << QCoreApplication::translate("Duration", "%1 d").arg(days);
    if (hours)
        parts << QCoreApplication::translate("Duration", "%1 h").arg(hours);
    if (minutes)
        parts << QCoreApplication::translate("Duration", "%1 min").arg(minutes);
    // Seconds only matter for short durations; "1 h 30 min 12 s" is noise in a table.
    if (s && days == 0 && hours == 0)
        parts << QCoreApplication::translate("Duration", "%1 s").arg(s);
    if (parts.isEmpty())
        parts << QCoreApplication::translate("Duration", "%1 s").arg(0);
    return (negative ? QStringLiteral("-") : QString()) + parts.join(QLatin1Char(' '));
}

QString formatDateTime(qint64 ms, const DisplayOptions &options)
{
    if (ms == kNoTime)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, options.utc ? Qt::UTC : Qt::LocalTime);
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + (options.utc ? QStringLiteral(" UTC") : QString());
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
        amount = QCoreApplication::translate("RelativeTime", "%1 min").arg((magnitude + 30) / 60);
    else if (magnitude < 2 * 86400)
        amount = QCoreApplication::translate("RelativeTime", "%1 h").arg((magnitude + 1800) / 3600);
    else
        amount = QCoreApplication::translate("RelativeTime", "%1 d").arg((magnitude + 43200) / 86400);
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
        return QDateTime::fromMSecsSinceEpoch(raw.toLongLong(), Qt::UTC).date().toString(Qt::ISODate);
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
