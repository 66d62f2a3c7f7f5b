// SPDX-License-Identifier: MIT
#include "apiendpoint.h"

bool ApiEndpoint::isValid() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return false;
    const QString scheme = baseUrl.scheme();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

namespace {
// "identity/v2/job/" or "identity/job/"
QString resourcePath(ApiResource resource, PathStyle style)
{
    const bool v2 = style == PathStyle::V2;
    switch (resource) {
    case ApiResource::Job:
        break;
    case ApiResource::Workspace:
        return v2 ? QStringLiteral("identity/v2/workspace/") : QStringLiteral("identity/workspace/");
    case ApiResource::TrustedAccount:
        return v2 ? QStringLiteral("identity/v2/trusted-account/") : QStringLiteral("identity/trusted-account/");
    case ApiResource::Plugin:
        return v2 ? QStringLiteral("repository/v1/plugin/") : QStringLiteral("repository/plugin/");
    }
    return v2 ? QStringLiteral("identity/v2/job/") : QStringLiteral("identity/job/");
}
} // namespace

QUrl ApiEndpoint::urlFor(ApiResource resource, const QString &verb) const
{
    QUrl url = baseUrl;
    // Keep a path prefix (a gateway behind a reverse proxy at /api) but never double the slash.
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QLatin1Char('/') + resourcePath(resource, pathStyle);
    path += verb;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString ApiEndpoint::pathStyleName(PathStyle style)
{
    return style == PathStyle::V2 ? QStringLiteral("v2") : QStringLiteral("console");
}

bool ApiEndpoint::parsePathStyle(const QString &name, PathStyle *style)
{
    if (name.compare(QLatin1String("console"), Qt::CaseInsensitive) == 0) {
        *style = PathStyle::Console;
        return true;
    }
    if (name.compare(QLatin1String("v2"), Qt::CaseInsensitive) == 0) {
        *style = PathStyle::V2;
        return true;
    }
    return false;
}
