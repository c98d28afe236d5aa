#include "detailicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

DetailIcons::DetailIcons()
{
    for (SessionStatus s : {SessionStatus::Unknown, SessionStatus::Live, SessionStatus::Completed,
                            SessionStatus::Failed, SessionStatus::Cancelled})
        m_status[std::size_t(s)] = QIcon(QStringLiteral(":/icons/status/%1.svg").arg(sessionStatusId(s)));
}

const QIcon &DetailIcons::status(SessionStatus status) const
{
    const auto index = std::size_t(status);
    return m_status[index < m_status.size() ? index : 0];
}

QIcon DetailIcons::copy(const QPalette &palette)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        QColor ink = palette.color(QPalette::WindowText);
        ink.setAlphaF(0.75);
        painter.setPen(QPen(ink, 1.3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(2.5, 2.5, 8, 9), 1.5, 1.5);
        painter.setBrush(palette.color(QPalette::Base));
        painter.drawRoundedRect(QRectF(5.5, 4.5, 8, 9), 1.5, 1.5);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
