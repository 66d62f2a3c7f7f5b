// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace sandbox {

class JobStore;
class NameCatalog;
class TokenAuthority;

// The directory calls a client makes to put names on the ids of jobs, and the call that runs a
// trusted account's sync again, answered with the Job API's rules (RequestGate, ProtoJson,
// ServiceDecorators, the same error bodies):
//   identity/workspace/list          WorkspaceSearchQuery, DOMAIN_ADMIN only
//   identity/trusted-account/list    TrustedAccountSearchQuery, any role; workspace callers see
//                                    their workspace's accounts and the DOMAIN ones ("*" APPEND)
//   identity/trusted-account/sync    TrustedAccountRequest, DOMAIN_ADMIN and WORKSPACE_OWNER; no
//                                    "*" rule, so an owner's DOMAIN account is 404; the new JobInfo
//   repository/plugin/list           PluginQuery, any role, no keyword search
// A deleted account is in no listing and cannot be synced, though its old jobs remain.
class DirectoryService
{
public:
    struct Reply
    {
        int status = 200;
        JsonValue body;
    };
    // Starts a job for the account now (duplicate rule included); returns its id.
    using JobStarter = std::function<QString(const QString &trustedAccountId)>;

    DirectoryService(const NameCatalog &catalog, JobStore &store, const TokenAuthority &tokens, JobStarter starter);

    Reply handle(const QString &endpoint, const QByteArray &body, const QByteArray &authorization, qint64 nowMsecs);

private:
    JsonValue workspaceList(JsonValue params) const;
    JsonValue trustedAccountList(JsonValue params) const;
    JsonValue pluginList(JsonValue params) const;
    JsonValue sync(const JsonValue &params);

    const NameCatalog &m_catalog;
    JobStore &m_store;
    const TokenAuthority &m_tokens;
    JobStarter m_starter;
};

} // namespace sandbox
