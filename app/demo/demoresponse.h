#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One answer before it is put on the wire (and before any fault bends it).
struct DemoResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool isPage = false; // a list page: the candidate for huge-page

    static DemoResponse json(int status, QByteArray body)
    {
        DemoResponse r;
        r.status = status;
        r.body = std::move(body);
        return r;
    }
};
