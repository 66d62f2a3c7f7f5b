// SPDX-License-Identifier: MIT
#include "sessioncredentialstore.h"

SessionCredentialStore::SessionCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

void SessionCredentialStore::read(const QString &profileId, QObject *context, Callback done)
{
    const auto it = m_tokens.constFind(profileId);
    finishLater(context, std::move(done),
                it == m_tokens.constEnd() ? CredentialResult::notFound() : CredentialResult::ok(*it));
}

void SessionCredentialStore::write(const QString &profileId, const QString &token, QObject *context, Callback done)
{
    m_tokens.insert(profileId, token);
    finishLater(context, std::move(done), CredentialResult::ok());
}

void SessionCredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    m_tokens.remove(profileId);
    finishLater(context, std::move(done), CredentialResult::ok());
}

QString SessionCredentialStore::description() const
{
    return tr("This session only: the token is forgotten when the app quits.");
}
