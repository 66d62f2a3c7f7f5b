// SPDX-License-Identifier: MIT
#include "transportpolicy.h"

#include "connectionprofile.h"
#include "hostaddress.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TransportPolicy", text);
}
} // namespace

TransportPolicy::Decision TransportPolicy::check(const ConnectionProfile &profile)
{
    return check(profile.baseUrl, profile.allowPlainHttpToken);
}

TransportPolicy::Decision TransportPolicy::check(const QUrl &url, bool allowPlainHttpToken)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return { true, {} };
    if (scheme != QLatin1String("http"))
        return { false, tr("Only https:// and http:// server URLs are supported.") };
    if (isLoopbackHost(url.host()))
        return { true, {} };
    if (allowPlainHttpToken)
        return { true,
                 tr("The token is sent unencrypted to %1, as allowed for this connection; anyone on the network "
                    "path can read it.")
                     .arg(url.host()) };
    return { false,
             tr("Refusing to send the token over plain http to %1: anyone on the network path could read and reuse "
                "it. Use an https:// URL, or allow plain http for this connection in its settings if you trust the "
                "network.")
                 .arg(url.host()) };
}

bool TransportPolicy::isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    return HostAddress::isLoopbackAddress(h);
}
