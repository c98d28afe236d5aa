#include "chartbackendsheets.h"

#include "chartsheets.h"

#include "domain/valueformatter.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace chartsheetparts;

namespace {

// A named context lets lupdate see these free functions' texts.
struct ChartBackendSheetsText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

qsizetype sum(const std::vector<qsizetype> &values)
{
    return std::accumulate(values.begin(), values.end(), qsizetype(0));
}

// The index of the largest value (the first of equals).
std::size_t largest(const std::vector<qreal> &values)
{
    return std::size_t(std::max_element(values.begin(), values.end()) - values.begin());
}

ChartSheet levelsSheet(const ChartFacts &facts, const ColumnList &columns)
{
    const ChartLevelCounts &levels = facts.levels;
    ChartSheet sheet;
    sheet.id = QStringLiteral("levels");
    sheet.title = ChartBackendSheetsText::tr("Levels");
    sheet.horizontal = true; // level names read across, top to bottom in level order
    sheet.categoryTitle = ChartBackendSheetsText::tr("Level (in level order)");
    sheet.valueTitle = ChartBackendSheetsText::tr("Completed sessions");
    for (const QString &level : levels.levels) {
        sheet.categories << valueText(level);
        sheet.categoryTerms.push_back({textTerm(columns, u"level", level)});
        sheet.categoryFilterLabels << ChartBackendSheetsText::tr("Level: %1").arg(valueText(level));
    }
    std::vector<qreal> perLevel(std::size_t(levels.levels.size()), 0);
    for (qsizetype s = 0; s < levels.subjects.size(); ++s) {
        ChartSheetSeries series;
        series.name = valueText(levels.subjects[s]);
        series.terms = {textTerm(columns, u"subject", levels.subjects[s])};
        series.filterLabel = ChartBackendSheetsText::tr("Subject: %1").arg(series.name);
        for (std::size_t l = 0; l < levels.rows.size(); ++l) {
            series.values.push_back(qreal(levels.rows[l][std::size_t(s)]));
            perLevel[l] += series.values.back();
        }
        sheet.series.push_back(std::move(series));
    }
    if (levels.levels.isEmpty()) {
        sheet.summary = ChartBackendSheetsText::tr("No completed session with a level yet.");
    } else {
        const std::size_t top = largest(perLevel);
        const qreal total = std::accumulate(perLevel.begin(), perLevel.end(), qreal(0));
        QStringList perSubject;
        for (const ChartSheetSeries &series : sheet.series) {
            const std::size_t best = largest(series.values);
            perSubject << ChartBackendSheetsText::tr("%1 mostly %2").arg(series.name, sheet.categories[qsizetype(best)]);
        }
        sheet.summary = ChartBackendSheetsText::tr("%1 completed sessions, %2 to %3; most common %4 (%5, %6). %7.")
                            .arg(count(qsizetype(total)), sheet.categories.front(), sheet.categories.back(),
                                 sheet.categories[qsizetype(top)], count(qsizetype(perLevel[top])),
                                 percent(perLevel[top], total), perSubject.join(QStringLiteral("; ")));
    }
    if (levels.withoutLevel > 0)
        sheet.summary += ChartBackendSheetsText::tr(" %1 without a level (not finished).").arg(count(levels.withoutLevel));
    return sheet;
}

QString binLabel(const ChartDurationBins &bins, std::size_t i)
{
    if (i + 1 >= bins.edges.size())
        return ChartBackendSheetsText::tr("%1 or more").arg(formatDuration(bins.edges.back()));
    return QStringLiteral("%1–%2").arg(formatDuration(bins.edges[i]), formatDuration(bins.edges[i + 1]));
}

ChartSheet durationsSheet(const ChartFacts &facts, const ColumnList &columns)
{
    const ChartDurationBins &bins = facts.durations;
    ChartSheet sheet;
    sheet.id = QStringLiteral("durations");
    sheet.title = ChartBackendSheetsText::tr("Durations");
    sheet.categoryTitle = ChartBackendSheetsText::tr("Duration");
    sheet.valueTitle = ChartBackendSheetsText::tr("Completed sessions");
    ChartSheetSeries series;
    series.name = ChartBackendSheetsText::tr("Sessions");
    for (std::size_t i = 0; i < bins.counts.size(); ++i) {
        const QString label = binLabel(bins, i);
        const qint64 from = bins.edges[std::min(i, bins.edges.size() - 1)];
        const qint64 to = i + 1 < bins.edges.size() ? bins.edges[i + 1] : std::numeric_limits<qint64>::max();
        sheet.categories << label;
        sheet.categoryTerms.push_back({rangeTerm(columns, u"duration", from, to)});
        sheet.categoryFilterLabels << ChartBackendSheetsText::tr("Duration: %1").arg(label);
        series.values.push_back(qreal(bins.counts[i]));
    }
    sheet.series.push_back(std::move(series));
    const qsizetype total = sum(bins.counts);
    if (total == 0) {
        sheet.summary = ChartBackendSheetsText::tr("No completed session with a duration yet.");
        return sheet;
    }
    const std::size_t top = largest(sheet.series.front().values);
    sheet.summary = ChartBackendSheetsText::tr("%1 completed sessions; the most took %2 (%3, %4).")
                        .arg(count(total), sheet.categories[qsizetype(top)], count(bins.counts[top]),
                             percent(qreal(bins.counts[top]), qreal(total)));
    return sheet;
}

// Categories stacked by status (workflows, platforms): clicking one filters on `columnId`.
ChartSheet categoryStatusSheet(const ChartFacts &facts, const ColumnList &columns, const ChartCategoryCounts &counts,
                               QStringView columnId, const QString &what)
{
    ChartSheet sheet;
    sheet.categoryTitle = what;
    sheet.valueTitle = ChartBackendSheetsText::tr("Sessions");
    for (qsizetype i = 0; i < counts.categories.size(); ++i) {
        const bool other = counts.hasOther && i == counts.categories.size() - 1;
        const QString label = other ? counts.categories[i] : valueText(counts.categories[i]);
        sheet.categories << label;
        sheet.categoryTerms.push_back(other ? QList<ChartFilterTerm>()
                                            : QList<ChartFilterTerm>{textTerm(columns, columnId, counts.categories[i])});
        sheet.categoryFilterLabels << QStringLiteral("%1: %2").arg(what, label);
    }
    sheet.series = statusSeries(facts, counts.rows);
    if (counts.rows.empty())
        sheet.summary = ChartBackendSheetsText::tr("No sessions to count.");
    else
        sheet.summary = ChartBackendSheetsText::tr("%1 has the most sessions: %2.").arg(sheet.categories.front(), statusBreakdown(counts.rows.front()));
    return sheet;
}

} // namespace

namespace chartbackendsheets {

void addCentury(std::vector<ChartSheet> &sheets, const ChartFacts &facts, const ColumnList &columns)
{
    sheets.push_back(levelsSheet(facts, columns));
    sheets.push_back(durationsSheet(facts, columns));
}

void addTreasure(std::vector<ChartSheet> &sheets, const ChartFacts &facts, const ColumnList &columns)
{
    ChartSheet sheet = categoryStatusSheet(facts, columns, facts.workflows, u"workflow", ChartBackendSheetsText::tr("Workflow"));
    sheet.id = QStringLiteral("workflows");
    sheet.title = ChartBackendSheetsText::tr("Workflows");
    sheet.horizontal = true;
    if (facts.workflows.hasOther)
        sheet.summary += ChartBackendSheetsText::tr(" The top %Ln are shown; the rest are summed as Other.",
                                                      nullptr, int(facts.workflows.categories.size() - 1));
    sheets.push_back(std::move(sheet));
}

void addMobileNext(std::vector<ChartSheet> &sheets, const ChartFacts &facts, const ColumnList &columns)
{
    ChartSheet platforms = categoryStatusSheet(facts, columns, facts.platforms, u"platform", ChartBackendSheetsText::tr("Platform"));
    platforms.id = QStringLiteral("platforms");
    platforms.title = ChartBackendSheetsText::tr("Platforms");
    sheets.push_back(std::move(platforms));

    const ChartOsVersionCounts &versions = facts.osVersions;
    ChartSheet os;
    os.id = QStringLiteral("versions");
    os.title = ChartBackendSheetsText::tr("OS versions");
    os.horizontal = true;
    os.categoryTitle = ChartBackendSheetsText::tr("Platform and OS version");
    os.valueTitle = ChartBackendSheetsText::tr("Sessions");
    ChartSheetSeries series;
    series.name = ChartBackendSheetsText::tr("Sessions");
    for (qsizetype i = 0; i < versions.versions.size(); ++i) {
        const bool other = versions.hasOther && i == versions.versions.size() - 1;
        const QString label = other ? versions.versions[i]
                                    : QStringLiteral("%1 %2").arg(valueText(versions.platforms[i]),
                                                                   valueText(versions.versions[i]));
        os.categories << label;
        os.categoryTerms.push_back(other ? QList<ChartFilterTerm>()
                                         : QList<ChartFilterTerm>{textTerm(columns, u"platform", versions.platforms[i]),
                                                                  textTerm(columns, u"os_version", versions.versions[i])});
        os.categoryFilterLabels << ChartBackendSheetsText::tr("OS: %1").arg(label);
        series.values.push_back(qreal(versions.counts[std::size_t(i)]));
    }
    os.series.push_back(std::move(series));
    os.summary = versions.counts.empty()
        ? ChartBackendSheetsText::tr("No sessions to count.")
        : ChartBackendSheetsText::tr("%1 is the most used (%2 sessions).").arg(os.categories.front(), count(versions.counts.front()));
    sheets.push_back(std::move(os));

    ChartSheet devices;
    devices.id = QStringLiteral("devices");
    devices.title = ChartBackendSheetsText::tr("In use now");
    devices.categoryTitle = ChartBackendSheetsText::tr("Platform");
    devices.valueTitle = ChartBackendSheetsText::tr("Devices held by a live session");
    ChartSheetSeries held;
    held.name = ChartBackendSheetsText::tr("Devices in use");
    held.status = SessionStatus::Live;
    QStringList parts;
    for (qsizetype i = 0; i < facts.platforms.categories.size(); ++i) {
        const QString label = valueText(facts.platforms.categories[i]);
        const qsizetype n = std::size_t(i) < facts.devicesInUse.size() ? facts.devicesInUse[std::size_t(i)] : 0;
        devices.categories << label;
        devices.categoryTerms.push_back({textTerm(columns, u"platform", facts.platforms.categories[i]),
                                         textTerm(columns, u"status", sessionStatusId(SessionStatus::Live))});
        devices.categoryFilterLabels << ChartBackendSheetsText::tr("Live on %1").arg(label);
        held.values.push_back(qreal(n));
        parts << QStringLiteral("%1 %2").arg(label, count(n));
    }
    devices.series.push_back(std::move(held));
    devices.summary = ChartBackendSheetsText::tr("%Ln device(s) in use now", nullptr, int(facts.devicesInUseTotal))
        + (parts.isEmpty() ? QStringLiteral(".") : QStringLiteral(": %1.").arg(parts.join(QStringLiteral(", "))));
    sheets.push_back(std::move(devices));
}

} // namespace chartbackendsheets
