#pragma once

// One client connection to an in-process demo server, as the window makes it: a source, an
// ApiClient with the backend's key, and a SessionTableModel with a QAbstractItemModelTester
// that lives exactly as long as the model. Shared by the fault matrix, soak and privacy tests.
#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "model/sessionstore.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"
#include "sources/sessionsource.h"

#include <QAbstractItemModelTester>
#include <QStringList>
#include <QTest>

#include <memory>

inline QByteArray demoKeyFor(Backend backend)
{
    switch (backend) {
    case Backend::Century: return demokeys::kCenturyKey;
    case Backend::Treasure: return demokeys::kTreasureKey;
    case Backend::MobileNext: return demokeys::kMobileNextKey;
    }
    return {};
}

inline const char *backendName(Backend backend)
{
    switch (backend) {
    case Backend::Century: return "Century";
    case Backend::Treasure: return "Treasure";
    case Backend::MobileNext: return "Mobile Next";
    }
    return "?";
}

// Every session id the model holds, in store order (duplicates kept: a test counts them).
inline QStringList storeSessionIds(const SessionTableModel &model)
{
    QStringList ids;
    const SessionStore *store = model.store();
    if (!store)
        return ids;
    ids.reserve(store->size());
    for (qsizetype row = 0; row < store->size(); ++row)
        ids << store->record(row).id;
    return ids;
}

struct DemoConnection
{
    std::shared_ptr<const SessionSource> source;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<SessionTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    DemoConnection(const DemoServer &server, Backend backend, const QByteArray &key, const ApiLimits &limits = {})
    {
        source = makeSessionSource(backend, server.baseUrl(backend));
        const auto header = source->authHeader(key);
        client = std::make_unique<ApiClient>(server.baseUrl(backend), ApiAuth{header.first, header.second}, limits);
        model = std::make_unique<SessionTableModel>();
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    ~DemoConnection()
    {
        // The tester must see the model's last signals, so the model goes first; the client after.
        model.reset();
        tester.reset();
    }

    void startLoading(const Query &query)
    {
        model->open(source, client.get(), query);
        model->fetchAll();
    }
    bool isSettled() const
    {
        return model->fetchState() == SessionTableModel::FetchState::Complete
               || model->fetchState() == SessionTableModel::FetchState::Failed;
    }
    // Pages the query to the end; true when it completed within `timeoutMs`.
    bool loadAll(const Query &query, int timeoutMs = 30'000)
    {
        startLoading(query);
        return QTest::qWaitFor([this] { return isSettled(); }, timeoutMs)
               && model->fetchState() == SessionTableModel::FetchState::Complete;
    }
    bool loadAll(int timeoutMs = 30'000) { return loadAll(source->defaultQuery(), timeoutMs); }
};
