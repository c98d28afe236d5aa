#pragma once

#include "charts/chartsheet.h"

#include <QFrame>

class ChartPlot;
class ChartSheetTable;
class QLabel;
class QStackedWidget;
class QToolButton;

// One chart with what makes it usable by everyone: its title, the chart or (toggle) the same
// numbers as a table, a sentence saying what it shows (also the chart's accessible
// description), and export as PNG or SVG. A click on a slice or bar asks for a chart filter.
class ChartCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    explicit ChartCard(QWidget *parent = nullptr);

    void setSheet(const ChartSheet &sheet);
    const ChartSheet &sheet() const { return m_sheet; }
    ChartPlot *plot() const { return m_plot; }
    ChartSheetTable *table() const { return m_table; }
    QToolButton *tableToggle() const { return m_tableToggle; }
    QLabel *summaryLabel() const { return m_summary; }
    // Writes the chart to `path` (.png or .svg); an error sentence, empty on success.
    QString exportTo(const QString &path);

signals:
    void filterRequested(const QList<ChartFilterTerm> &terms, const QString &label);

private:
    void exportWithDialog(const QString &suffix);

    ChartSheet m_sheet;
    QLabel *m_title;
    QToolButton *m_tableToggle;
    QToolButton *m_export;
    QStackedWidget *m_stack;
    ChartPlot *m_plot;
    ChartSheetTable *m_table;
    QLabel *m_summary;
};
