#pragma once

#include "charts/chartsheet.h"

#include <QTableWidget>

// "Show as table": a chart's numbers as rows and columns, for screen readers, copying and
// anyone who would rather read than look. Categories down, series across, a total column.
class ChartSheetTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartSheetTable)

public:
    explicit ChartSheetTable(QWidget *parent = nullptr);
    void setSheet(const ChartSheet &sheet);
};
