#pragma once

#include <QByteArray>
#include <QList>

// The one header that carries a connection's key, e.g. {"x-api-key", key},
// {"Authorization", "TD1 " + key} or {"Authorization", "Bearer " + key}; empty for none.
// Held in memory only: nothing in app/net prints it, and every error text is scrubbed of it.
struct ApiAuth
{
    QByteArray headerName;
    QByteArray headerValue;

    bool isEmpty() const { return headerName.isEmpty(); }

    // What must never appear in a text: the whole value and the credential after a scheme
    // ("TD1 <key>" -> "<key>"). Very short values are left out: masking "a" everywhere would
    // wreck every message and protect nothing.
    QList<QByteArray> secrets() const
    {
        QList<QByteArray> out;
        const QByteArray value = headerValue.trimmed();
        if (value.size() >= 4)
            out.append(value);
        const qsizetype space = value.lastIndexOf(' ');
        if (space >= 0 && value.size() - space - 1 >= 4)
            out.append(value.mid(space + 1));
        return out;
    }
};
