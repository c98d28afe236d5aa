#include "chartfactsrunner.h"

#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"

#include <QtConcurrent/QtConcurrentRun>

ChartFactsRunner::ChartFactsRunner(SessionTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ChartFactsRunner::start);
    const auto changed = [this] { schedule(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // Ticking durations, relative times and tints repaint cells every second;
                // only a change of the values themselves (no roles named: all) moves a chart.
                if (roles.isEmpty() || roles.contains(SessionTableModel::RawValueRole)
                    || roles.contains(SessionTableModel::StatusRole))
                    schedule();
            });
    connect(model, &SessionTableModel::countsChanged, this, changed);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        ++m_generation; // a job still running counts the rows of the old query
        schedule();
    });
}

// A job still running owns its copies and its share of the store's pools; its result is
// dropped with the watcher.
ChartFactsRunner::~ChartFactsRunner() = default;

void ChartFactsRunner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        m_timer.stop();
        return;
    }
    if (m_dirty)
        start();
}

void ChartFactsRunner::setOptions(const ChartFactsOptions &options)
{
    m_options = options;
    schedule();
}

void ChartFactsRunner::schedule()
{
    m_dirty = true;
    if (m_active && !m_timer.isActive())
        m_timer.start();
}

void ChartFactsRunner::start()
{
    m_timer.stop();
    if (!m_active || !m_model)
        return;
    if (m_watcher) {
        m_stale = true;
        return;
    }
    m_dirty = false;
    const SessionStore *store = m_model->store();
    if (!store) {
        m_facts = ChartFacts{};
        emit factsReady(m_facts);
        return;
    }
    auto job = std::make_shared<ChartFactsJob>(*store, m_model->visibleStoreRows(), m_options);
    const std::optional<qint64> total = m_model->totalCount();
    const quint64 generation = m_generation;
    ++m_jobsStarted;
    m_watcher = new QFutureWatcher<ChartFacts>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation, total] {
        QFutureWatcher<ChartFacts> *watcher = m_watcher;
        m_watcher = nullptr;
        watcher->deleteLater();
        if (generation == m_generation) {
            m_facts = watcher->result();
            m_facts.totalCount = total;
            emit factsReady(m_facts);
        }
        if (m_stale || generation != m_generation) {
            m_stale = false;
            start();
        }
    });
    m_watcher->setFuture(QtConcurrent::run([job] { return job->run(); }));
}
