#pragma once

#include "vieworderjob.h"
#include "vieworderspec.h"

#include "domain/backendstatuses.h"
#include "domain/columndescriptor.h"
#include "domain/query.h"
#include "domain/valueformatter.h"
#include "net/apierror.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class ApiClient;
class LivePlacement;
class Pager;
class SessionSource;
class SessionStore;
class ViewRowComparator;

// The sessions of one query as a table (DESIGN.md sections 2 and 5). Pages arrive through
// canFetchMore()/fetchMore() as the view scrolls, one beginInsertRows per page; the store
// holds them compactly; the visible order (quick search, status chips, sort) is a
// permutation computed on a worker and applied without a reset. Only a new query resets.
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // typed value for sorting and export (null: no value)
        StatusRole,                      // int(SessionStatus)
        SessionIdRole,                   // QString
        StoreRowRole,                    // qsizetype row in store()
    };
    enum class FetchState { Idle, Loading, Complete, Failed };
    static constexpr int kStatusCount = int(kSessionStatusCount);
    using StatusCounts = SessionStatusCounts;

    explicit SessionTableModel(QObject *parent = nullptr);
    ~SessionTableModel() override;

    // A connection: drops every row and starts paging `query` (one reset). `client` must
    // outlive the model or be closed first.
    void open(std::shared_ptr<const SessionSource> source, ApiClient *client, const Query &query);
    // A new server-side query on the same connection; does nothing when it is the same.
    void setQuery(const Query &query);
    // The same query from the first page again (rows that vanished on the server go too).
    void reload();
    void close();

    bool isOpen() const { return m_source != nullptr; }
    const Query &query() const { return m_query; }
    const SessionSource *source() const { return m_source.get(); }
    std::shared_ptr<const SessionSource> sharedSource() const { return m_source; }
    // The connection's client (null when closed, or for a model fed by hand).
    ApiClient *client() const;
    // The server's "now" (our clock corrected by its Date header): running durations and
    // "5 min ago" are counted from it, so a skewed PC clock shows no negative ages.
    qint64 serverNowMs() const;
    const SessionStore *store() const { return m_store.get(); }
    const ColumnList &columns() const;

    // Adds sessions not yet held at the end (one insert) and updates held ones in place:
    // how pages land, and how live polls will. With a sort active, new rows move to their
    // place on the next coalesced re-order.
    void merge(const std::vector<SessionRecord> &rows);
    // How a live poll lands: like merge(), but every touched row goes exactly where the
    // current filter and sort put it at once (a row that now fails the filter leaves, one
    // whose sort value changed moves, a new one is inserted in place), with inserts, removes
    // and at most one layout change; never a reset, never a new sort job.
    void mergeLive(const std::vector<SessionRecord> &rows);
    // Tints the rows of these sessions for a few seconds ("just finished").
    void highlightSessions(const QStringList &sessionIds);

    // Client-side: never a request, never a reset.
    void setSearchText(const QString &text);
    void setStatusMask(quint32 mask);
    // The slice or bar clicked in a chart (ViewOrderSpec::chartFilter); empty clears it.
    void setChartFilter(const QList<ChartFilterTerm> &terms);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const ViewOrderSpec &viewSpec() const { return m_spec; }
    // A re-order is running or due (new rows wait for their place in the sort).
    bool isOrdering() const { return m_orderWatcher != nullptr || m_orderTimer.isActive(); }

    void setDisplayOptions(const DisplayOptions &options);
    const DisplayOptions &displayOptions() const { return m_display; }
    // "5 min ago" instead of "2026-03-10 10:25" (the tooltip always has the other form).
    void setRelativeTimes(bool relative);
    bool relativeTimes() const { return m_relativeTimes; }

    FetchState fetchState() const;
    qsizetype loadedCount() const;
    // What the server said the query matches; empty for keyset APIs that do not say.
    std::optional<qint64> totalCount() const;
    const StatusCounts &statusCounts() const { return m_statusCounts; }
    const ApiError &lastError() const { return m_lastError; }
    // Sends the page that failed again.
    void retry();
    // Keeps paging until the end (or an error), as far as the server allows.
    void fetchAll();

    qsizetype storeRow(int viewRow) const;
    // Every visible row's store row, in view order (what charts and exports of "the rows I
    // see" read). Valid until the next change of the model; copy it to keep it.
    const std::vector<qint32> &visibleStoreRows() const { return m_visible; }
    // -1 when the row is filtered out (or unknown).
    int viewRow(qsizetype storeRow) const;
    int viewRowOfId(const QString &sessionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    // Loading started, finished, failed, or the counts changed: the status bar listens.
    void fetchStateChanged();
    void countsChanged();
    void failed(const ApiError &error);
    void notice(const QString &message);
    void orderingChanged(bool busy);
    // Around the row changes of one mergeLive(): a view keeps what the user looks at in place.
    void liveRowsAboutToBePlaced();
    void liveRowsPlaced();

private:
    void restart(const Query &query);
    void startPager();
    void dropPager();
    bool passesFilter(qsizetype storeRow) const;
    void upsertRows(const std::vector<SessionRecord> &rows, std::vector<qint32> *added, std::vector<qint32> *changed);
    void applyPlacement(const LivePlacement &plan);
    void insertScattered(const LivePlacement &plan);
    void ensurePositions() const;
    int shownAt(qint32 storeRow, const ViewRowComparator &order) const;
    int quickViewRow(qint32 storeRow, const ViewRowComparator &order) const;
    void tick();
    void expireHighlights();
    bool passesChartFilter(qsizetype storeRow) const;
    void appendVisible(const std::vector<qint32> &storeRows);
    void scheduleOrder();
    void startOrder();
    void onOrderFinished();
    void applyOrder(ViewOrder order);
    void resetStore();
    QString displayText(const ColumnDescriptor &column, const QVariant &raw) const;
    QString tooltip(qsizetype storeRow, const ColumnDescriptor &column, const QVariant &raw) const;

    std::shared_ptr<const SessionSource> m_source;
    QPointer<ApiClient> m_client;
    Query m_query;
    // Shared with a running order job, which may still read the rows of a store this model
    // has already replaced (a new query); the last owner frees it.
    std::shared_ptr<SessionStore> m_store;
    Pager *m_pager = nullptr;
    ApiError m_lastError;

    ViewOrderSpec m_spec;
    // Visible row -> store row, and its inverse (-1: filtered out), kept in step.
    std::vector<qint32> m_visible;
    // Rebuilt on first use after live inserts or removes shifted the rows (ensurePositions).
    mutable std::vector<qint32> m_position;
    mutable bool m_positionsStale = false;
    StatusCounts m_statusCounts{};

    // One order job at a time; changes while it runs mark it stale and start another.
    QFutureWatcher<ViewOrder> *m_orderWatcher = nullptr;
    quint64 m_orderGeneration = 0;
    bool m_orderStale = false;
    QTimer m_orderTimer; // coalesces re-sorts while pages arrive

    DisplayOptions m_display;
    bool m_relativeTimes = false;
    std::array<QIcon, kStatusCount> m_statusIcons;
    // Running durations and relative times tick once a second while a session is live.
    QTimer m_tickTimer;
    QHash<qint32, qint64> m_highlightUntil; // store row -> ms since epoch
    QTimer m_highlightTimer;
};
