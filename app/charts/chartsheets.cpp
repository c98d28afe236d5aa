#include "chartsheets.h"

#include "chartbackendsheets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace chartsheetparts {

QList<SessionStatus> statusesShown(const ChartFacts &facts)
{
    QList<SessionStatus> out;
    for (SessionStatus status : backendSessionStatuses(facts.backend)) {
        if (status != SessionStatus::Unknown || facts.statusCounts[std::size_t(status)] > 0)
            out.append(status);
    }
    return out;
}

QString percent(qreal part, qreal whole)
{
    return whole > 0 ? QLocale().toString(100.0 * part / whole, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

QString count(qsizetype n)
{
    return QLocale().toString(qint64(n));
}

QString valueText(const QString &value)
{
    return value.isEmpty() ? QCoreApplication::translate("Charts", "(none)") : value;
}

namespace {

int indexOf(const ColumnList &columns, QStringView columnId)
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].id == columnId)
            return int(i);
    }
    return -1;
}

} // namespace

ChartFilterTerm textTerm(const ColumnList &columns, QStringView columnId, const QString &value)
{
    return ChartFilterTerm{indexOf(columns, columnId), value, false, 0, 0};
}

ChartFilterTerm rangeTerm(const ColumnList &columns, QStringView columnId, qint64 from, qint64 to)
{
    return ChartFilterTerm{indexOf(columns, columnId), QString(), true, from, to};
}

std::vector<ChartSheetSeries> statusSeries(const ChartFacts &facts, const std::vector<ChartStatusRow> &rows)
{
    std::vector<ChartSheetSeries> out;
    for (SessionStatus status : statusesShown(facts)) {
        ChartSheetSeries series;
        series.name = sessionStatusDisplayName(status);
        series.status = status;
        for (const ChartStatusRow &row : rows)
            series.values.push_back(qreal(row[std::size_t(status)]));
        out.push_back(std::move(series));
    }
    return out;
}

QString statusBreakdown(const ChartStatusRow &row)
{
    QStringList parts;
    for (std::size_t s = 0; s < kSessionStatusCount; ++s) {
        if (row[s] > 0)
            parts << QStringLiteral("%1 %2").arg(count(row[s]), sessionStatusDisplayName(SessionStatus(s)).toLower());
    }
    const qsizetype total = std::accumulate(row.begin(), row.end(), qsizetype(0));
    return parts.size() > 1 ? QStringLiteral("%1 (%2)").arg(count(total), parts.join(QStringLiteral(", ")))
                            : parts.value(0, count(total));
}

} // namespace chartsheetparts

using namespace chartsheetparts;

namespace {

// A named context lets lupdate see these free functions' texts.
struct ChartSheetsText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

ChartSheet statusSheet(const ChartFacts &facts, const ColumnList &columns)
{
    ChartSheet sheet;
    sheet.id = QStringLiteral("status");
    sheet.title = ChartSheetsText::tr("Status");
    sheet.kind = ChartSheetKind::Donut;
    sheet.categoryTitle = ChartSheetsText::tr("Status");
    sheet.valueTitle = ChartSheetsText::tr("Sessions");
    ChartSheetSeries series;
    series.name = ChartSheetsText::tr("Sessions");
    const qreal total = qreal(facts.rowCount);
    QStringList parts;
    for (SessionStatus status : statusesShown(facts)) {
        const qsizetype n = facts.statusCounts[std::size_t(status)];
        const QString name = sessionStatusDisplayName(status);
        sheet.categories << name;
        sheet.categoryStatuses.push_back(status);
        sheet.categoryTerms.push_back({textTerm(columns, u"status", sessionStatusId(status))});
        sheet.categoryFilterLabels << ChartSheetsText::tr("Status: %1").arg(name);
        series.values.push_back(qreal(n));
        parts << QStringLiteral("%1 %2 (%3)").arg(name, count(n), percent(qreal(n), total));
    }
    sheet.series.push_back(std::move(series));
    sheet.summary = facts.rowCount == 0
        ? ChartSheetsText::tr("No sessions to count.")
        : ChartSheetsText::tr("%1 sessions: %2.").arg(count(facts.rowCount), parts.join(QStringLiteral(", ")));
    return sheet;
}

QString bucketLabel(qint64 startMs, ChartBucketSize size, const QTimeZone &zone, bool withDay)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    const QLocale locale;
    // Short: a bar is a few pixels wide and its label stands on end below it.
    switch (size) {
    case ChartBucketSize::Hour:
        return withDay ? locale.toString(at, QStringLiteral("ddd HH:mm")) : locale.toString(at, QStringLiteral("HH:mm"));
    case ChartBucketSize::Day: return locale.toString(at, QStringLiteral("ddd d MMM"));
    case ChartBucketSize::Week: return locale.toString(at, QStringLiteral("d MMM yy"));
    case ChartBucketSize::Month: return locale.toString(at, QStringLiteral("MMM yyyy"));
    }
    return {};
}

ChartSheet startedSheet(const ChartFacts &facts, const ColumnList &columns, const QTimeZone &zone)
{
    const ChartTimeBuckets &buckets = facts.started;
    ChartSheet sheet;
    sheet.id = QStringLiteral("started");
    sheet.valueTitle = ChartSheetsText::tr("Sessions started");
    const char *unit = QT_TRANSLATE_NOOP("Charts", "Started per month");
    switch (buckets.size) {
    case ChartBucketSize::Hour: unit = QT_TRANSLATE_NOOP("Charts", "Started per hour"); break;
    case ChartBucketSize::Day: unit = QT_TRANSLATE_NOOP("Charts", "Started per day"); break;
    case ChartBucketSize::Week: unit = QT_TRANSLATE_NOOP("Charts", "Started per week (from Monday)"); break;
    case ChartBucketSize::Month: break;
    }
    sheet.title = ChartSheetsText::tr("Over time");
    sheet.categoryTitle = ChartSheetsText::tr(unit);
    const bool withDay = buckets.starts.size() > 1
        && QDateTime::fromMSecsSinceEpoch(buckets.starts.front(), zone).date()
            != QDateTime::fromMSecsSinceEpoch(buckets.end - 1, zone).date();
    for (std::size_t i = 0; i < buckets.starts.size(); ++i) {
        const qint64 from = buckets.starts[i];
        const qint64 to = i + 1 < buckets.starts.size() ? buckets.starts[i + 1] : buckets.end;
        const QString label = bucketLabel(from, buckets.size, zone, withDay);
        sheet.categories << label;
        sheet.categoryTerms.push_back({rangeTerm(columns, u"started", from, to)});
        sheet.categoryFilterLabels << (buckets.size == ChartBucketSize::Week ? ChartSheetsText::tr("Started in the week of %1").arg(label)
                                                                            : ChartSheetsText::tr("Started: %1").arg(label));
    }
    sheet.series = statusSeries(facts, buckets.rows);
    // Labels under upright bars get cut short in a narrow dock ("Se..."): the time axis is
    // laid down instead, oldest at the top, each label in full.
    sheet.horizontal = true;

    if (buckets.rows.empty()) {
        sheet.summary = ChartSheetsText::tr("No start times to count.");
        return sheet;
    }
    std::size_t busiest = 0;
    qsizetype busiestCount = -1;
    for (std::size_t i = 0; i < buckets.rows.size(); ++i) {
        const qsizetype n = std::accumulate(buckets.rows[i].begin(), buckets.rows[i].end(), qsizetype(0));
        if (n > busiestCount) {
            busiest = i;
            busiestCount = n;
        }
    }
    const char *busiestText = buckets.size == ChartBucketSize::Week
        ? QT_TRANSLATE_NOOP("Charts", "%1 from %2 to %3; the busiest is the week of %4 with %5.")
        : QT_TRANSLATE_NOOP("Charts", "%1 from %2 to %3; the busiest is %4 with %5.");
    sheet.summary = ChartSheetsText::tr(busiestText)
                        .arg(ChartSheetsText::tr(unit), sheet.categories.front(), sheet.categories.back(),
                             sheet.categories[qsizetype(busiest)], statusBreakdown(buckets.rows[busiest]));
    if (buckets.withoutStart > 0)
        sheet.summary += ChartSheetsText::tr(" %1 without a start time.").arg(count(buckets.withoutStart));
    return sheet;
}

} // namespace

std::vector<ChartSheet> chartSheets(const ChartFacts &facts, const ColumnList &columns, const QTimeZone &zone)
{
    std::vector<ChartSheet> sheets;
    sheets.push_back(statusSheet(facts, columns));
    sheets.push_back(startedSheet(facts, columns, zone));
    switch (facts.backend) {
    case Backend::Century: chartbackendsheets::addCentury(sheets, facts, columns); break;
    case Backend::Treasure: chartbackendsheets::addTreasure(sheets, facts, columns); break;
    case Backend::MobileNext: chartbackendsheets::addMobileNext(sheets, facts, columns); break;
    }
    return sheets;
}
