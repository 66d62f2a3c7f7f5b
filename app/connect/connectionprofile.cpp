// SPDX-License-Identifier: MIT
#include "connectionprofile.h"

#include "tlspolicy.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionProfile", text);
}
} // namespace

QString ConnectionProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (!baseUrl.isValid() || baseUrl.isEmpty())
        return tr("Enter the server URL, e.g. https://console-v2.api.example.com.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("The server URL must start with https:// (or http:// for a local server).");
    if (baseUrl.host().isEmpty())
        return tr("The server URL has no host name.");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("The server URL must not contain a query (?…) or fragment (#…).");
    if (!baseUrl.userInfo().isEmpty())
        return tr("Put the token in the token field, not in the URL.");
    if (pollIntervalMs < kMinPollIntervalMs || pollIntervalMs > kMaxPollIntervalMs)
        return tr("The poll interval must be between 1 second and 1 hour.");
    return {};
}

QUrl ConnectionProfile::verbUrl(const QString &verb) const
{
    return verbUrl(baseUrl, pathStyle, verb);
}

QUrl ConnectionProfile::verbUrl(const QUrl &baseUrl, PathStyle style, const QString &verb)
{
    QUrl url = baseUrl;
    QString path = url.path();
    // A gateway may sit under a prefix (https://host/api); keep it.
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += style == PathStyle::V2 ? QStringLiteral("/identity/v2/job/") : QStringLiteral("/identity/job/");
    path += verb;
    url.setPath(path);
    return url;
}

bool ConnectionProfile::toEndpoint(const QString &token, ApiEndpoint *endpoint, QString *error) const
{
    QList<QByteArray> cas;
    if (!caBundlePath.isEmpty()) {
        QString loadError;
        if (!TlsPolicy::loadCaBundle(caBundlePath, &cas, &loadError)) {
            if (error)
                *error = loadError;
            return false;
        }
    }
    endpoint->baseUrl = baseUrl;
    endpoint->pathStyle = pathStyle;
    endpoint->token = token;
    endpoint->caCertificates = cas;
    return true;
}

bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
{
    return a.id == b.id && a.name == b.name && a.baseUrl == b.baseUrl && a.pathStyle == b.pathStyle
        && a.workspaceId == b.workspaceId && a.pollIntervalMs == b.pollIntervalMs && a.caBundlePath == b.caBundlePath
        && a.allowPlainHttpToken == b.allowPlainHttpToken && a.tokenStorage == b.tokenStorage
        && a.filterState == b.filterState && a.isBuiltInSandbox == b.isBuiltInSandbox
        && a.baseUrlIsGuess == b.baseUrlIsGuess;
}
