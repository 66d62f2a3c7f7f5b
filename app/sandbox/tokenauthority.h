// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"
#include "sandbox/role.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace sandbox {

// Issues and checks the sandbox's access tokens.
//
// Tokens are shaped like SpaceONE's: a JWT (base64url header.payload.signature) with the claims
// iss, typ (ACCESS_TOKEN), own (USER), did (domain), wid (workspace, for workspace roles), aud,
// rol (role), exp, iat, jti and ver "2.0". They are signed with HS256 and a secret the sandbox
// keeps in its database, so tokens stay valid across restarts on the same database.
//
// authenticate() follows SpaceONEAuthenticationHandler.verify step by step and raises the same
// 401 messages: "empty token provided.", "failed to decode token.", "empty domain_id provided.",
// "Token is invalid or expired." (bad signature, other domain, or expired beyond jwcrypto's
// 60 s leeway) and "invalid token version.".
//
// Token file (--token-file): JSON, either an object or just the "tokens" array:
//   {
//     "domain_id": "domain-58010aa2e451",      optional: the domain the sandbox serves
//     "secret": "any string",                  optional: the HS256 key (default: random, kept in the db)
//     "tokens": [
//       {"role": "DOMAIN_ADMIN"},
//       {"role": "WORKSPACE_OWNER", "workspace_id": "workspace-1a2b3c4d5e6f"},
//       {"role": "WORKSPACE_MEMBER", "workspace_id": "workspace-1a2b3c4d5e6f",
//        "name": "ci", "ttl_seconds": 3600, "token": "a fixed token string"}
//     ]
//   }
// An entry without "token" gets a freshly signed JWT; an entry with "token" makes the sandbox
// accept exactly that string for that role and workspace (a JWT is recommended, since clients
// read the claims, but any string works).
class TokenAuthority
{
public:
    struct Entry
    {
        QString name;
        Role role = Role::DomainAdmin;
        QString workspaceId;
        QString token;
        bool fixed = false;
    };

    void setSecret(const QByteArray &secret) { m_secret = secret; }
    QByteArray secret() const { return m_secret; }
    void setDomainId(const QString &domainId) { m_domainId = domainId; }
    QString domainId() const { return m_domainId; }

    // A signed JWT for the role (workspace roles need a workspace id).
    QString issue(Role role, const QString &workspaceId, qint64 ttlSeconds, qint64 nowSecs) const;
    // Signs an arbitrary payload with the sandbox's key (tests use it for unusual claims).
    QString sign(const JsonValue &payload) const;
    // Accept `token` verbatim as the given role/workspace.
    void addFixedToken(const QString &token, Role role, const QString &workspaceId);

    // Verifies a bearer token; returns its claims or throws ApiError (401).
    JsonValue authenticate(const QString &token, qint64 nowSecs) const;

    // Parses a token file (format above). Returns false with a message on a malformed file.
    struct FileContents
    {
        QString domainId;
        QByteArray secret;
        struct Spec
        {
            QString name;
            Role role = Role::DomainAdmin;
            QString workspaceId;
            QString token;
            qint64 ttlSeconds = 0;
        };
        QList<Spec> tokens;
    };
    static bool parseTokenFile(const QByteArray &data, FileContents *out, QString *error);
    // Writes entries in the token-file format (mode 0600).
    static bool writeTokenFile(const QString &path, const QString &domainId, const QList<Entry> &entries,
                               QString *error);

    static QByteArray base64Url(const QByteArray &data);

private:
    QByteArray m_secret;
    QString m_domainId;
    QHash<QString, JsonValue> m_fixed; // token string -> claims
};

} // namespace sandbox
