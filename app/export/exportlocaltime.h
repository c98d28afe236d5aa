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

    qint64 toLocalMs(qint64 utcMs) { return utcMs + offsetMs(utcMs); }
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
