#pragma once

#include <QTimeZone>

#include <vector>

// UTC instant -> wall-clock instant in one time zone, at the cost of a comparison per call.
// QDateTime with Qt::LocalTime (what valueformatter.h uses for a painted cell) costs about a
// microsecond per conversion, the whole budget of an exported row; a zone's offset only
// changes at its transitions, so each span between two transitions is asked once and kept.
// Not thread-safe: each writer owns one.
class ExportLocalTime final
{
public:
    explicit ExportLocalTime(QTimeZone zone = QTimeZone::systemTimeZone());

    // Instants no writer can spell (outside years 0..9999 give empty cells) come back
    // unshifted: no zone lookup for them, and no overflow near the ends of qint64 (the
    // fuzzer sent utcMs = INT64_MAX).
    qint64 toLocalMs(qint64 utcMs)
    {
        constexpr qint64 kSlackMs = 2 * 86400000;
        constexpr qint64 kFirstMs = -62167219200000 - kSlackMs; // 0000-01-01T00:00:00Z
        constexpr qint64 kLastMs = 253402300799999 + kSlackMs;  // 9999-12-31T23:59:59.999Z
        return utcMs < kFirstMs || utcMs > kLastMs ? utcMs : utcMs + offsetMs(utcMs);
    }
    qint64 offsetMs(qint64 utcMs);

private:
    struct Span
    {
        qint64 fromMs;   // inclusive
        qint64 untilMs;  // exclusive
        qint64 offsetMs;
    };

    Span lookUp(qint64 utcMs) const;

    QTimeZone m_zone;
    std::vector<Span> m_spans; // sorted by fromMs, disjoint
    Span m_last;
};
