#include "chartpalette.h"

#include <QPainter>
#include <QPixmap>

#include <array>

namespace chartpalette {

namespace {

// Okabe & Ito (2008), "Color Universal Design". Black is left out: it vanishes on a dark
// background and reads as "missing" on a light one.
constexpr std::array<QRgb, 7> kOkabeIto = {
    0xff0072b2, // blue
    0xffe69f00, // orange
    0xff009e73, // bluish green
    0xffcc79a7, // reddish purple
    0xff56b4e9, // sky blue
    0xffd55e00, // vermillion
    0xfff0e442, // yellow
};

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor statusColor(SessionStatus status, bool dark)
{
    switch (status) {
    case SessionStatus::Live: return QColor(dark ? 0xff56b4e9 : 0xff0072b2);      // sky blue / blue
    case SessionStatus::Completed: return QColor(0xff009e73);                      // bluish green
    case SessionStatus::Failed: return QColor(0xffd55e00);                         // vermillion
    case SessionStatus::Cancelled: return QColor(0xffcc79a7);                      // reddish purple
    case SessionStatus::Unknown: return QColor(dark ? 0xffa0a0a0 : 0xff8c8c8c);   // grey
    }
    return QColor(0xff8c8c8c);
}

QColor seriesColor(int index, bool dark)
{
    const QColor color(kOkabeIto[std::size_t(index) % kOkabeIto.size()]);
    return dark && index % int(kOkabeIto.size()) == 0 ? QColor(0xff56b4e9) : color;
}

int statusPattern(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Live: return 0;      // plain
    case SessionStatus::Completed: return 1; // rising diagonals
    case SessionStatus::Failed: return 2;    // cross-hatch
    case SessionStatus::Cancelled: return 3; // dots
    case SessionStatus::Unknown: return 4;   // horizontal lines
    }
    return 0;
}

QBrush patternBrush(const QColor &color, int pattern, bool dark)
{
    pattern %= 7;
    if (pattern == 0)
        return QBrush(color);
    constexpr int kTile = 10;
    QPixmap tile(kTile, kTile);
    tile.fill(color);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Lines a little darker (light theme) or lighter (dark theme) than the fill: visible,
    // but the colour still reads as the colour.
    QPen pen(dark ? color.lighter(160) : color.darker(170));
    pen.setWidth(2);
    painter.setPen(pen);
    switch (pattern) {
    case 1: painter.drawLine(0, kTile, kTile, 0); break;
    case 2:
        painter.drawLine(0, kTile / 2, kTile, kTile / 2);
        painter.drawLine(kTile / 2, 0, kTile / 2, kTile);
        break;
    case 3:
        painter.setBrush(pen.color());
        painter.drawEllipse(QPoint(kTile / 2, kTile / 2), 2, 2);
        break;
    case 4: painter.drawLine(0, kTile / 2, kTile, kTile / 2); break;
    case 5: painter.drawLine(kTile / 2, 0, kTile / 2, kTile); break;
    case 6: painter.drawLine(0, 0, kTile, kTile); break;
    default: break;
    }
    painter.end();
    return QBrush(tile);
}

} // namespace chartpalette
