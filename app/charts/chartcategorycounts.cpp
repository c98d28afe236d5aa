#include "chartcategorycounts.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace chartcategorycounts {

namespace {

qsizetype total(const ChartStatusRow &row)
{
    return std::accumulate(row.begin(), row.end(), qsizetype(0));
}

} // namespace

ChartCategoryCounts count(const ChartRows &rows, const std::vector<quint32> &codes, const QStringList &labels,
                          const std::vector<quint32> &statuses, int top)
{
    std::vector<ChartStatusRow> perCode(std::size_t(labels.size()), ChartStatusRow{});
    rows.forEach([&](std::size_t row) {
        if (row >= codes.size() || codes[row] >= perCode.size())
            return;
        const quint32 status = row < statuses.size() ? statuses[row] : 0;
        ++perCode[codes[row]][std::min<std::size_t>(status, kSessionStatusCount - 1)];
    });

    std::vector<std::size_t> order;
    for (std::size_t code = 0; code < perCode.size(); ++code) {
        if (total(perCode[code]) > 0)
            order.push_back(code);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const qsizetype ta = total(perCode[a]);
        const qsizetype tb = total(perCode[b]);
        if (ta != tb)
            return ta > tb;
        return labels[qsizetype(a)].compare(labels[qsizetype(b)], Qt::CaseInsensitive) < 0;
    });

    ChartCategoryCounts out;
    const std::size_t shown = std::min(order.size(), std::size_t(std::max(top, 1)));
    for (std::size_t i = 0; i < shown; ++i) {
        out.categories.append(labels[qsizetype(order[i])]);
        out.rows.push_back(perCode[order[i]]);
    }
    if (order.size() > shown) {
        ChartStatusRow other{};
        for (std::size_t i = shown; i < order.size(); ++i) {
            for (std::size_t s = 0; s < kSessionStatusCount; ++s)
                other[s] += perCode[order[i]][s];
        }
        out.categories.append(QCoreApplication::translate("Charts", "Other"));
        out.rows.push_back(other);
        out.hasOther = true;
    }
    return out;
}

} // namespace chartcategorycounts
