// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"
#include "tokenstorage.h"

#include <QPointer>

class ProfileStore;

// The one credential store the rest of the app talks to. It sends each profile's token to the
// store that profile chose (keychain, session or file). When the keychain turns out not to
// exist, it says so once and keeps keychain tokens for the session instead, so the app still
// works on a headless machine, and the user learns why the token will not survive a restart.
class CredentialVault final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialVault)

public:
    // None of the pointers are owned; all must outlive the vault. Tests inject fakes.
    CredentialVault(ProfileStore *profiles, CredentialStore *keychain, CredentialStore *session, CredentialStore *file,
                    QObject *parent = nullptr);

    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QString &token, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;
    QString description() const override;

    CredentialStore *storeFor(TokenStorage storage) const;
    // Where the profile's token really goes, after the keychain fallback.
    TokenStorage effectiveStorage(const QString &profileId) const;
    TokenStorage effectiveStorage(TokenStorage chosen) const;
    bool isKeychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }
    // Writes to `storage` directly, whatever the profile says: for the dialog, which saves the
    // token before or while it changes the profile's storage.
    void writeTo(TokenStorage storage, const QString &profileId, const QString &token, QObject *context, Callback done);
    void removeFrom(TokenStorage storage, const QString &profileId, QObject *context, Callback done);

    // Finds out whether a keychain exists by reading a key nobody writes, so the UI can say so
    // before the user types a token.
    void probeKeychain();

signals:
    // Emitted once, the first time the keychain turns out to be missing.
    void keychainUnavailable(const QString &message);
    // A token was written or removed through the vault: whoever polls with it should reload it.
    void tokenChanged(const QString &profileId);

private:
    TokenStorage storageOf(const QString &profileId) const;
    void markKeychainUnavailable(const QString &message);
    Callback notifyingChange(const QString &profileId, Callback done);
    // Runs `op` on the chosen store; on Unavailable from the keychain repeats it on the session
    // store. `done` must be callable (already guarded by the caller's context).
    void route(TokenStorage storage, Callback done, const std::function<void(CredentialStore *, Callback)> &op);

    QPointer<ProfileStore> m_profiles;
    CredentialStore *m_keychain;
    CredentialStore *m_session;
    CredentialStore *m_file;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
};
