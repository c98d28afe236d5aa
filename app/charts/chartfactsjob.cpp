#include "chartfactsjob.h"

#include "chartcategorycounts.h"
#include "chartdurationbins.h"
#include "chartlevelorder.h"
#include "charttimebuckets.h"

#include "model/sessionstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace {

RowColumnValues runOrEmpty(const std::unique_ptr<RowValuesJob> &job)
{
    return job ? job->run() : RowColumnValues{};
}

// Completed sessions per level and subject; rows without a level are counted apart.
ChartLevelCounts countLevels(const ChartRows &rows, const RowColumnValues &levels, const RowColumnValues &subjects)
{
    ChartLevelCounts out;
    const auto levelCount = std::size_t(levels.labels.size());
    const auto subjectCount = std::size_t(std::max<qsizetype>(subjects.labels.size(), 1));
    std::vector<qsizetype> grid(levelCount * subjectCount, 0);
    rows.forEach([&](std::size_t row) {
        const quint32 level = row < levels.codes.size() ? levels.codes[row] : quint32(levelCount);
        if (level >= levelCount || levels.labels[qsizetype(level)].isEmpty()) {
            ++out.withoutLevel;
            return;
        }
        const quint32 subject = row < subjects.codes.size() ? subjects.codes[row] : 0;
        ++grid[level * subjectCount + std::min<std::size_t>(subject, subjectCount - 1)];
    });

    std::vector<qsizetype> levelTotals(levelCount, 0);
    std::vector<qsizetype> subjectTotals(subjectCount, 0);
    for (std::size_t l = 0; l < levelCount; ++l) {
        for (std::size_t s = 0; s < subjectCount; ++s) {
            levelTotals[l] += grid[l * subjectCount + s];
            subjectTotals[s] += grid[l * subjectCount + s];
        }
    }
    std::vector<std::size_t> levelOrder;
    for (std::size_t l = 0; l < levelCount; ++l) {
        if (levelTotals[l] > 0) {
            levelOrder.push_back(l);
            out.levels.append(levels.labels[qsizetype(l)]);
        }
    }
    chartlevelorder::sort(out.levels);
    std::sort(levelOrder.begin(), levelOrder.end(), [&](std::size_t a, std::size_t b) {
        return out.levels.indexOf(levels.labels[qsizetype(a)]) < out.levels.indexOf(levels.labels[qsizetype(b)]);
    });
    std::vector<std::size_t> subjectOrder;
    for (std::size_t s = 0; s < subjectCount; ++s) {
        if (subjectTotals[s] > 0)
            subjectOrder.push_back(s);
    }
    const auto subjectLabel = [&](std::size_t s) {
        return s < std::size_t(subjects.labels.size()) ? subjects.labels[qsizetype(s)] : QString();
    };
    std::sort(subjectOrder.begin(), subjectOrder.end(), [&](std::size_t a, std::size_t b) {
        return subjectLabel(a).compare(subjectLabel(b), Qt::CaseInsensitive) < 0;
    });
    for (std::size_t s : subjectOrder)
        out.subjects.append(subjectLabel(s));
    for (std::size_t l : levelOrder) {
        std::vector<qsizetype> row;
        for (std::size_t s : subjectOrder)
            row.push_back(grid[l * subjectCount + s]);
        out.rows.push_back(std::move(row));
    }
    return out;
}

// Sessions per (platform, OS version), the `top` most used, the rest as "Other".
ChartOsVersionCounts countOsVersions(const ChartRows &rows, const RowColumnValues &platforms,
                                     const RowColumnValues &versions, int top)
{
    const auto versionCount = std::size_t(std::max<qsizetype>(versions.labels.size(), 1));
    const auto platformCount = std::size_t(std::max<qsizetype>(platforms.labels.size(), 1));
    std::vector<qsizetype> grid(platformCount * versionCount, 0);
    rows.forEach([&](std::size_t row) {
        const quint32 p = row < platforms.codes.size() ? platforms.codes[row] : 0;
        const quint32 v = row < versions.codes.size() ? versions.codes[row] : 0;
        ++grid[std::min<std::size_t>(p, platformCount - 1) * versionCount + std::min<std::size_t>(v, versionCount - 1)];
    });
    const auto label = [](const RowColumnValues &values, std::size_t code) {
        return code < std::size_t(values.labels.size()) ? values.labels[qsizetype(code)] : QString();
    };
    std::vector<std::size_t> used;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        if (grid[i] > 0)
            used.push_back(i);
    }
    std::sort(used.begin(), used.end(), [&](std::size_t a, std::size_t b) {
        if (grid[a] != grid[b])
            return grid[a] > grid[b];
        const int byPlatform = label(platforms, a / versionCount).compare(label(platforms, b / versionCount));
        return byPlatform != 0 ? byPlatform < 0
                               : label(versions, a % versionCount).compare(label(versions, b % versionCount)) < 0;
    });
    ChartOsVersionCounts out;
    const std::size_t shown = std::min(used.size(), std::size_t(std::max(top, 1)));
    for (std::size_t i = 0; i < shown; ++i) {
        out.platforms.append(label(platforms, used[i] / versionCount));
        out.versions.append(label(versions, used[i] % versionCount));
        out.counts.push_back(grid[used[i]]);
    }
    if (used.size() > shown) {
        qsizetype rest = 0;
        for (std::size_t i = shown; i < used.size(); ++i)
            rest += grid[used[i]];
        out.platforms.append(QString());
        out.versions.append(QCoreApplication::translate("Charts", "Other"));
        out.counts.push_back(rest);
        out.hasOther = true;
    }
    return out;
}

// Distinct devices held by a live session, per platform of `order` (unlisted platforms: none).
void countDevicesInUse(ChartFacts &facts, const ChartRows &rows, const std::vector<quint32> &statuses,
                       const RowColumnValues &devices, const RowColumnValues &platforms)
{
    facts.devicesInUse.assign(std::size_t(facts.platforms.categories.size()), 0);
    std::vector<qsizetype> slotOfPlatform(std::size_t(platforms.labels.size()), -1);
    for (qsizetype p = 0; p < platforms.labels.size(); ++p)
        slotOfPlatform[std::size_t(p)] = facts.platforms.categories.indexOf(platforms.labels[p]);
    std::vector<quint8> seen(std::size_t(devices.labels.size()), 0);
    rows.forEach([&](std::size_t row) {
        if (row >= statuses.size() || statuses[row] != quint32(SessionStatus::Live) || row >= devices.codes.size())
            return;
        const quint32 device = devices.codes[row];
        if (device >= seen.size() || seen[device] || devices.labels[qsizetype(device)].isEmpty())
            return;
        seen[device] = 1;
        ++facts.devicesInUseTotal;
        const quint32 platform = row < platforms.codes.size() ? platforms.codes[row] : 0;
        const qsizetype slot = platform < slotOfPlatform.size() ? slotOfPlatform[platform] : -1;
        if (slot >= 0)
            ++facts.devicesInUse[std::size_t(slot)];
    });
}

} // namespace

ChartFactsJob::ChartFactsJob(const SessionStore &store, const std::vector<qint32> &visibleRows,
                             const ChartFactsOptions &options)
    : m_backend(store.backend())
    , m_loadedCount(store.size())
    , m_options(options)
    , m_rows(qsizetype(visibleRows.size()) == store.size() ? ChartRows::all(store.size())
                                                            : ChartRows::listed(visibleRows))
{
    m_status = values(store, u"status");
    m_started = values(store, u"started");
    switch (m_backend) {
    case Backend::Century:
        m_subject = values(store, u"subject");
        m_level = values(store, u"level");
        m_duration = values(store, u"duration");
        break;
    case Backend::Treasure: m_workflow = values(store, u"workflow"); break;
    case Backend::MobileNext:
        m_platform = values(store, u"platform");
        m_osVersion = values(store, u"os_version");
        m_device = values(store, u"device_id");
        break;
    }
}

ChartFactsJob::~ChartFactsJob() = default;

std::unique_ptr<RowValuesJob> ChartFactsJob::values(const SessionStore &store, QStringView columnId) const
{
    const ColumnDescriptor *column = findColumn(store.columns(), columnId);
    return column ? store.columnValues(*column) : nullptr;
}

ChartFacts ChartFactsJob::run() const
{
    ChartFacts facts;
    facts.backend = m_backend;
    facts.rowCount = m_rows.count();
    facts.loadedCount = m_loadedCount;
    const RowColumnValues statuses = runOrEmpty(m_status);
    m_rows.forEach([&](std::size_t row) {
        const quint32 status = row < statuses.codes.size() ? statuses.codes[row] : 0;
        ++facts.statusCounts[std::min<std::size_t>(status, kSessionStatusCount - 1)];
    });
    facts.started = charttimebuckets::count(m_rows, runOrEmpty(m_started).numbers, statuses.codes, m_options.zone);

    switch (m_backend) {
    case Backend::Century:
        facts.levels = countLevels(m_rows, runOrEmpty(m_level), runOrEmpty(m_subject));
        facts.durations = chartdurationbins::count(m_rows, runOrEmpty(m_duration).numbers);
        break;
    case Backend::Treasure: {
        const RowColumnValues workflows = runOrEmpty(m_workflow);
        facts.workflows = chartcategorycounts::count(m_rows, workflows.codes, workflows.labels, statuses.codes,
                                                     m_options.topWorkflows);
        break;
    }
    case Backend::MobileNext: {
        const RowColumnValues platforms = runOrEmpty(m_platform);
        facts.platforms = chartcategorycounts::count(m_rows, platforms.codes, platforms.labels, statuses.codes,
                                                     std::numeric_limits<int>::max());
        facts.osVersions = countOsVersions(m_rows, platforms, runOrEmpty(m_osVersion), m_options.topOsVersions);
        countDevicesInUse(facts, m_rows, statuses.codes, runOrEmpty(m_device), platforms);
        break;
    }
    }
    return facts;
}
