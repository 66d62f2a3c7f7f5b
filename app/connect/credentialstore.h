// SPDX-License-Identifier: MIT
#pragma once

#include "credentialresult.h"

#include <QObject>
#include <QString>

#include <functional>

// Where tokens live, keyed by profile id. Asynchronous because the system keychain is: it may
// talk D-Bus or wait for the user to unlock a wallet. Implementations always call back later
// from the event loop, never from inside the call, so callers can rely on one order. Callbacks
// are dropped when `context` is destroyed first.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    virtual void read(const QString &profileId, QObject *context, Callback done) = 0;
    virtual void write(const QString &profileId, const QString &token, QObject *context, Callback done) = 0;
    // Removing what is not there succeeds.
    virtual void remove(const QString &profileId, QObject *context, Callback done) = 0;
    // A short description for the UI ("System keychain", "This session only", "~/.config/…").
    virtual QString description() const = 0;

    // Waits in a local event loop: for the command-line interface, which has no UI to keep
    // responsive. Unavailable with a message when the store does not answer within `timeoutMs`.
    CredentialResult readBlocking(const QString &profileId, int timeoutMs = 30000);
    CredentialResult writeBlocking(const QString &profileId, const QString &token, int timeoutMs = 30000);
    CredentialResult removeBlocking(const QString &profileId, int timeoutMs = 30000);

protected:
    // Delivers `result` on the next event loop turn, unless `context` is gone by then.
    void finishLater(QObject *context, Callback done, const CredentialResult &result);

private:
    CredentialResult waitFor(const std::function<void(Callback)> &start, int timeoutMs);
};
