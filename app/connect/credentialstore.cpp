// SPDX-License-Identifier: MIT
#include "credentialstore.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

void CredentialStore::finishLater(QObject *context, Callback done, const CredentialResult &result)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, hadContext, done = std::move(done), result]() {
            if (hadContext && !guard)
                return;
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

CredentialResult CredentialStore::waitFor(const std::function<void(Callback)> &start, int timeoutMs)
{
    // Shared so a late answer after the timeout writes into memory that still exists.
    struct State
    {
        bool done = false;
        CredentialResult result;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    start([state](const CredentialResult &result) {
        state->done = true;
        state->result = result;
        state->loop.quit();
    });
    if (!state->done) {
        QTimer::singleShot(timeoutMs, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    if (!state->done)
        return CredentialResult::unavailable(
            tr("The credential store did not answer within %1 s.").arg(timeoutMs / 1000.0, 0, 'f', 1));
    return state->result;
}

CredentialResult CredentialStore::readBlocking(const QString &profileId, int timeoutMs)
{
    return waitFor([&](Callback done) { read(profileId, this, std::move(done)); }, timeoutMs);
}

CredentialResult CredentialStore::writeBlocking(const QString &profileId, const QString &token, int timeoutMs)
{
    return waitFor([&](Callback done) { write(profileId, token, this, std::move(done)); }, timeoutMs);
}

CredentialResult CredentialStore::removeBlocking(const QString &profileId, int timeoutMs)
{
    return waitFor([&](Callback done) { remove(profileId, this, std::move(done)); }, timeoutMs);
}
