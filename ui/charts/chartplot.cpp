#include "chartplot.h"

#include "chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QFontInfo>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {

// Category labels stand upright up to this many bars, then turn to read along the axis.
constexpr int kUprightLabels = 8;
// Values printed on the bars themselves (backing the colours) up to this many categories.
constexpr int kValueLabels = 16;

} // namespace

ChartPlot::ChartPlot(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
{
    setChart(m_chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    m_chart->setAnimationOptions(QChart::NoAnimation); // a live view redraws often
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    setMinimumSize(280, 220);
    applyPalette(palette());
}

void ChartPlot::setSheet(const ChartSheet &sheet)
{
    if (sheet.kind == ChartSheetKind::Donut)
        showDonut(sheet);
    else
        showBars(sheet);
    applyPalette(palette()); // new axes or slices take the theme's colours too
}

void ChartPlot::dropSeries()
{
    m_chart->removeAllSeries(); // deletes them
    m_pie = nullptr;
    m_bars = nullptr;
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    delete m_categoryAxis;
    delete m_valueAxis;
    m_categoryAxis = nullptr;
    m_valueAxis = nullptr;
}

void ChartPlot::showDonut(const ChartSheet &sheet)
{
    if (!m_pie) {
        dropSeries();
        m_pie = new QPieSeries;
        m_pie->setHoleSize(0.45);
        m_pie->setPieSize(0.9);
        m_chart->addSeries(m_pie);
        connect(m_pie, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
            emit segmentClicked(int(m_pie->slices().indexOf(slice)), -1);
        });
        connect(m_pie, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
            slice->setExploded(state);
            setToolTip(state ? m_sliceTips.value(m_pie->slices().indexOf(slice)) : QString());
        });
        // The legend names the statuses; counts and shares are in the caption under the
        // chart and the hovered slice's tooltip (four "Completed: 1,208 (89.5%)" entries
        // would be cut short in a narrow dock).
        m_chart->legend()->setAlignment(Qt::AlignBottom);
        m_chart->legend()->setVisible(true);
    }
    const std::vector<qreal> &values = sheet.series.front().values;
    const qreal total = sheet.total();
    const QLocale locale;
    const int count = int(sheet.categories.size());
    m_sliceTips.clear();
    for (int i = 0; i < count; ++i) {
        const qreal v = values[std::size_t(i)];
        m_sliceTips << tr("%1: %2 (%3%)")
                           .arg(sheet.categories[i], locale.toString(qint64(v)),
                                locale.toString(total > 0 ? 100.0 * v / total : 0.0, 'f', 1));
    }
    const auto labelOf = [&](int i) { return sheet.categories[i]; };
    if (m_pie->count() != count) {
        // Another set of statuses (another backend): new slices, handed over in one call.
        m_pie->clear();
        QList<QPieSlice *> slices;
        for (int i = 0; i < count; ++i)
            slices.append(new QPieSlice(labelOf(i), values[std::size_t(i)]));
        m_pie->append(slices);
    } else {
        const QList<QPieSlice *> slices = m_pie->slices();
        for (int i = 0; i < count; ++i) {
            slices[i]->setValue(values[std::size_t(i)]);
            slices[i]->setLabel(labelOf(i));
        }
    }
    m_sliceStatuses = sheet.categoryStatuses;
    const QList<QPieSlice *> slices = m_pie->slices();
    for (QPieSlice *slice : slices)
        slice->setLabelVisible(false);
}

void ChartPlot::showBars(const ChartSheet &sheet)
{
    const bool sameShape = m_bars && m_horizontal == sheet.horizontal
        && m_bars->count() == int(sheet.series.size());
    if (!sameShape) {
        dropSeries();
        m_horizontal = sheet.horizontal;
        if (m_horizontal)
            m_bars = new QHorizontalStackedBarSeries;
        else
            m_bars = new QStackedBarSeries;
        QList<QBarSet *> sets;
        for (const ChartSheetSeries &series : sheet.series)
            sets.append(new QBarSet(series.name));
        m_bars->append(sets);
        m_chart->addSeries(m_bars);
        m_categoryAxis = new QBarCategoryAxis;
        m_valueAxis = new QValueAxis;
        m_valueAxis->setLabelFormat(QStringLiteral("%d"));
        m_categoryAxis->setGridLineVisible(false);
        m_chart->addAxis(m_categoryAxis, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        m_chart->addAxis(m_valueAxis, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        m_bars->attachAxis(m_categoryAxis);
        m_bars->attachAxis(m_valueAxis);
        connect(m_bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
            // Horizontal bars are drawn in reverse (first category on top): back to sheet order.
            const int category = m_horizontal ? int(m_categoryAxis->count()) - 1 - index : index;
            emit segmentClicked(category, int(m_bars->barSets().indexOf(set)));
        });
        m_chart->legend()->setAlignment(Qt::AlignBottom);
    }
    // Horizontal bars list the first category at the top, as a reader expects.
    QStringList categories = sheet.categories;
    if (m_horizontal)
        std::reverse(categories.begin(), categories.end());
    m_categoryAxis->setCategories(categories);
    m_categoryAxis->setTitleText(sheet.categoryTitle);
    m_valueAxis->setTitleText(sheet.valueTitle);
    m_categoryAxis->setLabelsAngle(!m_horizontal && categories.size() > kUprightLabels ? -90 : 0);

    std::vector<qreal> stacked(std::size_t(sheet.categories.size()), 0);
    const QList<QBarSet *> sets = m_bars->barSets();
    m_seriesStatuses.clear();
    for (std::size_t s = 0; s < sheet.series.size(); ++s) {
        const ChartSheetSeries &series = sheet.series[s];
        QList<qreal> values(series.values.begin(), series.values.end());
        if (m_horizontal)
            std::reverse(values.begin(), values.end());
        QBarSet *set = sets[qsizetype(s)];
        set->setLabel(series.name);
        // Two bulk calls per set, never one append per value (DESIGN.md section 4).
        set->remove(0, set->count());
        set->append(values);
        for (std::size_t c = 0; c < stacked.size() && c < series.values.size(); ++c)
            stacked[c] += series.values[c];
        m_seriesStatuses.push_back(series.status);
    }
    const qreal top = stacked.empty() ? 0 : *std::max_element(stacked.begin(), stacked.end());
    m_valueAxis->setRange(0, std::max<qreal>(top, 1));
    m_valueAxis->applyNiceNumbers();
    const bool printValues = sheet.series.size() == 1 && sheet.categories.size() <= kValueLabels;
    m_bars->setLabelsVisible(printValues);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_chart->legend()->setVisible(sheet.series.size() > 1);
    fitCategoryLabels();
}

// Qt Charts cuts a category label to "..." when it is taller than its bar's slot: many bars
// laid down (weeks, hours) get a smaller label font instead, down to a still legible size.
void ChartPlot::fitCategoryLabels()
{
    if (!m_categoryAxis)
        return;
    QFont font = this->font();
    const int categories = int(m_categoryAxis->count());
    if (m_horizontal && categories > 0) {
        constexpr int kChrome = 130; // title, legend, value axis and margins, roughly
        const int slot = (height() - kChrome) / categories;
        const int fits = std::clamp(slot - 2, 7, QFontInfo(font).pixelSize());
        font.setPixelSize(fits);
    }
    if (m_categoryAxis->labelsFont() != font)
        m_categoryAxis->setLabelsFont(font);
}

void ChartPlot::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitCategoryLabels();
}

void ChartPlot::colourSeries()
{
    if (m_pie) {
        const QList<QPieSlice *> slices = m_pie->slices();
        for (int i = 0; i < slices.size(); ++i) {
            const SessionStatus status = std::size_t(i) < m_sliceStatuses.size() ? m_sliceStatuses[std::size_t(i)]
                                                                                 : SessionStatus::Unknown;
            const QColor colour = chartpalette::statusColor(status, m_dark);
            slices[i]->setBrush(chartpalette::patternBrush(colour, chartpalette::statusPattern(status), m_dark));
            slices[i]->setBorderColor(palette().color(QPalette::Base));
            slices[i]->setLabelColor(palette().color(QPalette::Text));
        }
    }
    if (m_bars) {
        const QList<QBarSet *> sets = m_bars->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            const std::optional<SessionStatus> status =
                std::size_t(i) < m_seriesStatuses.size() ? m_seriesStatuses[std::size_t(i)] : std::nullopt;
            const QColor colour = status ? chartpalette::statusColor(*status, m_dark) : chartpalette::seriesColor(i, m_dark);
            const int pattern = status ? chartpalette::statusPattern(*status) : i;
            sets[i]->setBrush(chartpalette::patternBrush(colour, pattern, m_dark));
            sets[i]->setBorderColor(palette().color(QPalette::Base));
            // Printed values sit on the bar: dark text on these mid-tone fills reads in both themes.
            sets[i]->setLabelColor(QColor(0x1a, 0x1a, 0x1a));
        }
    }
}

void ChartPlot::applyPalette(const QPalette &palette)
{
    m_dark = chartpalette::isDark(palette);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    m_chart->setBackgroundBrush(palette.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    colourSeries();
}

void ChartPlot::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette(palette());
}
