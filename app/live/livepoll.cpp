#include "livepoll.h"

#include "centurylivepoll.h"
#include "keysetlivepoll.h"

#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/apirequest.h"
#include "sources/mobilenext/mobilenextpageparser.h"
#include "sources/pager.h"
#include "sources/sessionsource.h"
#include "sources/singlesessionrequest.h"
#include "sources/treasure/treasurepageparser.h"

#include <QMetaObject>

std::unique_ptr<LivePoll> LivePoll::create(Context context)
{
    if (std::holds_alternative<CenturyQuery>(context.query))
        return std::make_unique<CenturyLivePoll>(std::move(context));
    return std::make_unique<KeysetLivePoll>(std::move(context));
}

LivePoll::LivePoll(Context context)
    : m_context(std::move(context))
{}

LivePoll::~LivePoll()
{
    abort();
}

void LivePoll::abort()
{
    m_done = true;
    ++m_generation;
    dropPager();
}

void LivePoll::dropPager()
{
    if (!m_pager)
        return;
    m_pager->cancel();
    m_pager->disconnect(this);
    m_pager->deleteLater();
    m_pager = nullptr;
}

void LivePoll::keep(const std::vector<SessionRecord> &rows)
{
    m_records.insert(m_records.end(), rows.begin(), rows.end());
}

void LivePoll::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_error = error;
    succeed();
}

void LivePoll::succeed()
{
    if (m_done)
        return;
    m_done = true;
    ++m_generation;
    dropPager();
    // Never from inside a caller's stack frame: the watcher may delete this poll in the slot.
    QMetaObject::invokeMethod(this, &LivePoll::finished, Qt::QueuedConnection);
}

void LivePoll::walk(const Query &query, const std::function<bool(const std::vector<SessionRecord> &)> &onPage,
                    const std::function<void()> &then)
{
    dropPager();
    PagerLimits limits;
    limits.maxPages = m_context.policy.maxPagesPerStep;
    limits.requestLimits = LivePolicy::requestLimits();
    auto *pager = new Pager(m_context.source, m_context.client, query, limits, this);
    m_pager = pager;
    connect(pager, &Pager::pageReady, this, [this, pager, onPage, then](const std::vector<SessionRecord> &rows) {
        ++m_requests;
        keep(rows);
        if (!onPage(rows)) {
            // Enough: go on once this slot has returned (the Pager is still handing out the page).
            const quint64 generation = m_generation;
            QMetaObject::invokeMethod(this, [this, generation, then] {
                if (generation != m_generation || m_done)
                    return;
                dropPager();
                then();
            }, Qt::QueuedConnection);
        } else if (pager->hasMore()) {
            QMetaObject::invokeMethod(pager, &Pager::fetchNext, Qt::QueuedConnection);
        }
    });
    connect(pager, &Pager::finished, this, [this, then] {
        dropPager();
        if (!m_done)
            then();
    });
    connect(pager, &Pager::failed, this, [this](const ApiError &error) { fail(error); });
    pager->fetchNext();
}

namespace {

SessionPage parseOne(Backend backend, QByteArrayView body)
{
    if (backend == Backend::Treasure)
        return treasure::parseSession(body);
    return mobilenext::parseSession(body);
}

} // namespace

void LivePoll::lookUp(const std::vector<SessionRecord> &sessions, const std::function<void()> &then)
{
    const SessionSource &source = *m_context.source;
    const quint64 generation = m_generation;
    m_pendingLookups = 0;
    for (const SessionRecord &session : sessions) {
        const std::optional<SingleSessionRequest> single = singleSessionRequest(source, session);
        if (!single || !single->exact)
            continue;
        ApiRequest request = toApiRequest(single->request);
        request.limits = LivePolicy::requestLimits();
        ApiReply *reply = m_context.client->send(request);
        ++m_pendingLookups;
        ++m_requests;
        ++m_lookups;
        connect(reply, &ApiReply::finished, this, [this, reply, generation, then] {
            reply->deleteLater();
            if (generation != m_generation)
                return;
            --m_pendingLookups;
            if (reply->ok()) {
                const SessionPage page = parseOne(m_context.source->backend(), reply->body());
                if (!page.ok || page.rows.empty())
                    return fail(ApiError::badResponse(tr("The server sent a session that could not be read."),
                                                      QStringLiteral("live lookup: %1").arg(page.error)));
                keep(page.rows);
            } else if (reply->error().kind() != ApiError::Kind::NotFound) {
                // The first error ends the poll; the others (often the same 429) are dropped.
                return fail(reply->error());
            }
            if (m_pendingLookups == 0)
                then();
        });
    }
    if (m_pendingLookups == 0)
        then();
}
