#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

// Connection keys in the OS keychain through QtKeychain (service "SessionScope", one entry
// per connection id). Every call is asynchronous: the answer comes from the event loop,
// never by blocking the GUI. QtKeychain's plaintext fallback is never switched on: when no keychain answers
// (no D-Bus, a locked or absent Secret Service: QtKeychain reports error 7 "OtherError" there
// as well as 5 "NoBackendAvailable"), the key is kept in this object's memory for this run
// only and the result says so in a sentence for the user.
class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    enum class Outcome {
        Ok,           // read, stored or removed in the keychain
        NotFound,     // read or remove: the keychain has no key for this connection
        MemoryOnly,   // no keychain answered: kept in memory (store) or found there (read)
        Failed,       // the keychain answered with another error (e.g. access denied)
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QByteArray key;  // read only
        QString message; // empty for Ok and NotFound; a sentence for the user otherwise
        bool ok() const { return outcome == Outcome::Ok || outcome == Outcome::MemoryOnly; }
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr const char *kServiceName = "SessionScope";

    explicit KeyStore(QObject *parent = nullptr);
    ~KeyStore() override;

    // `done` runs later from the event loop, unless `context` is gone by then.
    void readKey(const QString &connectionId, QObject *context, Callback done);
    void storeKey(const QString &connectionId, const QByteArray &key, QObject *context, Callback done);
    // Removes the keychain entry and any key held in memory for the connection.
    void removeKey(const QString &connectionId, QObject *context, Callback done);

    // A keychain that does not answer (a locked keyring whose unlock prompt cannot show, or
    // is never answered) counts as none after this long; its late answer is ignored.
    void setAnswerTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // True once a keychain call found no keychain to talk to.
    bool keychainUnavailable() const { return m_unavailable; }
    static QString unavailableMessage();

private:
    // Runs `job` and gives `done` one result: `onFinished`'s, or `onTimeout`'s if the keychain
    // stays silent.
    void run(QKeychain::Job *job, QObject *context, Callback done, std::function<Result()> onFinished,
             std::function<Result()> onTimeout);

    std::chrono::milliseconds m_timeout{45'000};
    QHash<QString, QByteArray> m_memoryKeys; // only for connections the keychain could not take
    bool m_unavailable = false;
};
