#pragma once

// What the export tests share: the CSV reader, whole-file reads and writes, a demo server
// with a still clock (so counts can be compared) and optional faults, and a model loading from it.
#include "exportcsvreader.h"

#include "demo/demokeys.h"
#include "demo/demoserver.h"
#include "model/sessiontablemodel.h"
#include "net/apiclient.h"
#include "sources/sessionsource.h"

#include <QAbstractItemModelTester>

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

inline QByteArray readFileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

inline bool writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// `faults` as `demo-server --faults` takes them, e.g. "latency=50,cursor-loop".
inline std::unique_ptr<DemoServer> startStillDemoServer(int scale, const QString &faults = {})
{
    DemoOptions options;
    options.scale = scale;
    options.speed = 0;
    options.rateLimitPerMinute = 0;
    if (!faults.isEmpty()) {
        QString error;
        const auto parsed = DemoFaults::parse(faults, &error);
        if (!parsed)
            qFatal("bad demo faults: %s", qPrintable(error));
        options.faults = *parsed;
    }
    auto server = std::make_unique<DemoServer>(options);
    if (!server->listen())
        qFatal("the demo server could not listen on loopback");
    return server;
}

// A Century connection to a still demo server with a model paging every session of `query`
// (the caller waits for FetchState::Complete). The tester lives as long as the model.
struct LoadingCenturyModel
{
    explicit LoadingCenturyModel(int scale, const QString &faults = {}, std::optional<Query> query = {})
        : server(startStillDemoServer(scale, faults))
        , source(makeSessionSource(Backend::Century, server->baseUrl(Backend::Century)))
    {
        const auto header = source->authHeader(demokeys::kCenturyKey);
        client = std::make_unique<ApiClient>(server->baseUrl(Backend::Century), ApiAuth{header.first, header.second});
        model.open(source, client.get(), query ? *query : source->defaultQuery());
        model.fetchAll();
    }

    std::unique_ptr<DemoServer> server;
    std::shared_ptr<const SessionSource> source;
    std::unique_ptr<ApiClient> client;
    SessionTableModel model;
    QAbstractItemModelTester tester{&model};
};
