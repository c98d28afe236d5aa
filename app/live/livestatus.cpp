#include "livestatus.h"

#include "domain/valueformatter.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString secondsText(qint64 ms)
{
    return formatDuration(std::max<qint64>((ms + 999) / 1000, 1));
}

} // namespace

QString LiveStatus::describe(qint64 nowMs) const
{
    const QString updated = updatedAtMs > 0
        ? tr("updated %1 ago").arg(secondsText(std::max<qint64>(nowMs - updatedAtMs, 0)))
        : QString();
    const QString retrying = nextPollAtMs > nowMs ? tr("retrying in %1").arg(secondsText(nextPollAtMs - nowMs))
                                                  : tr("retrying now");
    switch (phase) {
    case Phase::Off:
        return {};
    case Phase::Starting:
        return tr("Live · checking for changes…");
    case Phase::Watching:
        return updated.isEmpty() ? tr("Live") : tr("Live · %1").arg(updated);
    case Phase::RateLimited:
        return tr("Live paused — rate limited, %1").arg(retrying);
    case Phase::Stale: {
        const QString since = updatedAtMs > 0
            ? tr("showing data from %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(updatedAtMs).time(), QLocale::ShortFormat))
            : tr("showing the data loaded so far");
        return tr("Live — stale: %1; %2. %3").arg(error.userMessage(), since, retrying);
    }
    case Phase::Offline:
        return tr("Live paused — this computer is offline; the rows shown may be out of date");
    case Phase::Stopped:
        if (error.kind() == ApiError::Kind::Auth)
            return tr("Live stopped — the API key was rejected");
        if (error.kind() == ApiError::Kind::Forbidden)
            return tr("Live stopped — this API key may not read these sessions");
        return tr("Live stopped — %1").arg(error.userMessage());
    }
    return {};
}
