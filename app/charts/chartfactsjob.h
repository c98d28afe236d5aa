#pragma once

#include "chartfacts.h"
#include "chartrows.h"

#include <QTimeZone>

#include <memory>
#include <vector>

class RowValuesJob;
class SessionStore;

struct ChartFactsOptions
{
    QTimeZone zone = QTimeZone::systemTimeZone(); // where a day starts
    int topWorkflows = 8;
    int topOsVersions = 10;
};

// Every chart's numbers for the rows the table shows. Made on the GUI thread from the store
// and the visible rows (it copies only what live updates rewrite: statuses, start times,
// the per-row references to tests, results, workflows and devices; the pools they point
// into are append-only and shared, sessionstore.h), run on a worker.
class ChartFactsJob final
{
public:
    ChartFactsJob(const SessionStore &store, const std::vector<qint32> &visibleRows,
                  const ChartFactsOptions &options = {});
    ~ChartFactsJob();
    ChartFactsJob(const ChartFactsJob &) = delete;
    ChartFactsJob &operator=(const ChartFactsJob &) = delete;

    qsizetype rowCount() const { return m_rows.count(); }
    ChartFacts run() const;

private:
    std::unique_ptr<RowValuesJob> values(const SessionStore &store, QStringView columnId) const;

    Backend m_backend;
    qsizetype m_loadedCount = 0;
    ChartFactsOptions m_options;
    ChartRows m_rows;
    std::unique_ptr<RowValuesJob> m_status;
    std::unique_ptr<RowValuesJob> m_started;
    std::unique_ptr<RowValuesJob> m_subject;  // Century
    std::unique_ptr<RowValuesJob> m_level;    // Century
    std::unique_ptr<RowValuesJob> m_duration; // Century
    std::unique_ptr<RowValuesJob> m_workflow; // Treasure
    std::unique_ptr<RowValuesJob> m_platform; // Mobile Next
    std::unique_ptr<RowValuesJob> m_osVersion;
    std::unique_ptr<RowValuesJob> m_device;
};
