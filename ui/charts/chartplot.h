#pragma once

#include "charts/chartsheet.h"

#include <QChartView>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QPieSeries;
class QValueAxis;

// Draws one ChartSheet with Qt Charts (a donut, or stacked bars), kept in step with new
// sheets in place: slices and bar values are replaced in bulk, series objects are rebuilt
// only when the shape changes (another number of statuses or subjects). A click on a slice
// or a bar segment is reported as (category, series).
class ChartPlot final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPlot)

public:
    explicit ChartPlot(QWidget *parent = nullptr);

    void setSheet(const ChartSheet &sheet);
    // Colours, patterns and text follow the palette (light or dark).
    void applyPalette(const QPalette &palette);

    QPieSeries *pieSeries() const { return m_pie; }
    QAbstractBarSeries *barSeries() const { return m_bars; }

signals:
    void segmentClicked(int category, int series);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDonut(const ChartSheet &sheet);
    void showBars(const ChartSheet &sheet);
    void dropSeries();
    void colourSeries();
    void fitCategoryLabels();

    QChart *m_chart;
    QPieSeries *m_pie = nullptr;
    QAbstractBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    bool m_horizontal = false;
    std::vector<std::optional<SessionStatus>> m_seriesStatuses; // bars: per set
    std::vector<SessionStatus> m_sliceStatuses;                 // donut: per slice
    QStringList m_sliceTips;                                    // donut: "Live: 142 (10.5%)"
    bool m_dark = false;
};
