#include "filtericons.h"

#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

namespace {

QIcon drawnMagnifier(const QColor &colour)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 16.0;
        p.setPen(QPen(colour, 1.6 * s, Qt::SolidLine, Qt::RoundCap));
        p.drawEllipse(QPointF(6.5 * s, 6.5 * s), 4.2 * s, 4.2 * s);
        p.drawLine(QPointF(9.7 * s, 9.7 * s), QPointF(14 * s, 14 * s));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon filterStatusIcon(SessionStatus status)
{
    return QIcon(QStringLiteral(":/icons/status/%1.svg").arg(sessionStatusId(status)));
}

QIcon filterSearchIcon(const QWidget *widget)
{
    QColor colour = widget->palette().color(QPalette::PlaceholderText);
    return QIcon::fromTheme(QStringLiteral("edit-find"), drawnMagnifier(colour));
}

QIcon filterReloadIcon(const QWidget *widget)
{
    return QIcon::fromTheme(QStringLiteral("view-refresh"), widget->style()->standardIcon(QStyle::SP_BrowserReload));
}

QIcon filterRemoveIcon(const QWidget *widget)
{
    return QIcon::fromTheme(QStringLiteral("edit-clear"), widget->style()->standardIcon(QStyle::SP_LineEditClearButton));
}
