// SPDX-License-Identifier: MIT
#include "cliprofile.h"

#include "connect/credentialvault.h"
#include "connect/filecredentialstore.h"
#include "connect/keychaincredentialstore.h"
#include "connect/profilestore.h"
#include "connect/sessioncredentialstore.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

bool CliProfile::resolve(const QString &name, bool wantToken, Resolved *resolved, QString *error)
{
    ProfileStore profiles;
    const std::optional<ConnectionProfile> profile = profiles.findByName(name);
    if (!profile) {
        QStringList names;
        for (const ConnectionProfile &p : profiles.profiles())
            names.append(QLatin1Char('\'') + p.name + QLatin1Char('\''));
        *error = tr("unknown profile '%1'; saved profiles: %2").arg(name, names.join(QLatin1String(", ")));
        return false;
    }
    resolved->profile = *profile;
    resolved->token.clear();
    if (!wantToken)
        return true;

    KeychainCredentialStore keychain;
    SessionCredentialStore session;
    FileCredentialStore file(FileCredentialStore::defaultPath());
    CredentialVault vault(&profiles, &keychain, &session, &file);
    const CredentialResult result = vault.readBlocking(profile->id);
    switch (result.status) {
    case CredentialResult::Status::Ok:
        resolved->token = result.token.trimmed();
        return true;
    case CredentialResult::Status::NotFound:
        return true;
    case CredentialResult::Status::Unavailable:
    case CredentialResult::Status::Failed:
        break;
    }
    *error = tr("cannot read the token of profile '%1': %2").arg(profile->name, result.message);
    return false;
}
