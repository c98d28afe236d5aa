#include "chartsheet.h"

qreal ChartSheet::total() const
{
    qreal sum = 0;
    for (const ChartSheetSeries &s : series) {
        for (qreal v : s.values)
            sum += v;
    }
    return sum;
}

QList<ChartFilterTerm> ChartSheet::filterAt(int category, int seriesIndex) const
{
    if (category < 0 || std::size_t(category) >= categoryTerms.size())
        return {};
    QList<ChartFilterTerm> terms = categoryTerms[std::size_t(category)];
    if (terms.isEmpty())
        return {};
    if (seriesIndex >= 0 && std::size_t(seriesIndex) < series.size())
        terms += series[std::size_t(seriesIndex)].terms;
    return terms;
}

QString ChartSheet::filterLabelAt(int category, int seriesIndex) const
{
    if (category < 0 || category >= categoryFilterLabels.size())
        return {};
    QString label = categoryFilterLabels[category];
    if (seriesIndex >= 0 && std::size_t(seriesIndex) < series.size()
        && !series[std::size_t(seriesIndex)].filterLabel.isEmpty())
        label += QStringLiteral(" · ") + series[std::size_t(seriesIndex)].filterLabel;
    return label;
}
