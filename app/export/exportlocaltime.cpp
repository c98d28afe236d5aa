#include "exportlocaltime.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace {
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
} // namespace

ExportLocalTime::ExportLocalTime(QTimeZone zone) : m_zone(std::move(zone)), m_last{0, 0, 0} {}

qint64 ExportLocalTime::offsetMs(qint64 utcMs)
{
    if (utcMs >= m_last.fromMs && utcMs < m_last.untilMs)
        return m_last.offsetMs;
    // Spans found before: rows sorted by time, or a year of rows, revisit a handful of them.
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), utcMs,
                               [](qint64 ms, const Span &span) { return ms < span.fromMs; });
    if (it != m_spans.begin() && utcMs < std::prev(it)->untilMs) {
        m_last = *std::prev(it);
        return m_last.offsetMs;
    }
    m_last = lookUp(utcMs);
    m_spans.insert(std::upper_bound(m_spans.begin(), m_spans.end(), m_last.fromMs,
                                    [](qint64 ms, const Span &span) { return ms < span.fromMs; }),
                   m_last);
    return m_last.offsetMs;
}

ExportLocalTime::Span ExportLocalTime::lookUp(qint64 utcMs) const
{
    if (!m_zone.isValid())
        return {kMin, kMax, 0};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    const qint64 offset = qint64(m_zone.offsetFromUtc(at)) * 1000;
    if (!m_zone.hasTransitions())
        return {kMin, kMax, offset};
    Span span{utcMs, utcMs + 1, offset};
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    span.untilMs = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : kMax;
    const QTimeZone::OffsetData previous = m_zone.previousTransition(at);
    if (!previous.atUtc.isValid())
        span.fromMs = kMin;
    else if (qint64(previous.offsetFromUtc) * 1000 == offset)
        span.fromMs = previous.atUtc.toMSecsSinceEpoch();
    // else `at` is itself a transition instant: the span starts right here.
    if (span.untilMs <= utcMs) // a zone database answering oddly: never cache a wrong span
        span.untilMs = utcMs + 1;
    return span;
}
