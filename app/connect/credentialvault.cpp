// SPDX-License-Identifier: MIT
#include "credentialvault.h"

#include "profilestore.h"

namespace {
// The caller's callback, skipped when the caller's context object is gone by then.
CredentialStore::Callback guardedBy(QObject *context, CredentialStore::Callback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    return [guard, hadContext, done = std::move(done)](const CredentialResult &result) {
        if ((hadContext && !guard) || !done)
            return;
        done(result);
    };
}
} // namespace

CredentialVault::CredentialVault(ProfileStore *profiles, CredentialStore *keychain, CredentialStore *session,
                                 CredentialStore *file, QObject *parent)
    : CredentialStore(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_session(session)
    , m_file(file)
{
    Q_ASSERT(keychain && session && file);
}

CredentialStore *CredentialVault::storeFor(TokenStorage storage) const
{
    switch (storage) {
    case TokenStorage::Keychain:
        break;
    case TokenStorage::Session:
        return m_session;
    case TokenStorage::File:
        return m_file;
    }
    return m_keychainAvailable ? m_keychain : m_session;
}

TokenStorage CredentialVault::storageOf(const QString &profileId) const
{
    if (m_profiles) {
        if (const auto p = m_profiles->profile(profileId))
            return p->tokenStorage;
    }
    return TokenStorage::Keychain;
}

TokenStorage CredentialVault::effectiveStorage(TokenStorage chosen) const
{
    if (chosen == TokenStorage::Keychain && !m_keychainAvailable)
        return TokenStorage::Session;
    return chosen;
}

TokenStorage CredentialVault::effectiveStorage(const QString &profileId) const
{
    return effectiveStorage(storageOf(profileId));
}

void CredentialVault::markKeychainUnavailable(const QString &message)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    m_keychainProblem = message;
    emit keychainUnavailable(message + QLatin1Char(' ')
                             + tr("Tokens meant for the keychain are kept for this session only."));
}

void CredentialVault::route(TokenStorage storage, Callback done,
                            const std::function<void(CredentialStore *, Callback)> &op)
{
    CredentialStore *store = storeFor(storage);
    if (store != m_keychain) {
        op(store, std::move(done));
        return;
    }
    op(m_keychain, [this, done = std::move(done), op](const CredentialResult &result) {
        if (result.status != CredentialResult::Status::Unavailable) {
            done(result);
            return;
        }
        markKeychainUnavailable(result.message);
        op(m_session, [done, message = result.message](const CredentialResult &fallback) {
            CredentialResult r = fallback;
            if (r.message.isEmpty() && r.status != CredentialResult::Status::NotFound)
                r.message = message + QLatin1Char(' ') + tr("The token is kept for this session only.");
            done(r);
        });
    });
}

CredentialStore::Callback CredentialVault::notifyingChange(const QString &profileId, Callback done)
{
    QPointer<CredentialVault> self(this);
    return [self, profileId, done = std::move(done)](const CredentialResult &result) {
        if (self && result.isOk())
            emit self->tokenChanged(profileId);
        done(result);
    };
}

void CredentialVault::read(const QString &profileId, QObject *context, Callback done)
{
    route(storageOf(profileId), guardedBy(context, std::move(done)),
          [profileId, this](CredentialStore *store, Callback cb) { store->read(profileId, this, std::move(cb)); });
}

void CredentialVault::write(const QString &profileId, const QString &token, QObject *context, Callback done)
{
    writeTo(storageOf(profileId), profileId, token, context, std::move(done));
}

void CredentialVault::remove(const QString &profileId, QObject *context, Callback done)
{
    removeFrom(storageOf(profileId), profileId, context, std::move(done));
}

void CredentialVault::writeTo(TokenStorage storage, const QString &profileId, const QString &token, QObject *context,
                              Callback done)
{
    route(storage, notifyingChange(profileId, guardedBy(context, std::move(done))),
          [profileId, token, this](CredentialStore *store, Callback cb) {
              store->write(profileId, token, this, std::move(cb));
          });
}

void CredentialVault::removeFrom(TokenStorage storage, const QString &profileId, QObject *context, Callback done)
{
    route(storage, notifyingChange(profileId, guardedBy(context, std::move(done))),
          [profileId, this](CredentialStore *store, Callback cb) { store->remove(profileId, this, std::move(cb)); });
}

QString CredentialVault::description() const
{
    if (!m_keychainAvailable)
        return tr("Per connection; no system keychain, so keychain tokens last for this session only.");
    return tr("Per connection: system keychain, this session only, or a private file.");
}

void CredentialVault::probeKeychain()
{
    if (!m_keychainAvailable)
        return;
    m_keychain->read(QStringLiteral("__sjm_probe__"), this, [this](const CredentialResult &result) {
        if (result.status == CredentialResult::Status::Unavailable)
            markKeychainUnavailable(result.message);
    });
}
