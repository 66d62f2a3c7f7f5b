// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

// Tokens in the system secret store through QtKeychain. The insecure plain-text fallback of
// QtKeychain stays off: it would write the token into a settings file, which is exactly what
// this store exists to avoid.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    // `service` names the entries in the keychain; the profile id is the key.
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QString &token, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;
    QString description() const override;

    static QString defaultService();
    // Maps a QtKeychain error code (QKeychain::Error as int, to keep QtKeychain out of this
    // header) to a result. NoBackendAvailable, NotImplemented and OtherError mean "no usable
    // keychain here": on a machine without a secret service QtKeychain reports OtherError.
    static CredentialResult resultFor(int keychainError, const QString &errorString);

private:
    QString m_service;
};
