#include "chartimageexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace chartimageexport {

namespace {

// A named context lets lupdate see these free functions' texts.
struct ChartImageExportText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

} // namespace

QString save(QWidget *chart, const QString &path, const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ChartImageExportText::tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    const QSize size = chart->size();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(chart->accessibleDescription());
        QPainter painter(&svg);
        chart->render(&painter);
        painter.end();
    } else {
        constexpr int kScale = 2;
        QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(kScale);
        image.fill(chart->palette().color(QPalette::Base));
        QPainter painter(&image);
        chart->render(&painter);
        painter.end();
        if (!image.save(&file, "PNG"))
            return ChartImageExportText::tr("Cannot encode %1 as PNG").arg(QFileInfo(path).fileName());
    }
    if (!file.commit())
        return ChartImageExportText::tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

} // namespace chartimageexport
