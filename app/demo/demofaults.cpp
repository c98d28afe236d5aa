#include "demofaults.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

bool readRate(const QString &text, double *out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return false;
    *out = value;
    return true;
}

bool readMs(const QString &text, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 600000)
        return false;
    *out = value;
    return true;
}

} // namespace

bool DemoFaults::any() const
{
    return latencyMs > 0 || errorRate > 0 || dropRate > 0 || malformedRate > 0 || duplicateRate > 0
           || cursorLoop || slowDripMs > 0 || redirect.isValid() || hugePage || rateLimitStormRate > 0
           || rejectKeyAfter >= 0;
}

std::optional<DemoFaults> DemoFaults::parse(const QString &list, QString *error)
{
    DemoFaults faults;
    const QStringList items = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? item : item.left(eq);
        const QString value = eq < 0 ? QString() : item.mid(eq + 1);
        bool ok = true;
        if (name == QLatin1String("latency"))
            ok = readMs(value, &faults.latencyMs);
        else if (name == QLatin1String("error-rate"))
            ok = readRate(value, &faults.errorRate);
        else if (name == QLatin1String("drop-rate"))
            ok = readRate(value, &faults.dropRate);
        else if (name == QLatin1String("malformed-rate"))
            ok = readRate(value, &faults.malformedRate);
        else if (name == QLatin1String("duplicate-rate"))
            ok = readRate(value, &faults.duplicateRate);
        else if (name == QLatin1String("rate-limit-storm"))
            ok = readRate(value, &faults.rateLimitStormRate);
        else if (name == QLatin1String("reject-key-after"))
            ok = readMs(value, &faults.rejectKeyAfter); // a count, bounded like the times
        else if (name == QLatin1String("slow-drip"))
            ok = readMs(value, &faults.slowDripMs);
        else if (name == QLatin1String("cursor-loop") && eq < 0)
            faults.cursorLoop = true;
        else if (name == QLatin1String("huge-page") && eq < 0)
            faults.hugePage = true;
        else if (name == QLatin1String("redirect")) {
            faults.redirect = QUrl(value, QUrl::StrictMode);
            ok = faults.redirect.isValid() && !faults.redirect.scheme().isEmpty()
                 && !faults.redirect.host().isEmpty();
        } else {
            if (error)
                *error = QCoreApplication::translate("DemoFaults", "Unknown fault '%1'.").arg(item);
            return std::nullopt;
        }
        if (!ok) {
            if (error)
                *error = QCoreApplication::translate("DemoFaults", "Bad value in fault '%1'.").arg(item);
            return std::nullopt;
        }
    }
    return faults;
}
