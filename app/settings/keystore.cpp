#include "keystore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace {

// Errors that mean "there is no keychain to talk to" rather than "the keychain said no".
// A missing or locked Secret Service shows up as OtherError, not only NoBackendAvailable.
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

QString failureMessage(const QKeychain::Job &job)
{
    return QCoreApplication::translate("KeyStore", "The system keychain refused the request (%1).")
        .arg(job.errorString());
}

void deliver(QObject *context, const KeyStore::Callback &done, const KeyStore::Result &result)
{
    // Always from the event loop, so callers see one behaviour whether or not a keychain ran.
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

QObject *orSelf(QObject *context, QObject *self)
{
    return context ? context : self;
}

} // namespace

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
{}

KeyStore::~KeyStore() = default;

QString KeyStore::unavailableMessage()
{
    return QCoreApplication::translate("KeyStore",
                                       "No keychain is available on this computer (or it is locked), so the key "
                                       "is kept in memory until SessionScope closes. You will be asked for it "
                                       "again next time.");
}

void KeyStore::run(QKeychain::Job *job, QObject *context, Callback done, std::function<Result()> onFinished,
                   std::function<Result()> onTimeout)
{
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    const auto answer = [guard, done, answered](const Result &result) {
        if (*answered)
            return;
        *answered = true;
        if (guard)
            done(result);
    };
    connect(timer, &QTimer::timeout, this, [this, answer, onTimeout] {
        m_unavailable = true;
        answer(onTimeout());
    });
    connect(job, &QKeychain::Job::finished, this, [answer, onFinished, answered] {
        if (!*answered)
            answer(onFinished());
    });
    timer->start(m_timeout);
    job->start(); // deletes itself (and the timer) after finished()
}

void KeyStore::readKey(const QString &connectionId, QObject *context, Callback done)
{
    if (const auto it = m_memoryKeys.constFind(connectionId); it != m_memoryKeys.constEnd()) {
        deliver(orSelf(context, this), done, {Outcome::MemoryOnly, *it, unavailableMessage()});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kServiceName), this);
    job->setKey(connectionId);
    run(job, context, std::move(done), [this, job]() -> Result {
            if (job->error() == QKeychain::NoError)
                return {Outcome::Ok, job->binaryData(), {}};
            if (job->error() == QKeychain::EntryNotFound)
                return {Outcome::NotFound, {}, {}};
            if (meansNoKeychain(job->error())) {
                m_unavailable = true;
                return {Outcome::NotFound, {}, unavailableMessage()};
            }
            return {Outcome::Failed, {}, failureMessage(*job)};
        },
        [] { return Result{Outcome::NotFound, {}, unavailableMessage()}; });
}

void KeyStore::storeKey(const QString &connectionId, const QByteArray &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kServiceName), this);
    job->setKey(connectionId);
    job->setBinaryData(key);
    const auto keepInMemory = [this, connectionId, key] {
        m_unavailable = true;
        m_memoryKeys.insert(connectionId, key);
        return Result{Outcome::MemoryOnly, {}, unavailableMessage()};
    };
    run(job, context, std::move(done), [this, job, connectionId, keepInMemory]() -> Result {
            if (job->error() == QKeychain::NoError) {
                m_memoryKeys.remove(connectionId);
                return {Outcome::Ok, {}, {}};
            }
            if (meansNoKeychain(job->error()))
                return keepInMemory();
            return {Outcome::Failed, {}, failureMessage(*job)};
        },
        keepInMemory);
}

void KeyStore::removeKey(const QString &connectionId, QObject *context, Callback done)
{
    const bool hadMemoryKey = m_memoryKeys.remove(connectionId) > 0;
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kServiceName), this);
    job->setKey(connectionId);
    const Result memoryOutcome{hadMemoryKey ? Outcome::MemoryOnly : Outcome::NotFound, {}, {}};
    run(job, context, std::move(done), [this, job, hadMemoryKey, memoryOutcome]() -> Result {
            if (job->error() == QKeychain::NoError)
                return {Outcome::Ok, {}, {}};
            if (job->error() == QKeychain::EntryNotFound)
                return {hadMemoryKey ? Outcome::Ok : Outcome::NotFound, {}, {}};
            if (meansNoKeychain(job->error())) {
                m_unavailable = true;
                return memoryOutcome;
            }
            return {Outcome::Failed, {}, failureMessage(*job)};
        },
        [memoryOutcome] { return memoryOutcome; });
}
