#include "sessiontablemodel.h"

#include "chartfilterrow.h"
#include "sessionstore.h"
#include "vieworderjob.h"

#include "domain/timestamps.h"
#include "net/apiclient.h"
#include "sources/pager.h"
#include "sources/sessionsource.h"

#include <QColor>
#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Re-sorting while pages stream in: often enough to look live, rarely enough that a
// million-row sort does not run back to back.
constexpr int kReorderDelayMs = 250;

const ColumnList &noColumns()
{
    static const ColumnList empty;
    return empty;
}

bool isNumeric(ColumnType type)
{
    return type == ColumnType::Duration;
}

} // namespace

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_orderTimer.setSingleShot(true);
    m_orderTimer.setInterval(kReorderDelayMs);
    connect(&m_orderTimer, &QTimer::timeout, this, &SessionTableModel::startOrder);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &SessionTableModel::tick);
    m_tickTimer.start();
    m_highlightTimer.setSingleShot(true);
    connect(&m_highlightTimer, &QTimer::timeout, this, &SessionTableModel::expireHighlights);
    for (int s = 0; s < kStatusCount; ++s)
        m_statusIcons[std::size_t(s)] = QIcon(QStringLiteral(":/icons/status/%1.svg")
                                                  .arg(sessionStatusId(SessionStatus(s))));
}

SessionTableModel::~SessionTableModel()
{
    // An order job still running holds the store and its own copies; it finishes on the
    // thread pool and its result is dropped with the watcher.
    dropPager();
}

const ColumnList &SessionTableModel::columns() const
{
    return m_store ? m_store->columns() : noColumns();
}

void SessionTableModel::open(std::shared_ptr<const SessionSource> source, ApiClient *client, const Query &query)
{
    beginResetModel();
    dropPager();
    m_source = std::move(source);
    m_client = client;
    m_query = query;
    m_store = m_source ? SessionStore::create(m_source->backend()) : nullptr;
    m_spec.sortColumn = m_spec.secondaryColumn = -1; // column indexes differ per backend
    resetStore();
    endResetModel();
    startPager();
}

void SessionTableModel::setQuery(const Query &query)
{
    if (m_source && query != m_query)
        restart(query);
}

void SessionTableModel::reload()
{
    if (m_source)
        restart(m_query);
}

void SessionTableModel::restart(const Query &query)
{
    beginResetModel();
    dropPager();
    m_query = query;
    m_store = SessionStore::create(m_source->backend());
    resetStore();
    endResetModel();
    startPager();
}

void SessionTableModel::close()
{
    beginResetModel();
    dropPager();
    m_source.reset();
    m_client = nullptr;
    m_store.reset();
    resetStore();
    endResetModel();
    emit fetchStateChanged();
}

void SessionTableModel::resetStore()
{
    m_visible.clear();
    m_position.clear();
    m_positionsStale = false;
    m_highlightUntil.clear();
    m_statusCounts.fill(0);
    m_lastError = {};
    ++m_orderGeneration; // an order job in flight belongs to the old rows
    m_orderStale = false;
    m_orderTimer.stop();
    emit countsChanged();
}

void SessionTableModel::startPager()
{
    if (!m_source || !m_client)
        return;
    m_pager = new Pager(m_source, m_client, m_query, {}, this);
    Pager *pager = m_pager;
    // Each pager serves one query; after dropPager() it can no longer reach this model.
    connect(pager, &Pager::pageReady, this, &SessionTableModel::merge);
    connect(pager, &Pager::finished, this, &SessionTableModel::fetchStateChanged);
    connect(pager, &Pager::failed, this, [this](const ApiError &error) {
        m_lastError = error;
        emit fetchStateChanged();
        emit failed(error);
    });
    connect(pager, &Pager::notice, this, &SessionTableModel::notice);
    pager->fetchNext();
    emit fetchStateChanged();
}

void SessionTableModel::dropPager()
{
    if (!m_pager)
        return;
    m_pager->cancel(); // no signal follows a cancel
    m_pager->disconnect(this);
    m_pager->deleteLater();
    m_pager = nullptr;
}

SessionTableModel::FetchState SessionTableModel::fetchState() const
{
    if (!m_pager)
        return FetchState::Idle;
    if (m_pager->isFailed())
        return FetchState::Failed;
    if (m_pager->isBusy())
        return FetchState::Loading;
    return m_pager->hasMore() ? FetchState::Idle : FetchState::Complete;
}

qint64 SessionTableModel::serverNowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + (m_client ? m_client->serverClockOffsetMs() : 0);
}

ApiClient *SessionTableModel::client() const
{
    return m_client;
}

qsizetype SessionTableModel::loadedCount() const
{
    return m_store ? m_store->size() : 0;
}

std::optional<qint64> SessionTableModel::totalCount() const
{
    return m_pager ? m_pager->total() : std::nullopt;
}

void SessionTableModel::retry()
{
    if (m_pager && m_pager->isFailed()) {
        m_lastError = {};
        m_pager->retry();
        emit fetchStateChanged();
    }
}

void SessionTableModel::fetchAll()
{
    if (m_pager && !m_pager->isFailed()) {
        m_pager->fetchAll();
        emit fetchStateChanged();
    }
}

bool SessionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && m_pager->hasMore() && !m_pager->isBusy() && !m_pager->isFailed();
}

void SessionTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pager->fetchNext(); // only starts the request; rows arrive in onPage()
    emit fetchStateChanged();
}

void SessionTableModel::upsertRows(const std::vector<SessionRecord> &rows, std::vector<qint32> *added,
                                   std::vector<qint32> *changed)
{
    added->reserve(rows.size());
    for (const SessionRecord &record : rows) {
        // The Pager already dropped ids seen on earlier pages of this query; an id the store
        // holds anyway is updated in place, never shown twice.
        const qsizetype existing = m_store->rowOf(record.id);
        const SessionStatus before = existing >= 0 ? m_store->status(existing) : SessionStatus::Unknown;
        const SessionStore::Upsert result = m_store->upsert(record);
        if (result.added) {
            ++m_statusCounts[std::size_t(record.status)];
            added->push_back(qint32(result.row));
        } else if (result.changed) {
            --m_statusCounts[std::size_t(before)];
            ++m_statusCounts[std::size_t(record.status)];
            changed->push_back(qint32(result.row));
        }
    }
    if (!m_positionsStale)
        m_position.resize(std::size_t(m_store->size()), -1);
}

void SessionTableModel::merge(const std::vector<SessionRecord> &rows)
{
    if (!m_store)
        return;
    std::vector<qint32> added, changed;
    upsertRows(rows, &added, &changed);
    for (const qint32 row : changed) {
        const int view = viewRow(row);
        if (view >= 0)
            emit dataChanged(index(view, 0), index(view, columnCount() - 1));
    }
    appendVisible(added);
    if (m_spec.sorts() && !added.empty())
        scheduleOrder();
    emit countsChanged();
    // The Pager is still busy while it hands out a page; its state is worth reporting
    // once this returns.
    QMetaObject::invokeMethod(this, &SessionTableModel::fetchStateChanged, Qt::QueuedConnection);
}

bool SessionTableModel::passesFilter(qsizetype storeRow) const
{
    if (!m_spec.showsStatus(m_store->status(storeRow)))
        return false;
    if (!m_spec.searchText.isEmpty() && !m_store->rowMatchesText(storeRow, m_spec.searchText))
        return false;
    return m_spec.chartFilter.isEmpty() || passesChartFilter(storeRow);
}

bool SessionTableModel::passesChartFilter(qsizetype storeRow) const
{
    return chartFilterPassesRow(*m_store, storeRow, m_spec.chartFilter);
}

void SessionTableModel::appendVisible(const std::vector<qint32> &storeRows)
{
    std::vector<qint32> shown;
    shown.reserve(storeRows.size());
    for (qint32 row : storeRows) {
        if (passesFilter(row))
            shown.push_back(row);
    }
    if (shown.empty())
        return;
    ensurePositions();
    // New rows go to the end in one insert; when a sort is active the coalesced re-order
    // moves them to their place with a layout change.
    const int first = int(m_visible.size());
    beginInsertRows({}, first, first + int(shown.size()) - 1);
    for (qint32 row : shown) {
        m_position[std::size_t(row)] = qint32(m_visible.size());
        m_visible.push_back(row);
    }
    endInsertRows();
}

// --- client-side order -------------------------------------------------------------------

void SessionTableModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_spec.searchText)
        return;
    m_spec.searchText = trimmed;
    ++m_orderGeneration;
    startOrder();
}

void SessionTableModel::setStatusMask(quint32 mask)
{
    mask &= ViewOrderSpec::kAllStatuses;
    if (mask == m_spec.statusMask)
        return;
    m_spec.statusMask = mask;
    ++m_orderGeneration;
    startOrder();
}

void SessionTableModel::setChartFilter(const QList<ChartFilterTerm> &terms)
{
    if (terms == m_spec.chartFilter)
        return;
    m_spec.chartFilter = terms;
    ++m_orderGeneration;
    startOrder();
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_spec.sortColumn && order == m_spec.sortOrder)
        return;
    if (column != m_spec.sortColumn) {
        m_spec.secondaryColumn = m_spec.sortColumn;
        m_spec.secondaryOrder = m_spec.sortOrder;
    }
    m_spec.sortColumn = column;
    m_spec.sortOrder = order;
    ++m_orderGeneration;
    startOrder();
}

void SessionTableModel::scheduleOrder()
{
    if (!m_orderTimer.isActive())
        m_orderTimer.start();
}

void SessionTableModel::startOrder()
{
    m_orderTimer.stop();
    if (!m_store)
        return;
    if (m_orderWatcher) {
        m_orderStale = true; // one job at a time; the newest wish runs when this one ends
        return;
    }
    if (m_spec.isIdentity()) {
        // Arrival order needs no worker: the store's rows, in order, all shown.
        applyOrder(ViewOrder::identity(m_store->size()));
        return;
    }
    auto job = std::make_shared<ViewOrderJob>(*m_store, m_spec);
    // The lambda keeps the store alive: a new query replaces m_store while this may still run.
    std::shared_ptr<const SessionStore> store = m_store;
    m_orderWatcher = new QFutureWatcher<ViewOrder>(this);
    const quint64 generation = m_orderGeneration;
    const qsizetype covered = job->rowCount();
    connect(m_orderWatcher, &QFutureWatcherBase::finished, this, [this, generation, covered] {
        QFutureWatcher<ViewOrder> *watcher = m_orderWatcher;
        m_orderWatcher = nullptr;
        watcher->deleteLater();
        if (generation == m_orderGeneration) {
            ViewOrder order = watcher->result();
            // Rows that arrived while the job ran are placed after it, in arrival order;
            // when sorted, the next pass puts them where they belong.
            order.positions.resize(std::size_t(m_store->size()), -1);
            for (qsizetype row = covered; row < m_store->size(); ++row) {
                if (passesFilter(row)) {
                    order.positions[std::size_t(row)] = qint32(order.rows.size());
                    order.rows.push_back(qint32(row));
                }
            }
            if (covered < m_store->size() && m_spec.sorts())
                m_orderStale = true;
            applyOrder(std::move(order));
        } else {
            m_orderStale = true;
        }
        if (m_orderStale) {
            m_orderStale = false;
            startOrder();
        }
        if (!m_orderWatcher)
            emit orderingChanged(false);
    });
    m_orderWatcher->setFuture(QtConcurrent::run([job, store] { return job->run(); }));
    emit orderingChanged(true);
}

// Moves from the current visible rows to `order` without a reset and without ever changing
// the row count inside a layout change: rows that appear are first inserted at the end, then
// one layout change arranges everything, then rows that disappear are removed from the end.
// The order and its inverse come from the worker; what is left here is linear passes.
void SessionTableModel::applyOrder(ViewOrder order)
{
    ensurePositions();
    std::vector<qint32> &newPosition = order.positions;
    const std::size_t storeSize = std::size_t(m_store->size());
    // Every loaded row shown before: none can appear. Every row shown after: none can go.
    const bool allShownBefore = m_visible.size() == storeSize;
    const bool allShownAfter = order.rows.size() == storeSize;
    std::vector<qint32> entering;
    if (!allShownBefore) {
        for (qint32 row : order.rows) {
            if (m_position[std::size_t(row)] < 0)
                entering.push_back(row);
        }
    }
    std::vector<qint32> leaving;
    if (!allShownAfter) {
        for (qint32 row : m_visible) {
            if (newPosition[std::size_t(row)] < 0)
                leaving.push_back(row);
        }
    }
    if (entering.empty() && leaving.empty() && order.rows == m_visible)
        return;

    if (!entering.empty()) {
        const int first = int(m_visible.size());
        beginInsertRows({}, first, first + int(entering.size()) - 1);
        for (qint32 row : entering) {
            m_position[std::size_t(row)] = qint32(m_visible.size());
            m_visible.push_back(row);
        }
        endInsertRows();
    }

    std::vector<qint32> arranged = std::move(order.rows);
    const std::size_t shownCount = arranged.size();
    arranged.reserve(shownCount + leaving.size());
    for (qint32 row : leaving) {
        newPosition[std::size_t(row)] = qint32(arranged.size());
        arranged.push_back(row);
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const qint32 row = m_visible[std::size_t(index.row())];
        to.append(createIndex(newPosition[std::size_t(row)], index.column()));
    }
    changePersistentIndexList(from, to);
    m_visible = std::move(arranged);
    m_position = std::move(newPosition);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);

    if (!leaving.empty()) {
        beginRemoveRows({}, int(shownCount), int(m_visible.size()) - 1);
        for (std::size_t i = shownCount; i < m_visible.size(); ++i)
            m_position[std::size_t(m_visible[i])] = -1;
        m_visible.resize(shownCount);
        endRemoveRows();
    }
}

// --- reading -----------------------------------------------------------------------------

qsizetype SessionTableModel::storeRow(int viewRow) const
{
    return viewRow >= 0 && std::size_t(viewRow) < m_visible.size() ? m_visible[std::size_t(viewRow)] : -1;
}

int SessionTableModel::viewRow(qsizetype storeRow) const
{
    ensurePositions();
    return storeRow >= 0 && std::size_t(storeRow) < m_position.size() ? m_position[std::size_t(storeRow)] : -1;
}

int SessionTableModel::viewRowOfId(const QString &sessionId) const
{
    return m_store ? viewRow(m_store->rowOf(sessionId)) : -1;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

void SessionTableModel::setDisplayOptions(const DisplayOptions &options)
{
    m_display = options;
    if (!m_visible.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void SessionTableModel::setRelativeTimes(bool relative)
{
    if (relative == m_relativeTimes)
        return;
    m_relativeTimes = relative;
    setDisplayOptions(m_display);
}

QString SessionTableModel::displayText(const ColumnDescriptor &column, const QVariant &raw) const
{
    if (m_relativeTimes && column.type == ColumnType::DateTime && raw.isValid())
        return formatRelativeTime(raw.toLongLong(), serverNowMs());
    return formatValue(column.type, raw, m_display);
}

QString SessionTableModel::tooltip(qsizetype storeRow, const ColumnDescriptor &column, const QVariant &raw) const
{
    if (column.type == ColumnType::Status) {
        const QString backendStatus = m_store->record(storeRow).backendStatus;
        return backendStatus.isEmpty() ? formatValue(column.type, raw, m_display)
                                       : tr("%1 (the API says \"%2\")")
                                             .arg(formatValue(column.type, raw, m_display), backendStatus);
    }
    if (column.type == ColumnType::DateTime && raw.isValid()) {
        const qint64 ms = raw.toLongLong();
        DisplayOptions utc = m_display;
        utc.utc = true;
        DisplayOptions local = m_display;
        local.utc = false;
        return tr("%1\n%2\n%3").arg(formatDateTime(ms, local), formatDateTime(ms, utc),
                                    formatRelativeTime(ms, serverNowMs()));
    }
    const QString text = formatValue(column.type, raw, m_display);
    return text.size() > 40 ? text : QString(); // long values are cut off in the cell
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const qsizetype row = m_visible[std::size_t(index.row())];
    const ColumnDescriptor &column = columns()[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant raw = m_store->value(row, column);
        // A running session has no duration yet: show how long it has been going.
        if (column.type == ColumnType::Duration && !raw.isValid() && m_store->status(row) == SessionStatus::Live
            && m_store->startedMs(row) != kNoTime) {
            const qint64 seconds = (serverNowMs() - m_store->startedMs(row)) / 1000;
            return tr("%1 so far").arg(formatDuration(std::max<qint64>(seconds, 0)));
        }
        return displayText(column, raw);
    }
    case Qt::BackgroundRole:
        if (!m_highlightUntil.isEmpty() && m_highlightUntil.contains(qint32(row)))
            return QColor(230, 159, 0, 64); // a translucent orange reads on light and dark palettes
        return {};
    case RawValueRole: return m_store->value(row, column);
    case Qt::ToolTipRole: return tooltip(row, column, m_store->value(row, column));
    case Qt::TextAlignmentRole:
        return int((isNumeric(column.type) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column.type == ColumnType::Status)
            return m_statusIcons[std::size_t(m_store->status(row))];
        return {};
    case StatusRole: return int(m_store->status(row));
    case SessionIdRole: return m_store->id(row);
    case StoreRowRole: return row;
    default: return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnDescriptor &column = columns()[std::size_t(section)];
    switch (role) {
    case Qt::DisplayRole: return columnHeader(column);
    case Qt::ToolTipRole:
        return column.personal ? tr("%1 — personal data, left out of exports unless chosen").arg(columnHeader(column))
                               : columnHeader(column);
    case Qt::TextAlignmentRole:
        return int((isNumeric(column.type) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default: return {};
    }
}
