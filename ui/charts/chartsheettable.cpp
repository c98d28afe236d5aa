#include "chartsheettable.h"

#include <QHeaderView>
#include <QLocale>

ChartSheetTable::ChartSheetTable(QWidget *parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
}

void ChartSheetTable::setSheet(const ChartSheet &sheet)
{
    const QLocale locale;
    const bool withTotal = sheet.series.size() > 1;
    const int columns = 1 + int(sheet.series.size()) + (withTotal ? 1 : 0);
    setColumnCount(columns);
    setRowCount(int(sheet.categories.size()));
    QStringList headers{sheet.categoryTitle};
    for (const ChartSheetSeries &series : sheet.series)
        headers << series.name;
    if (withTotal)
        headers << tr("Total");
    setHorizontalHeaderLabels(headers);
    const auto numberItem = [&](qreal value) {
        auto *item = new QTableWidgetItem(locale.toString(qint64(value)));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < sheet.categories.size(); ++row) {
        setItem(row, 0, new QTableWidgetItem(sheet.categories[row]));
        qreal total = 0;
        for (std::size_t s = 0; s < sheet.series.size(); ++s) {
            const qreal value = std::size_t(row) < sheet.series[s].values.size() ? sheet.series[s].values[std::size_t(row)] : 0;
            total += value;
            setItem(row, 1 + int(s), numberItem(value));
        }
        if (withTotal)
            setItem(row, columns - 1, numberItem(total));
    }
    resizeColumnToContents(0);
}
