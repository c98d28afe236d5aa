#pragma once

#include "chartfacts.h"
#include "chartfactsjob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

class SessionTableModel;

// Keeps ChartFacts in step with the rows a SessionTableModel shows: every change of the
// model (a page, a live update, a filter, a new query) restarts a short timer, and when it
// fires one ChartFactsJob runs on the thread pool. One job at a time; a change while it runs
// starts another when it ends. Inactive (the charts are hidden), nothing is computed; the
// first activation computes at once.
class ChartFactsRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartFactsRunner)

public:
    static constexpr int kDefaultDelayMs = 300;

    explicit ChartFactsRunner(SessionTableModel *model, QObject *parent = nullptr);
    ~ChartFactsRunner() override;

    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setOptions(const ChartFactsOptions &options);
    void setDelay(int ms) { m_timer.setInterval(ms); }
    // The newest facts; empty until the first job ends.
    const ChartFacts &facts() const { return m_facts; }
    bool isBusy() const { return m_watcher != nullptr || m_timer.isActive(); }
    // Jobs started so far (tests and the benchmark check that a hidden panel costs nothing).
    int jobsStarted() const { return m_jobsStarted; }

signals:
    void factsReady(const ChartFacts &facts);

private:
    void schedule();
    void start();

    QPointer<SessionTableModel> m_model;
    ChartFactsOptions m_options;
    QTimer m_timer;
    QFutureWatcher<ChartFacts> *m_watcher = nullptr;
    ChartFacts m_facts;
    quint64 m_generation = 0;
    bool m_stale = false;
    bool m_active = false;
    bool m_dirty = true; // a change arrived while inactive
    int m_jobsStarted = 0;
};
