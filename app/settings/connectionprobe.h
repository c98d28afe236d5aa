#pragma once

#include "connection.h"

#include "net/apierror.h"
#include "net/apireply.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <optional>

class ConnectionSession;

// "Test connection": one cheap request with the typed key, then one sentence. Century and
// Treasure ask for a one-row page (Century's envelope gives the total); Mobile Next lists the
// organizations, which the form then offers. Nothing is retried for long: the user waits.
class ConnectionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

public:
    struct Result
    {
        bool ok = false;
        ApiError::Kind errorKind = ApiError::Kind::None;
        QString message;                 // "Connected — 48,310 sessions visible" or what is wrong
        std::optional<qint64> total;     // sessions visible, when the API says
        QList<QPair<QString, QString>> organizations; // Mobile Next: (id, name; empty: Personal)
    };

    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // Starts a probe; a probe still running is abandoned (its finished() never comes).
    void start(const Connection &connection, const QByteArray &key);
    bool isRunning() const { return m_reply != nullptr; }

signals:
    void finished(const ConnectionProbe::Result &result);

private:
    void onReply();
    Result resultFor(const ApiReply &reply) const;

    ConnectionSession *m_session = nullptr;
    QPointer<ApiReply> m_reply;
};
