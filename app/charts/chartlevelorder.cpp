#include "chartlevelorder.h"

#include <QRegularExpression>

#include <algorithm>

namespace chartlevelorder {

int rank(QStringView level)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\s*(E|L|Entry|Level)\\s*(\\d{1,3})\\s*[-–]?\\s*(Lower|Middle|Upper)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(level.toString());
    if (!match.hasMatch())
        return -1;
    const bool entry = match.capturedView(1).startsWith(u'E', Qt::CaseInsensitive);
    const int number = match.capturedView(2).toInt();
    const QStringView band = match.capturedView(3);
    int third = 1; // no band: between Lower and Upper, like Middle
    if (band.compare(u"Lower", Qt::CaseInsensitive) == 0)
        third = 0;
    else if (band.compare(u"Upper", Qt::CaseInsensitive) == 0)
        third = 2;
    return (entry ? 0 : 10000) + number * 10 + third;
}

void sort(QStringList &levels)
{
    std::stable_sort(levels.begin(), levels.end(), [](const QString &a, const QString &b) {
        const int ra = rank(a);
        const int rb = rank(b);
        if ((ra < 0) != (rb < 0))
            return rb < 0; // known levels first
        if (ra >= 0 && ra != rb)
            return ra < rb;
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
}

} // namespace chartlevelorder
