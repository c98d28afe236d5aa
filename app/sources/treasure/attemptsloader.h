#pragma once

#include "attemptrecord.h"

#include "net/apierror.h"
#include "sources/pagerequest.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

class ApiClient;
class ApiReply;
class TreasureSource;

struct AttemptsLoaderLimits
{
    int pageSize = 100;  // page_size asked for; a shorter page is the end (API-NOTES.md section 2)
    // A session's retries are a handful; 100 pages of 100 is far past any real history, so
    // reaching it means the server is not paging as documented.
    int maxPages = 100;
    // As the Pager (pager.h): bodies above this are parsed on a worker thread. Attempts carry
    // their params (up to 64 KiB each), so a page can be large.
    qsizetype parseOnWorkerAbove = 1024 * 1024;
};

// Fetches every attempt (run and retry) of one Treasure Workflow session, on demand, for the
// detail pane: GET /api/sessions/{id}/attempts page by page (keyset `last_id`, newest first).
// The same guards as the Pager: a cursor seen twice or too many pages stop with an error,
// attempts are deduplicated by id. One loader serves one session; cancel() (or destroying
// the loader) guarantees that no reply of this run is delivered afterwards.
class AttemptsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptsLoader)

public:
    AttemptsLoader(std::shared_ptr<const TreasureSource> source, ApiClient *client, QString sessionId,
                   AttemptsLoaderLimits limits = {}, QObject *parent = nullptr);
    ~AttemptsLoader() override;

    const QString &sessionId() const { return m_sessionId; }
    bool isRunning() const { return m_running; }
    int pagesFetched() const { return m_pages; }
    // Attempts that could not be read (or named another session) and were left out.
    int skippedAttempts() const { return m_skipped; }

    // Loads from the first page; a run in progress is cancelled first.
    void start();
    // Stops at once; no signal follows.
    void cancel();

signals:
    void progress(int attemptsSoFar);
    // Every attempt, newest first as the server lists them.
    void finished(const std::vector<treasure::AttemptRecord> &attempts);
    void failed(const ApiError &error);

private:
    void requestPage(const PageCursor &cursor);
    void onReplyFinished(ApiReply *reply);
    void parse(const QByteArray &body);
    void handlePage(const treasure::AttemptPage &page);
    void fail(const ApiError &error);
    void dropReply();

    std::shared_ptr<const TreasureSource> m_source;
    QPointer<ApiClient> m_client;
    QString m_sessionId;
    AttemptsLoaderLimits m_limits;

    QPointer<ApiReply> m_reply;
    quint64 m_generation = 0; // bumped by cancel(): a late parse of an older run is dropped
    bool m_running = false;
    int m_pages = 0;
    int m_skipped = 0;
    QSet<QString> m_seenTokens;
    QSet<QString> m_seenIds;
    std::vector<treasure::AttemptRecord> m_attempts;
};
