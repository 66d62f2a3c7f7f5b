// SPDX-License-Identifier: MIT
#include "keychaincredentialstore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {
// Runs a configured QtKeychain job and turns its end into a CredentialResult.
void runJob(QKeychain::Job *job, QObject *context, CredentialStore::Callback done,
            const std::function<CredentialResult(QKeychain::Job *)> &onSuccess)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [guard, hadContext, done = std::move(done), onSuccess](QKeychain::Job *finished) {
                         if (hadContext && !guard)
                             return;
                         const CredentialResult result = finished->error() == QKeychain::NoError
                             ? onSuccess(finished)
                             : KeychainCredentialStore::resultFor(int(finished->error()), finished->errorString());
                         if (done)
                             done(result);
                     });
    // QtKeychain starts on the next event loop turn, so the callback is never synchronous.
    job->start();
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{ }

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultService(), parent)
{ }

QString KeychainCredentialStore::defaultService()
{
    return QStringLiteral("SpaceONE Job Monitor");
}

void KeychainCredentialStore::read(const QString &profileId, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(profileId);
    runJob(job, context, std::move(done), [](QKeychain::Job *finished) {
        return CredentialResult::ok(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
}

void KeychainCredentialStore::write(const QString &profileId, const QString &token, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(profileId);
    job->setTextData(token);
    runJob(job, context, std::move(done), [](QKeychain::Job *) { return CredentialResult::ok(); });
}

void KeychainCredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(profileId);
    runJob(
        job, context,
        [done = std::move(done)](const CredentialResult &result) {
            // Deleting an entry that was never there is what the caller wanted anyway.
            if (done)
                done(result.status == CredentialResult::Status::NotFound ? CredentialResult::ok() : result);
        },
        [](QKeychain::Job *) { return CredentialResult::ok(); });
}

QString KeychainCredentialStore::description() const
{
    return tr("System keychain (service \"%1\")").arg(m_service);
}

CredentialResult KeychainCredentialStore::resultFor(int keychainError, const QString &errorString)
{
    // errorString comes from the backend and never contains the secret.
    const QString detail = errorString.isEmpty() ? tr("no details") : errorString;
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return CredentialResult::ok();
    case QKeychain::EntryNotFound:
        return CredentialResult::notFound();
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::failed(tr("Access to the system keychain was denied."));
    case QKeychain::AccessDenied:
        return CredentialResult::failed(tr("The system keychain refused access: %1.").arg(detail));
    case QKeychain::CouldNotDeleteEntry:
        return CredentialResult::failed(tr("The token could not be removed from the system keychain: %1.").arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return CredentialResult::unavailable(
        tr("No system keychain is available (%1). Is a secret service such as GNOME Keyring or KWallet running?")
            .arg(detail));
}
