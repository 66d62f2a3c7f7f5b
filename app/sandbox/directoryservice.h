// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sandbox {

class NameCatalog;
class TokenAuthority;

// The directory calls a client makes to put names on the ids of jobs, answered with the Job
// API's rules (RequestGate, ProtoJson, ServiceDecorators, the same error bodies):
//   identity/workspace/list          WorkspaceSearchQuery, DOMAIN_ADMIN only
//   identity/trusted-account/list    TrustedAccountSearchQuery, any role; workspace callers see
//                                    their workspace's accounts and the DOMAIN ones ("*" APPEND)
//   repository/plugin/list           PluginQuery, any role, no keyword search
// A deleted account is in no listing, though its old jobs remain.
class DirectoryService
{
public:
    struct Reply
    {
        int status = 200;
        JsonValue body;
    };
    DirectoryService(const NameCatalog &catalog, const TokenAuthority &tokens);

    Reply handle(const QString &endpoint, const QByteArray &body, const QByteArray &authorization, qint64 nowMsecs);

private:
    JsonValue workspaceList(JsonValue params) const;
    JsonValue trustedAccountList(JsonValue params) const;
    JsonValue pluginList(JsonValue params) const;

    const NameCatalog &m_catalog;
    const TokenAuthority &m_tokens;
};

} // namespace sandbox
