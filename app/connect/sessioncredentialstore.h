// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

#include <QHash>

// Tokens in memory only, for as long as the app runs. The fallback when no system keychain
// exists (a headless machine, a desktop without a secret service), and the choice for people
// who would rather paste a token each time than store it.
class SessionCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCredentialStore)

public:
    explicit SessionCredentialStore(QObject *parent = nullptr);

    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QString &token, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;
    QString description() const override;

    bool contains(const QString &profileId) const { return m_tokens.contains(profileId); }

private:
    QHash<QString, QString> m_tokens;
};
