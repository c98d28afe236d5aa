#pragma once

#include "pagerequest.h"

#include "domain/backend.h"
#include "domain/columndescriptor.h"
#include "domain/query.h"
#include "domain/sessionpage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QPair>
#include <QUrl>

#include <memory>
#include <optional>

// One per backend: knows how a Query becomes requests, how pages chain and how a body
// becomes rows (DESIGN.md section 2). Stateless and const, so parsePage() may run on a
// worker thread while the GUI thread builds the next request.
class SessionSource
{
public:
    explicit SessionSource(QUrl baseUrl)
        : m_baseUrl(std::move(baseUrl))
    {}
    virtual ~SessionSource() = default;
    SessionSource(const SessionSource &) = delete;
    SessionSource &operator=(const SessionSource &) = delete;

    const QUrl &baseUrl() const { return m_baseUrl; }

    virtual Backend backend() const = 0;
    virtual const ColumnList &columns() const = 0;
    // The header that carries the key (held in memory only).
    virtual QPair<QByteArray, QByteArray> authHeader(const QByteArray &key) const = 0;
    // The query this source starts with when the user has chosen nothing.
    virtual Query defaultQuery() const = 0;

    virtual PageRequest pageRequest(const Query &query, const PageCursor &cursor) const = 0;
    virtual SessionPage parsePage(QByteArrayView body) const = 0;
    virtual NextPage nextPage(const Query &query, const PageCursor &current, const SessionPage &page) const = 0;
    // Where the page after `current` starts, guessed before `current` is parsed (from the
    // query for offset paging, or a quick look at the raw `body`), so a full walk can ask for
    // it while this one is parsed. Only a guess: the Pager checks it against nextPage() and
    // drops the request when they differ, so a wrong guess costs one wasted request.
    virtual std::optional<PageCursor> predictedNext(const Query &, const PageCursor &, QByteArrayView /*body*/) const
    {
        return std::nullopt;
    }

protected:
    // Appends a path to the base URL's path without doubling slashes.
    QUrl endpoint(const QString &path) const;

private:
    QUrl m_baseUrl;
};

std::unique_ptr<SessionSource> makeSessionSource(Backend backend, const QUrl &baseUrl);
