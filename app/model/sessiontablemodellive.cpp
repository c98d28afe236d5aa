// SessionTableModel, the part live polls use: placing the rows a poll touched without a
// re-sort, the running durations that tick, and the tint on rows that just finished.
#include "sessiontablemodel.h"

#include "liveplacement.h"
#include "sessionstore.h"
#include "viewrowcomparator.h"

#include <QColor>
#include <QDateTime>

#include <algorithm>

namespace {

// Rows a live poll touched stay tinted this long; more entering blocks than this are placed
// with one layout change instead of one insert each.
constexpr qint64 kHighlightMs = 6000;
constexpr int kMaxInsertBlocks = 16;

} // namespace

void SessionTableModel::mergeLive(const std::vector<SessionRecord> &rows)
{
    if (!m_store)
        return;
    if (isOrdering()) {
        // Rows waiting for a re-order make the view unsorted for now: the job that is due
        // places these too (it reads statuses and values when it starts).
        merge(rows);
        if (m_spec.filters() || m_spec.sorts())
            scheduleOrder();
        return;
    }
    // Where the rows about to change are shown, found before they change: from the inverse
    // when it is current, else by binary search in the sorted view (an O(n) rebuild of the
    // inverse after every poll would cost more than the rest of the merge).
    QHash<qint32, int> before;
    {
        const ViewRowComparator orderBefore(*m_store, m_spec);
        for (const SessionRecord &record : rows) {
            const qsizetype row = m_store->rowOf(record.id);
            if (row >= 0)
                before.insert(qint32(row), shownAt(qint32(row), orderBefore));
        }
    }
    std::vector<qint32> added, changed;
    upsertRows(rows, &added, &changed);
    const ViewRowComparator order(*m_store, m_spec);
    const auto passes = [this](qint32 row) { return passesFilter(row); };
    const auto positionOf = [&before](qint32 row) { return before.value(row, -1); };
    const LivePlacement plan = LivePlacement::plan(m_visible, positionOf, changed, added, passes, order);
    for (const int view : plan.refreshed())
        emit dataChanged(index(view, 0), index(view, columnCount() - 1));
    if (!plan.isEmpty()) {
        emit liveRowsAboutToBePlaced();
        applyPlacement(plan);
        emit liveRowsPlaced();
    }
    emit countsChanged();
}

// A few blocks of new rows (the usual poll: new sessions at the top of a newest-first view)
// are inserted one block at a time; anything else, or a row that moves, goes through
// applyOrder's single layout change, which keeps selections on moved rows.
void SessionTableModel::applyPlacement(const LivePlacement &plan)
{
    if (plan.isEmpty())
        return;
    if (!plan.hasMoves() && plan.leaving().empty() && plan.enteringBlocks() > kMaxInsertBlocks) {
        insertScattered(plan);
        return;
    }
    if (plan.hasMoves() || int(plan.leaving().size()) + plan.enteringBlocks() > kMaxInsertBlocks) {
        ViewOrder order;
        order.rows = plan.arranged(m_visible);
        order.index(m_store->size());
        applyOrder(std::move(order));
        return;
    }
    const std::vector<int> &leaving = plan.leaving();
    for (auto it = leaving.rbegin(); it != leaving.rend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_position[std::size_t(m_visible[std::size_t(*it)])] = -1;
        m_visible.erase(m_visible.begin() + *it);
        m_positionsStale = true;
        endRemoveRows();
    }
    // From the last block to the first, so the points of earlier blocks stay valid.
    const std::vector<std::pair<int, qint32>> &entering = plan.entering();
    std::size_t end = entering.size();
    while (end > 0) {
        std::size_t begin = end - 1;
        while (begin > 0 && entering[begin - 1].first == entering[end - 1].first)
            --begin;
        const int point = entering[begin].first;
        beginInsertRows({}, point, point + int(end - begin) - 1);
        std::vector<qint32> block;
        for (std::size_t i = begin; i < end; ++i)
            block.push_back(entering[i].second);
        m_visible.insert(m_visible.begin() + point, block.begin(), block.end());
        m_positionsStale = true;
        endInsertRows();
        end = begin;
    }
}

// New rows scattered through the view (a poll of new sessions in a view sorted by pupil):
// one insert at the end, then one layout change that moves them to their places. Unlike
// applyOrder this needs no inverse: the few persistent indexes are shifted by counting the
// rows entering before them, and the inverse is rebuilt only when something asks for it.
void SessionTableModel::insertScattered(const LivePlacement &plan)
{
    const std::vector<std::pair<int, qint32>> &entering = plan.entering();
    const int before = int(m_visible.size());
    beginInsertRows({}, before, before + int(entering.size()) - 1);
    for (const auto &[point, row] : entering)
        m_visible.push_back(row);
    m_positionsStale = true;
    endInsertRows();

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const auto newRow = [&entering, before](int row) {
        if (row >= before) { // an entering row: after its point and the rows entering before it
            const int j = row - before;
            return entering[std::size_t(j)].first + j;
        }
        const auto enteringBefore = std::upper_bound(entering.begin(), entering.end(), row,
                                                     [](int r, const std::pair<int, qint32> &e) { return r < e.first; });
        return row + int(enteringBefore - entering.begin());
    };
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(createIndex(newRow(index.row()), index.column()));
    changePersistentIndexList(from, to);
    // Merged in place from the back: each run of old rows moves up by the number of rows
    // entering before it (no second million-row vector to allocate and fault in).
    auto write = m_visible.end();
    auto oldEnd = m_visible.begin() + before;
    for (auto e = entering.rbegin(); e != entering.rend(); ++e) {
        const auto point = m_visible.begin() + e->first;
        write = std::move_backward(point, oldEnd, write);
        oldEnd = point;
        *--write = e->second;
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int SessionTableModel::shownAt(qint32 storeRow, const ViewRowComparator &order) const
{
    if (!m_positionsStale)
        return std::size_t(storeRow) < m_position.size() ? m_position[std::size_t(storeRow)] : -1;
    const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), storeRow,
                                     [&order](qint32 a, qint32 b) { return order.less(a, b); });
    return at != m_visible.end() && *at == storeRow ? int(at - m_visible.begin()) : -1;
}

// The view row of one store row without rebuilding the whole inverse after a live insert
// (the tint of a poll's finished rows would otherwise cost an O(n) pass per poll).
int SessionTableModel::quickViewRow(qint32 storeRow, const ViewRowComparator &order) const
{
    return isOrdering() ? viewRow(storeRow) : shownAt(storeRow, order);
}

void SessionTableModel::ensurePositions() const
{
    if (!m_store)
        return;
    if (!m_positionsStale) {
        m_position.resize(std::size_t(m_store->size()), -1);
        return;
    }
    m_position.assign(std::size_t(m_store->size()), -1);
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        m_position[std::size_t(m_visible[i])] = qint32(i);
    m_positionsStale = false;
}

// --- live touches ----------------------------------------------------------------------------

void SessionTableModel::tick()
{
    if (m_visible.empty())
        return;
    const bool running = m_statusCounts[std::size_t(SessionStatus::Live)] > 0;
    const ColumnList &list = columns();
    for (std::size_t c = 0; c < list.size(); ++c) {
        const ColumnType type = list[c].type;
        if ((running && type == ColumnType::Duration) || (m_relativeTimes && type == ColumnType::DateTime))
            emit dataChanged(index(0, int(c)), index(rowCount() - 1, int(c)), {Qt::DisplayRole});
    }
}

void SessionTableModel::highlightSessions(const QStringList &sessionIds)
{
    if (!m_store || sessionIds.isEmpty())
        return;
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + kHighlightMs;
    const ViewRowComparator order(*m_store, m_spec);
    for (const QString &id : sessionIds) {
        const qsizetype row = m_store->rowOf(id);
        if (row < 0)
            continue;
        m_highlightUntil.insert(qint32(row), until);
        const int view = quickViewRow(qint32(row), order);
        if (view >= 0)
            emit dataChanged(index(view, 0), index(view, columnCount() - 1), {Qt::BackgroundRole});
    }
    m_highlightTimer.start(int(kHighlightMs));
}

void SessionTableModel::expireHighlights()
{
    if (!m_store) {
        m_highlightUntil.clear();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ViewRowComparator order(*m_store, m_spec);
    qint64 next = 0;
    for (auto it = m_highlightUntil.begin(); it != m_highlightUntil.end();) {
        if (it.value() > now) {
            next = next == 0 ? it.value() : std::min(next, it.value());
            ++it;
            continue;
        }
        const int view = quickViewRow(it.key(), order);
        it = m_highlightUntil.erase(it);
        if (view >= 0)
            emit dataChanged(index(view, 0), index(view, columnCount() - 1), {Qt::BackgroundRole});
    }
    if (next > 0)
        m_highlightTimer.start(int(std::max<qint64>(next - now, 1)));
}
