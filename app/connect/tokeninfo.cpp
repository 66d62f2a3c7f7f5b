// SPDX-License-Identifier: MIT
#include "tokeninfo.h"

#include "api/jwtclaims.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TokenInfo", text);
}

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

TokenInfo::Role roleFromText(const QString &text)
{
    const QString r = text.toUpper();
    if (r == QLatin1String("DOMAIN_ADMIN"))
        return TokenInfo::Role::DomainAdmin;
    if (r == QLatin1String("WORKSPACE_OWNER"))
        return TokenInfo::Role::WorkspaceOwner;
    if (r == QLatin1String("WORKSPACE_MEMBER"))
        return TokenInfo::Role::WorkspaceMember;
    if (r == QLatin1String("SYSTEM") || r == QLatin1String("SYSTEM_ADMIN") || r == QLatin1String("SYSTEM_TOKEN"))
        return TokenInfo::Role::System;
    if (r == QLatin1String("USER"))
        return TokenInfo::Role::User;
    return TokenInfo::Role::Unknown;
}
} // namespace

TokenInfo TokenInfo::fromToken(const QString &token)
{
    TokenInfo info;
    QString text = token.trimmed();
    if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    if (text.isEmpty())
        return info;
    info.m_empty = false;

    QString decodeError;
    QJsonObject claims;
    if (!JwtClaims::read(text, &claims, &decodeError)) {
        info.m_decodeError = decodeError;
        return info;
    }

    info.m_decoded = true;
    info.m_claims = claims;
    info.m_type = claims.value(QLatin1String("typ")).toString();
    info.m_roleText = claims.value(QLatin1String("rol")).toString();
    info.m_role = roleFromText(info.m_roleText);
    info.m_ownerType = claims.value(QLatin1String("own")).toString();
    info.m_domainId = claims.value(QLatin1String("did")).toString();
    info.m_workspaceId = claims.value(QLatin1String("wid")).toString();
    const QJsonValue version = claims.value(QLatin1String("ver"));
    info.m_version = version.isDouble() ? QString::number(version.toDouble()) : version.toString();
    info.m_expiresAtMs = JwtClaims::timeClaimMs(claims.value(QLatin1String("exp")));
    info.m_issuedAtMs = JwtClaims::timeClaimMs(claims.value(QLatin1String("iat")));
    return info;
}

bool TokenInfo::canDelete() const
{
    return m_role == Role::DomainAdmin || m_role == Role::WorkspaceOwner || m_role == Role::System;
}

QString TokenInfo::deleteRefusalReason() const
{
    switch (m_role) {
    case Role::DomainAdmin:
    case Role::WorkspaceOwner:
    case Role::System:
        return {};
    case Role::WorkspaceMember:
        return tr("Workspace members may view jobs but not delete them; deleting needs a workspace owner or "
                  "domain admin token.");
    case Role::User:
        return tr("This token has the USER role, which has no access to jobs; deleting needs a workspace owner or "
                  "domain admin token.");
    case Role::Unknown:
        break;
    }
    if (m_empty)
        return tr("No token is set for this connection.");
    if (!m_roleText.isEmpty())
        return tr("The token's role %1 is unknown to this app; the server decides whether it may delete.")
            .arg(m_roleText);
    return tr("The token's role cannot be read (it is not a JWT); the server decides whether it may delete.");
}

bool TokenInfo::isExpired(qint64 now) const
{
    return hasExpiry() && m_expiresAtMs <= now;
}

bool TokenInfo::isExpired() const
{
    return isExpired(nowMs());
}

bool TokenInfo::expiresWithin(qint64 ms, qint64 now) const
{
    return hasExpiry() && m_expiresAtMs - now <= ms;
}

bool TokenInfo::expiresWithin(qint64 ms) const
{
    return expiresWithin(ms, nowMs());
}

QString TokenInfo::roleLabel(Role role)
{
    switch (role) {
    case Role::System:
        return tr("System");
    case Role::DomainAdmin:
        return tr("Domain admin");
    case Role::WorkspaceOwner:
        return tr("Workspace owner");
    case Role::WorkspaceMember:
        return tr("Workspace member");
    case Role::User:
        return tr("User");
    case Role::Unknown:
        break;
    }
    return tr("Unknown role");
}

QString TokenInfo::typeLabel() const
{
    if (m_type == QLatin1String("ACCESS_TOKEN"))
        return tr("access token");
    if (m_type == QLatin1String("REFRESH_TOKEN"))
        return tr("refresh token");
    if (m_type == QLatin1String("CLIENT_SECRET"))
        return tr("API key");
    if (m_type == QLatin1String("SYSTEM_TOKEN"))
        return tr("system token");
    return m_type;
}

QString TokenInfo::formatDuration(qint64 ms)
{
    ms = std::abs(ms);
    if (ms < kMinuteMs)
        return tr("less than a minute");
    if (ms < kHourMs)
        return tr("%1 min").arg(ms / kMinuteMs);
    if (ms < 2 * kDayMs)
        return tr("%1 h").arg(ms / kHourMs);
    return tr("%1 days").arg(ms / kDayMs);
}

QString TokenInfo::expiryText(qint64 now) const
{
    if (!hasExpiry())
        return tr("no expiry");
    const qint64 left = m_expiresAtMs - now;
    if (left <= 0)
        return tr("expired %1 ago").arg(formatDuration(-left));
    return tr("expires in %1").arg(formatDuration(left));
}

QString TokenInfo::expiryWarning(qint64 now) const
{
    if (!hasExpiry())
        return {};
    if (isExpired(now))
        return tr("This token expired %1 ago; the server will reject it. Get a new token or API key.")
            .arg(formatDuration(now - m_expiresAtMs));
    if (expiresWithin(kDayMs, now))
        return tr("This token expires in %1.").arg(formatDuration(m_expiresAtMs - now));
    return {};
}

QString TokenInfo::summary(qint64 now) const
{
    if (m_empty)
        return tr("No token");
    if (!m_decoded)
        return m_decodeError.isEmpty() ? tr("Unknown role (not a JWT; the server decides what it may do)")
                                       : tr("Unknown role (%1)").arg(m_decodeError);
    QStringList parts;
    parts << (m_role == Role::Unknown && !m_roleText.isEmpty() ? m_roleText : roleLabel(m_role));
    const bool workspaceRole = m_role == Role::WorkspaceOwner || m_role == Role::WorkspaceMember;
    if (workspaceRole && !m_workspaceId.isEmpty())
        parts << m_workspaceId;
    else if (!m_domainId.isEmpty())
        parts << m_domainId;
    if (m_type == QLatin1String("CLIENT_SECRET") || m_type == QLatin1String("REFRESH_TOKEN"))
        parts << typeLabel();
    parts << expiryText(now);
    return parts.join(QStringLiteral(" · "));
}

QString TokenInfo::summary() const
{
    return summary(nowMs());
}
