#include "attemptsloader.h"

#include "treasurepageparser.h"
#include "treasuresource.h"

#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/apirequest.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

AttemptsLoader::AttemptsLoader(std::shared_ptr<const TreasureSource> source, ApiClient *client,
                               QString sessionId, AttemptsLoaderLimits limits, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_client(client)
    , m_sessionId(std::move(sessionId))
    , m_limits(limits)
{
}

AttemptsLoader::~AttemptsLoader()
{
    cancel();
}

void AttemptsLoader::start()
{
    cancel();
    m_running = true;
    m_pages = 0;
    m_skipped = 0;
    m_seenTokens.clear();
    m_seenIds.clear();
    m_attempts.clear();
    requestPage({});
}

void AttemptsLoader::cancel()
{
    ++m_generation;
    m_running = false;
    dropReply();
}

void AttemptsLoader::dropReply()
{
    if (!m_reply)
        return;
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void AttemptsLoader::requestPage(const PageCursor &cursor)
{
    if (!m_source || !m_client) {
        fail(ApiError::badResponse(tr("The connection was closed."),
                                   QStringLiteral("no source or ApiClient")));
        return;
    }
    ApiReply *reply
        = m_client->send(toApiRequest(m_source->attemptsRequest(m_sessionId, cursor, m_limits.pageSize)));
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void AttemptsLoader::onReplyFinished(ApiReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || !m_running)
        return;
    m_reply = nullptr;
    if (!reply->ok()) {
        fail(reply->error());
        return;
    }
    parse(reply->body());
}

void AttemptsLoader::parse(const QByteArray &body)
{
    if (body.size() <= m_limits.parseOnWorkerAbove) {
        handlePage(treasure::parseAttempts(body));
        return;
    }
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<treasure::AttemptPage>(this);
    connect(watcher, &QFutureWatcher<treasure::AttemptPage>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation && m_running)
            handlePage(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([body] { return treasure::parseAttempts(body); }));
}

void AttemptsLoader::handlePage(const treasure::AttemptPage &page)
{
    if (!page.ok) {
        fail(ApiError::badResponse(tr("The server sent a list of attempts that could not be read."),
                                   QStringLiteral("attempts page %1: %2").arg(m_pages + 1).arg(page.error)));
        return;
    }
    ++m_pages;
    m_skipped += int(page.malformed.size());
    const int before = int(m_attempts.size());
    for (const treasure::AttemptRecord &attempt : page.rows) {
        // An attempt of another session is the server's mistake; showing it here would be ours.
        if (!attempt.sessionId.isEmpty() && attempt.sessionId != m_sessionId) {
            ++m_skipped;
            continue;
        }
        if (m_seenIds.contains(attempt.id))
            continue;
        m_seenIds.insert(attempt.id);
        m_attempts.push_back(attempt);
    }
    if (int(m_attempts.size()) != before) {
        const quint64 generation = m_generation;
        emit progress(int(m_attempts.size()));
        if (generation != m_generation)
            return; // cancelled from a slot: nothing may follow
    }

    // No cursor and no total in this API: a short page is the end (treasuresource.cpp).
    const qsizetype received = qsizetype(page.rows.size() + page.malformed.size());
    if (received < m_limits.pageSize || page.nextToken.isEmpty()) {
        m_running = false;
        std::vector<treasure::AttemptRecord> attempts = std::move(m_attempts);
        m_attempts.clear();
        emit finished(attempts);
        return;
    }
    if (m_seenTokens.contains(page.nextToken)) {
        fail(ApiError::badResponse(tr("The server sent the same page of attempts twice, so loading stopped "
                                      "to avoid going round in circles."),
                                   QStringLiteral("repeated attempts cursor after page %1").arg(m_pages)));
        return;
    }
    if (m_pages >= m_limits.maxPages) {
        fail(ApiError::badResponse(tr("Loading stopped after %1 pages of attempts, far more than a session "
                                      "should have.")
                                       .arg(m_pages),
                                   QStringLiteral("attempts page cap of %1 reached").arg(m_limits.maxPages)));
        return;
    }
    m_seenTokens.insert(page.nextToken);
    PageCursor next;
    next.token = page.nextToken;
    requestPage(next);
}

void AttemptsLoader::fail(const ApiError &error)
{
    m_running = false;
    dropReply();
    m_attempts.clear();
    emit failed(error);
}
