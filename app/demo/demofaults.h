#pragma once

#include <QString>
#include <QUrl>
#include <QtGlobal>

#include <optional>

// Misbehaviour the demo server can be asked for, from `--faults` or from C++ in tests.
// Rates are probabilities in [0, 1]; whether request n gets a fault is a hash of the seed
// and n, so a run against the same seed fails the same way twice.
struct DemoFaults
{
    int latencyMs = 0;
    double errorRate = 0;      // 500 / 502 / 503
    double dropRate = 0;       // connection closed mid-body
    double malformedRate = 0;  // truncated or invalid JSON
    double duplicateRate = 0;  // a row of the previous page repeated on this one
    bool cursorLoop = false;   // the next cursor repeats the one just sent
    int slowDripMs = 0;        // body written one byte per interval
    QUrl redirect;             // 302 to this URL + the requested path
    bool hugePage = false;     // a 200 body far larger than any real page
    qint64 hugePageBytes = 64ll * 1024 * 1024;
    double rateLimitStormRate = 0; // 429 with Retry-After: 1 however slowly the key asks
    int rejectKeyAfter = -1;       // the key is refused (401) after this many accepted requests

    bool any() const;

    // "latency=200,error-rate=0.1,cursor-loop" -> faults, or nullopt with `error` set.
    static std::optional<DemoFaults> parse(const QString &list, QString *error);
};
