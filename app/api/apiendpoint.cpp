// SPDX-License-Identifier: MIT
#include "apiendpoint.h"

bool ApiEndpoint::isValid() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return false;
    const QString scheme = baseUrl.scheme();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QUrl ApiEndpoint::urlFor(const QString &verb) const
{
    QUrl url = baseUrl;
    // Keep a path prefix (a gateway behind a reverse proxy at /api) but never double the slash.
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += pathStyle == PathStyle::V2 ? QStringLiteral("/identity/v2/job/") : QStringLiteral("/identity/job/");
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
