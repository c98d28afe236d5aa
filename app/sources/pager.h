#pragma once

#include "sources/pagerequest.h"
#include "sources/sessionsource.h"

#include "net/apierror.h"
#include "net/apilimits.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

class ApiClient;
class ApiReply;

struct PagerLimits
{
    int maxPages = 50'000;
    // Pages in a row that bring no new row before loading is called a loop.
    int maxPagesWithoutNewRows = 20;
    // Bodies above this size are parsed on a worker thread (DESIGN.md section 3). Our parser
    // reads ~500 MB/s, so a 100-row page (~70 KB) costs ~0.15 ms on the GUI thread, half of
    // what handing it to a worker and back costs here; 1 MiB is ~2 ms, still far inside a frame.
    qsizetype parseOnWorkerAbove = 1024 * 1024;
    // Bounds for this walk's requests instead of the client's: a live poll gives up quickly
    // and lets its own schedule wait, where browsing retries for minutes.
    std::optional<ApiLimits> requestLimits;
};

// Walks the pages of one query, in order, with the guards every untrusted API needs: a
// cursor seen twice stops with an error, rows are deduplicated by id, a page cap and a
// stall guard end runaway paging, and a changing total is flagged. One Pager serves one
// query; a new query gets a new Pager, so a reply for an old query can never land.
class Pager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
    Pager(std::shared_ptr<const SessionSource> source, ApiClient *client, Query query,
          PagerLimits limits = {}, QObject *parent = nullptr);
    ~Pager() override;

    const Query &query() const { return m_query; }
    bool hasMore() const { return m_hasMore; }
    bool isBusy() const { return m_busy; }
    bool isFailed() const { return m_failed; }

    int pagesFetched() const { return m_pages; }
    qint64 rowsDelivered() const { return m_rowsDelivered; }
    qint64 duplicatesDropped() const { return m_duplicatesDropped; }
    qint64 malformedRows() const { return m_malformedRows; }
    std::optional<qint64> total() const { return m_total; }
    bool dataChangedWhileLoading() const { return m_dataChanged; }

    // Starts loading the next page; does nothing while one is in flight or at the end.
    void fetchNext();
    // Keeps loading until the end, an error or cancel().
    void fetchAll();
    // Sends the page that failed again (after an error that may pass, such as a timeout).
    void retry();
    // Stops at once; no signal follows.
    void cancel();

signals:
    // New rows of one page, never seen before on an earlier page of this query.
    void pageReady(const std::vector<SessionRecord> &rows);
    // The last page has arrived.
    void finished();
    void failed(const ApiError &error);
    // Something the user should know that does not stop loading.
    void notice(const QString &message);

private:
    ApiReply *sendFor(const PageCursor &cursor);
    void send();
    void onReplyFinished(ApiReply *reply);
    void prefetchPredictedPage(QByteArrayView body);
    bool adoptPrefetch(const PageCursor &next);
    void dropPrefetch();
    void parse(QByteArray body);
    void handlePage(SessionPage page);
    void fail(const ApiError &error, bool canRetry);
    static QString cursorKey(const PageCursor &cursor);

    std::shared_ptr<const SessionSource> m_source;
    QPointer<ApiClient> m_client;
    Query m_query;
    PagerLimits m_limits;

    PageCursor m_cursor;
    QSet<QString> m_seenCursors;
    QSet<QString> m_seenIds;
    QPointer<ApiReply> m_reply;
    // A full walk asks for the predicted next page while this one is parsed (offset paging).
    QPointer<ApiReply> m_prefetch;
    PageCursor m_prefetchCursor;
    bool m_prefetchArrived = false;
    QFutureWatcher<SessionPage> *m_parseWatcher = nullptr;
    quint64 m_generation = 0; // bumped by cancel(): late results of an older run are dropped

    bool m_hasMore = true;
    bool m_busy = false;
    bool m_failed = false;
    bool m_fetchAll = false;
    bool m_dataChanged = false;
    int m_pages = 0;
    int m_pagesWithoutNewRows = 0;
    qint64 m_rowsDelivered = 0;
    qint64 m_duplicatesDropped = 0;
    qint64 m_malformedRows = 0;
    std::optional<qint64> m_total;
};
