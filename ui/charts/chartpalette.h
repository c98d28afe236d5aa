#pragma once

#include "domain/sessionstatus.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

// Chart colours that colour-blind readers can tell apart (Okabe and Ito's eight), each
// backed by a fill pattern so that no reading depends on hue alone (print, greyscale,
// achromatopsia), and adapted to the window's light or dark palette.
namespace chartpalette {

bool isDark(const QPalette &palette);
QColor statusColor(SessionStatus status, bool dark);
// The n-th colour for series that are not statuses (subjects, single series).
QColor seriesColor(int index, bool dark);
// A fill: the colour with pattern `pattern` drawn over it (0 is plain).
QBrush patternBrush(const QColor &color, int pattern, bool dark);
int statusPattern(SessionStatus status);

} // namespace chartpalette
