// SPDX-License-Identifier: MIT
#include "environmentconnection.h"

const QString EnvironmentConnection::kEndpointVariable = QStringLiteral("SPACEONE_ENDPOINT");
const QString EnvironmentConnection::kTokenVariable = QStringLiteral("SPACEONE_TOKEN");
const QString EnvironmentConnection::kProfileId = QStringLiteral("environment");

QString EnvironmentConnection::endpoint(const QProcessEnvironment &environment)
{
    return environment.value(kEndpointVariable).trimmed();
}

QString EnvironmentConnection::token(const QProcessEnvironment &environment)
{
    return environment.value(kTokenVariable).trimmed();
}

std::optional<ConnectionProfile> EnvironmentConnection::profile(const QProcessEnvironment &environment)
{
    const QString address = endpoint(environment);
    if (address.isEmpty())
        return std::nullopt;
    ConnectionProfile p;
    p.id = kProfileId;
    p.baseUrl = QUrl(address, QUrl::StrictMode);
    const QString host = p.baseUrl.host().isEmpty() ? address : p.baseUrl.host();
    p.name = tr("%1 (from %2)").arg(host, kEndpointVariable);
    // The token lives in the environment; the app keeps its copy in memory only.
    p.tokenStorage = TokenStorage::Session;
    return p;
}
