#pragma once

#include "chartfacts.h"
#include "chartsheet.h"

#include "domain/columndescriptor.h"

#include <QTimeZone>

#include <vector>

// Every chart of a backend as sheets, in tab order: status and sessions over time for all,
// then the backend's own (chartbackendsheets.h). `columns` are the store's columns (the chart
// filter names them by index); `zone` labels the day buckets as the job cut them.
std::vector<ChartSheet> chartSheets(const ChartFacts &facts, const ColumnList &columns,
                                    const QTimeZone &zone = QTimeZone::systemTimeZone());

// Shared by the sheet builders.
namespace chartsheetparts {

QList<SessionStatus> statusesShown(const ChartFacts &facts);
QString percent(qreal part, qreal whole);
QString count(qsizetype n);
// "(none)" for an empty value: a bar needs a name.
QString valueText(const QString &value);
ChartFilterTerm textTerm(const ColumnList &columns, QStringView columnId, const QString &value);
ChartFilterTerm rangeTerm(const ColumnList &columns, QStringView columnId, qint64 from, qint64 to);
// One series per status, stacked over `rows`.
std::vector<ChartSheetSeries> statusSeries(const ChartFacts &facts, const std::vector<ChartStatusRow> &rows);
// "300 (280 completed, 15 failed, 5 cancelled)"
QString statusBreakdown(const ChartStatusRow &row);

} // namespace chartsheetparts
