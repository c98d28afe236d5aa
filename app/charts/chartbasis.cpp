#include "chartbasis.h"

#include <QCoreApplication>
#include <QLocale>

QString chartBasisText(qsizetype shown, qsizetype loaded, std::optional<qint64> total)
{
    const QLocale locale;
    const QString loadedText = locale.toString(qint64(loaded));
    QString text;
    if (shown != loaded) {
        text = QCoreApplication::translate("Charts", "Based on %1 shown of %2 loaded")
                   .arg(locale.toString(qint64(shown)), loadedText);
    } else {
        text = QCoreApplication::translate("Charts", "Based on %1 loaded").arg(loadedText);
    }
    if (total && *total > loaded)
        text += QCoreApplication::translate("Charts", " of %1").arg(locale.toString(*total));
    return text;
}
