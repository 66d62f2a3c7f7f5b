// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

// What a SpaceONE token says about itself, read from the JWT payload without verifying the
// signature: only the server can verify, and the client uses this solely to explain things
// (who am I, what may I do, when does it run out) before the server answers.
class TokenInfo final
{
public:
    enum class Role {
        Unknown, // not a JWT, or a role this app does not know
        System,
        DomainAdmin,
        WorkspaceOwner,
        WorkspaceMember,
        User,
    };

    static constexpr qint64 kNoTime = -1;

    TokenInfo() = default;
    // Accepts a bare token or "Bearer <token>", with surrounding whitespace.
    static TokenInfo fromToken(const QString &token);

    bool isEmpty() const { return m_empty; }
    // The token is a JWT whose payload could be read.
    bool isDecoded() const { return m_decoded; }
    // Why the payload could not be read, when the token looks like a JWT but is damaged.
    QString decodeError() const { return m_decodeError; }

    QString type() const { return m_type; } // typ: ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET, SYSTEM_TOKEN
    QString roleText() const { return m_roleText; } // rol as written
    Role role() const { return m_role; }
    bool isRoleKnown() const { return m_role != Role::Unknown; }
    QString ownerType() const { return m_ownerType; } // own: USER, APP
    QString domainId() const { return m_domainId; }
    QString workspaceId() const { return m_workspaceId; }
    QString version() const { return m_version; }
    qint64 expiresAtMs() const { return m_expiresAtMs; } // kNoTime when the token has no exp
    qint64 issuedAtMs() const { return m_issuedAtMs; }
    QJsonObject claims() const { return m_claims; }

    // identity's Job.delete allows DOMAIN_ADMIN and WORKSPACE_OWNER (and internal system tokens).
    bool canDelete() const;
    // Empty when canDelete(); otherwise a sentence for the person. For an unknown role it says the
    // server will decide, so a caller may still let the user try.
    QString deleteRefusalReason() const;

    bool hasExpiry() const { return m_expiresAtMs != kNoTime; }
    bool isExpired(qint64 nowMs) const;
    bool isExpired() const;
    // True when expired or expiring within `ms` of `nowMs`.
    bool expiresWithin(qint64 ms, qint64 nowMs) const;
    bool expiresWithin(qint64 ms) const;

    static QString roleLabel(Role role);
    QString typeLabel() const;
    // "Domain admin · domain-… · expires in 3 h"; "Unknown role (not a JWT)" for opaque keys.
    QString summary(qint64 nowMs) const;
    QString summary() const;
    // "expires in 3 h", "expired 2 min ago", "no expiry".
    QString expiryText(qint64 nowMs) const;
    // A warning for an expired token or one running out within a day; empty otherwise.
    QString expiryWarning(qint64 nowMs) const;
    // "3 h", "25 min", "2 days", "less than a minute".
    static QString formatDuration(qint64 ms);

private:
    bool m_empty = true;
    bool m_decoded = false;
    QString m_decodeError;
    QString m_type;
    QString m_roleText;
    Role m_role = Role::Unknown;
    QString m_ownerType;
    QString m_domainId;
    QString m_workspaceId;
    QString m_version;
    qint64 m_expiresAtMs = kNoTime;
    qint64 m_issuedAtMs = kNoTime;
    QJsonObject m_claims;
};
