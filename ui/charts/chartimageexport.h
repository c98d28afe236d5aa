#pragma once

#include <QString>

class QWidget;

// Writes what a chart widget shows to a file the user chose: PNG (at twice the screen's
// resolution, for slides) or SVG (vector, for print). Returns an error sentence, empty on
// success. Writes through a temporary file, so a failure leaves no partial image.
namespace chartimageexport {

QString save(QWidget *chart, const QString &path, const QString &title);

} // namespace chartimageexport
