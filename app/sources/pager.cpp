#include "pager.h"

#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/apirequest.h"

#include <QCoreApplication>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Pager::Pager(std::shared_ptr<const SessionSource> source, ApiClient *client, Query query, PagerLimits limits,
             QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_client(client)
    , m_query(std::move(query))
    , m_limits(limits)
{
    m_seenCursors.insert(cursorKey(m_cursor));
}

Pager::~Pager()
{
    cancel();
}

void Pager::fetchNext()
{
    if (m_busy || !m_hasMore || m_failed)
        return;
    send();
}

void Pager::fetchAll()
{
    m_fetchAll = true;
    fetchNext();
}

void Pager::retry()
{
    if (!m_failed || !m_hasMore)
        return;
    m_failed = false;
    send();
}

void Pager::cancel()
{
    ++m_generation;
    m_fetchAll = false;
    m_hasMore = false;
    m_busy = false;
    dropPrefetch();
    if (m_reply) {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Pager::dropPrefetch()
{
    if (!m_prefetch)
        return;
    ApiReply *reply = m_prefetch;
    m_prefetch = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

ApiReply *Pager::sendFor(const PageCursor &cursor)
{
    ApiRequest request = toApiRequest(m_source->pageRequest(m_query, cursor));
    request.limits = m_limits.requestLimits;
    ApiReply *reply = m_client->send(request);
    connect(reply, &ApiReply::finished, this, [this, reply] { onReplyFinished(reply); });
    return reply;
}

void Pager::send()
{
    if (const QString invalid = queryValidationError(m_query); !invalid.isEmpty()) {
        // Callers validate first; this guard keeps a bad query from ever reaching the server.
        fail(ApiError::badResponse(invalid, QStringLiteral("query rejected before sending")), false);
        return;
    }
    if (!m_client) {
        fail(ApiError::badResponse(tr("The connection was closed."), QStringLiteral("no ApiClient")), false);
        return;
    }
    m_busy = true;
    m_reply = sendFor(m_cursor);
}

void Pager::onReplyFinished(ApiReply *reply)
{
    if (reply == m_prefetch) {
        m_prefetchArrived = true; // kept until handlePage() knows whether it is wanted
        return;
    }
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (!reply->ok()) {
        fail(reply->error(), true);
        return;
    }
    const QByteArray body = reply->body();
    prefetchPredictedPage(body);
    parse(body);
}

void Pager::prefetchPredictedPage(QByteArrayView body)
{
    if (!m_fetchAll || m_prefetch || !m_client)
        return;
    const std::optional<PageCursor> predicted = m_source->predictedNext(m_query, m_cursor, body);
    if (!predicted || m_seenCursors.contains(cursorKey(*predicted)))
        return;
    if (predicted->token.isEmpty() && m_total && predicted->offset >= *m_total)
        return; // past the known end: the request would be wasted
    m_prefetchCursor = *predicted;
    m_prefetchArrived = false;
    m_prefetch = sendFor(*predicted);
}

// True when the page asked for ahead of time is the one needed next; it then becomes the
// request in flight (or, if it has already arrived, is handled at once).
bool Pager::adoptPrefetch(const PageCursor &next)
{
    if (!m_prefetch)
        return false;
    if (!(m_prefetchCursor == next)) {
        dropPrefetch();
        return false;
    }
    ApiReply *reply = m_prefetch;
    m_prefetch = nullptr;
    m_reply = reply;
    m_busy = true;
    if (m_prefetchArrived)
        QTimer::singleShot(0, this, [this, reply] { onReplyFinished(reply); });
    return true;
}

void Pager::parse(QByteArray body)
{
    const quint64 generation = m_generation;
    if (body.size() <= m_limits.parseOnWorkerAbove) {
        handlePage(m_source->parsePage(body));
        return;
    }
    // Large bodies are parsed on the thread pool so the window keeps painting. The
    // source is shared, so it outlives a Pager destroyed while the parse runs.
    auto *watcher = new QFutureWatcher<SessionPage>(this);
    connect(watcher, &QFutureWatcher<SessionPage>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            handlePage(watcher->result());
    });
    std::shared_ptr<const SessionSource> source = m_source;
    watcher->setFuture(QtConcurrent::run([source, body] { return source->parsePage(body); }));
}

void Pager::handlePage(SessionPage page)
{
    // m_busy stays true until the next cursor is known: a consumer that reacts to pageReady
    // by calling fetchNext() (a view's fetchMore, QAbstractItemModelTester) must not send
    // the page it is holding a second time.
    if (!page.ok) {
        fail(ApiError::badResponse(tr("The server sent a page that could not be read. Loading stopped; "
                                      "the rows loaded so far are kept."),
                                   page.error),
             true);
        return;
    }
    ++m_pages;

    if (!page.malformed.empty()) {
        m_malformedRows += qint64(page.malformed.size());
        emit notice(tr("%n session(s) on page %1 were incomplete and could not be shown.", nullptr,
                       int(page.malformed.size()))
                        .arg(m_pages));
    }
    if (page.total) {
        if (m_total && *m_total != *page.total && !m_dataChanged) {
            m_dataChanged = true;
            emit notice(tr("The sessions changed while they were loading (the total went from %1 to %2).")
                            .arg(*m_total)
                            .arg(*page.total));
        }
        m_total = page.total;
    }

    // The next position first: keyset sources read it from the page's last row, which is
    // then moved out of the page.
    const NextPage next = m_source->nextPage(m_query, m_cursor, page);
    std::vector<SessionRecord> fresh;
    fresh.reserve(page.rows.size());
    for (SessionRecord &row : page.rows) {
        const qsizetype seen = m_seenIds.size();
        m_seenIds.insert(row.id);
        if (m_seenIds.size() == seen) {
            ++m_duplicatesDropped;
            continue;
        }
        fresh.push_back(std::move(row));
    }
    m_pagesWithoutNewRows = fresh.empty() ? m_pagesWithoutNewRows + 1 : 0;
    m_rowsDelivered += qint64(fresh.size());

    if (!next.warning.isEmpty())
        emit notice(next.warning);

    if (!fresh.empty()) {
        const quint64 generation = m_generation;
        emit pageReady(fresh);
        if (generation != m_generation)
            return; // a consumer cancelled from its slot: nothing may follow
    }
    m_busy = false;

    if (next.end) {
        m_hasMore = false;
        m_fetchAll = false;
        dropPrefetch();
        emit finished();
        return;
    }
    const QString key = cursorKey(next.cursor);
    if (m_seenCursors.contains(key)) {
        m_hasMore = false;
        fail(ApiError::badResponse(tr("The server sent the same page position twice, so loading stopped to "
                                      "avoid going round in circles. The rows loaded so far are kept."),
                                   QStringLiteral("repeated cursor after page %1").arg(m_pages)),
             false);
        return;
    }
    if (m_pages >= m_limits.maxPages) {
        m_hasMore = false;
        fail(ApiError::badResponse(tr("Loading stopped after %1 pages, the most one list may have. "
                                      "The rows loaded so far are kept; narrow the filters to see the rest.")
                                       .arg(m_pages),
                                   QStringLiteral("page cap of %1 reached").arg(m_limits.maxPages)),
             false);
        return;
    }
    if (m_pagesWithoutNewRows >= m_limits.maxPagesWithoutNewRows) {
        m_hasMore = false;
        fail(ApiError::badResponse(tr("The server kept sending pages without new sessions, so loading "
                                      "stopped. The rows loaded so far are kept."),
                                   QStringLiteral("%1 pages in a row without new rows").arg(m_pagesWithoutNewRows)),
             false);
        return;
    }
    m_seenCursors.insert(key);
    m_cursor = next.cursor;
    if (adoptPrefetch(next.cursor))
        return;
    if (m_fetchAll) {
        // Queued, so that a consumer reacting to pageReady sees a consistent Pager.
        QTimer::singleShot(0, this, [this] {
            if (m_fetchAll)
                fetchNext();
        });
    }
}

void Pager::fail(const ApiError &error, bool canRetry)
{
    m_busy = false;
    dropPrefetch();
    m_failed = true;
    if (!canRetry)
        m_hasMore = false;
    // m_fetchAll stays as it was: retry() resumes a full walk where it stopped.
    emit failed(error);
}

QString Pager::cursorKey(const PageCursor &cursor)
{
    return cursor.token + QLatin1Char('\x1f') + QString::number(cursor.offset) + QLatin1Char('\x1f')
        + QString::number(cursor.pageSize);
}
