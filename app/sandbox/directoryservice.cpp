// SPDX-License-Identifier: MIT
#include "sandbox/directoryservice.h"

#include "sandbox/apierror.h"
#include "sandbox/directoryquery.h"
#include "sandbox/jobstore.h"
#include "sandbox/namecatalog.h"
#include "sandbox/protojson.h"
#include "sandbox/requestgate.h"
#include "sandbox/servicedecorators.h"
#include "sandbox/tokenauthority.h"

namespace sandbox {

namespace {

const QString kWorkspaceList = QStringLiteral("identity/workspace/list");
const QString kTrustedAccountList = QStringLiteral("identity/trusted-account/list");
const QString kTrustedAccountSync = QStringLiteral("identity/trusted-account/sync");
const QString kPluginList = QStringLiteral("repository/plugin/list");

const QString kAdmin = QStringLiteral("DOMAIN_ADMIN");
const QString kOwner = QStringLiteral("WORKSPACE_OWNER");
const QString kMember = QStringLiteral("WORKSPACE_MEMBER");

JsonValue workspaceInfo(const NameCatalog::Workspace &w, const QString &domainId)
{
    JsonValue info = JsonValue::object();
    info.insert(QStringLiteral("workspace_id"), w.workspaceId);
    info.insert(QStringLiteral("name"), w.name);
    info.insert(QStringLiteral("state"), w.state);
    info.insert(QStringLiteral("domain_id"), domainId);
    info.insert(QStringLiteral("created_at"), w.createdAt);
    return info;
}

JsonValue trustedAccountInfo(const NameCatalog::TrustedAccount &a, const QString &domainId)
{
    JsonValue info = JsonValue::object();
    info.insert(QStringLiteral("trusted_account_id"), a.trustedAccountId);
    info.insert(QStringLiteral("name"), a.name);
    if (!a.provider.isEmpty())
        info.insert(QStringLiteral("provider"), a.provider);
    info.insert(QStringLiteral("resource_group"), a.resourceGroup);
    info.insert(QStringLiteral("workspace_id"), a.workspaceId);
    info.insert(QStringLiteral("domain_id"), domainId);
    info.insert(QStringLiteral("created_at"), a.createdAt);
    return info;
}

JsonValue pluginInfo(const NameCatalog::Plugin &p)
{
    JsonValue info = JsonValue::object();
    info.insert(QStringLiteral("plugin_id"), p.pluginId);
    info.insert(QStringLiteral("name"), p.name);
    info.insert(QStringLiteral("image"), p.image);
    if (!p.provider.isEmpty())
        info.insert(QStringLiteral("provider"), p.provider);
    info.insert(QStringLiteral("resource_type"), QStringLiteral("inventory.Collector"));
    return info;
}

ProtoJson::Request requestMessage(const QString &endpoint)
{
    if (endpoint == kWorkspaceList)
        return ProtoJson::Request::WorkspaceSearchQuery;
    if (endpoint == kTrustedAccountList)
        return ProtoJson::Request::TrustedAccountSearchQuery;
    if (endpoint == kTrustedAccountSync)
        return ProtoJson::Request::TrustedAccountRequest;
    return ProtoJson::Request::PluginQuery;
}

QStringList allowedRoles(const QString &endpoint)
{
    if (endpoint == kWorkspaceList)
        return { kAdmin };
    if (endpoint == kTrustedAccountSync)
        return { kAdmin, kOwner };
    return { kAdmin, kOwner, kMember };
}

} // namespace

DirectoryService::DirectoryService(const NameCatalog &catalog, JobStore &store, const TokenAuthority &tokens,
                                   JobStarter starter)
    : m_catalog(catalog)
    , m_store(store)
    , m_tokens(tokens)
    , m_starter(std::move(starter))
{ }

DirectoryService::Reply DirectoryService::handle(const QString &endpoint, const QByteArray &body,
                                                 const QByteArray &authorization, qint64 nowMsecs)
{
    Reply reply;
    try {
        JsonValue params = ProtoJson::normalize(RequestGate::parseBody(body), requestMessage(endpoint));
        RequestGate::authorize(m_tokens, authorization, nowMsecs / 1000, allowedRoles(endpoint), params);
        if (endpoint == kWorkspaceList)
            reply.body = workspaceList(params);
        else if (endpoint == kTrustedAccountList)
            reply.body = trustedAccountList(params);
        else if (endpoint == kTrustedAccountSync)
            reply.body = sync(params);
        else
            reply.body = pluginList(params);
    } catch (const ApiError &e) {
        reply.status = e.httpStatus();
        reply.body = e.body();
    } catch (const std::exception &e) {
        const ApiError error = ApiError::identityUnknown(QString::fromUtf8(e.what()));
        reply.status = error.httpStatus();
        reply.body = error.body();
    }
    return reply;
}

JsonValue DirectoryService::workspaceList(JsonValue params) const
{
    ServiceDecorators::appendQueryFilter(params,
                                         { QStringLiteral("workspace_id"), QStringLiteral("name"),
                                           QStringLiteral("state"), QStringLiteral("domain_id") });
    ServiceDecorators::appendKeywordFilter(params, { QStringLiteral("workspace_id"), QStringLiteral("name") });
    ServiceDecorators::requireFields(params, { QStringLiteral("domain_id") });
    QVector<JsonValue> documents;
    for (const NameCatalog::Workspace &w : m_catalog.workspaces())
        documents << workspaceInfo(w, m_tokens.domainId());
    const DirectoryQuery query({ QStringLiteral("workspace_id"), QStringLiteral("name"), QStringLiteral("state"),
                                 QStringLiteral("tags"), QStringLiteral("domain_id"), QStringLiteral("created_at") },
                               QStringLiteral("workspace_id"));
    return query.run(documents, params.value(QStringLiteral("query")));
}

JsonValue DirectoryService::trustedAccountList(JsonValue params) const
{
    ServiceDecorators::appendWorkspaceWildcard(params);
    ServiceDecorators::appendQueryFilter(params,
                                         { QStringLiteral("trusted_account_id"), QStringLiteral("name"),
                                           QStringLiteral("provider"), QStringLiteral("secret_schema_id"),
                                           QStringLiteral("trusted_secret_id"), QStringLiteral("workspace_id"),
                                           QStringLiteral("domain_id") });
    ServiceDecorators::appendKeywordFilter(params, { QStringLiteral("trusted_account_id"), QStringLiteral("name") });
    ServiceDecorators::requireFields(params, { QStringLiteral("domain_id") });
    QVector<JsonValue> documents;
    for (const NameCatalog::TrustedAccount &a : m_catalog.trustedAccounts()) {
        if (!a.deleted)
            documents << trustedAccountInfo(a, m_tokens.domainId());
    }
    const DirectoryQuery query(
        { QStringLiteral("trusted_account_id"), QStringLiteral("name"), QStringLiteral("provider"),
          QStringLiteral("secret_schema_id"), QStringLiteral("trusted_secret_id"), QStringLiteral("schedule"),
          QStringLiteral("tags"), QStringLiteral("resource_group"), QStringLiteral("workspace_id"),
          QStringLiteral("domain_id"), QStringLiteral("created_at") },
        QStringLiteral("trusted_account_id"));
    return query.run(documents, params.value(QStringLiteral("query")));
}

JsonValue DirectoryService::pluginList(JsonValue params) const
{
    ServiceDecorators::appendQueryFilter(params,
                                         { QStringLiteral("plugin_id"), QStringLiteral("name"),
                                           QStringLiteral("service_type"), QStringLiteral("registry_type"),
                                           QStringLiteral("provider"), QStringLiteral("resource_type") });
    QVector<JsonValue> documents;
    for (const NameCatalog::Plugin &p : m_catalog.plugins())
        documents << pluginInfo(p);
    const DirectoryQuery query({ QStringLiteral("plugin_id"), QStringLiteral("name"), QStringLiteral("image"),
                                 QStringLiteral("registry_type"), QStringLiteral("service_type"),
                                 QStringLiteral("provider"), QStringLiteral("resource_type"), QStringLiteral("labels"),
                                 QStringLiteral("created_at") },
                               QStringLiteral("plugin_id"));
    return query.run(documents, params.value(QStringLiteral("query")));
}

JsonValue DirectoryService::sync(const JsonValue &params)
{
    ServiceDecorators::requireFields(params, { QStringLiteral("trusted_account_id"), QStringLiteral("domain_id") });
    // TrustedAccountManager.get_trusted_account(trusted_account_id, domain_id[, workspace_id])
    const JsonValue id = params.value(QStringLiteral("trusted_account_id"));
    const JsonValue domain = params.value(QStringLiteral("domain_id"));
    QList<JsonValue> keys{ JsonValue(QStringLiteral("trusted_account_id")), JsonValue(QStringLiteral("domain_id")) };
    QList<JsonValue> values{ id, domain };
    const JsonValue *workspace = params.find(QStringLiteral("workspace_id"));
    if (workspace) {
        keys << JsonValue(QStringLiteral("workspace_id"));
        values << *workspace;
    }
    const NameCatalog::TrustedAccount *account = m_catalog.trustedAccount(id.toString());
    const bool found = account && !account->deleted && domain.toString() == m_tokens.domainId()
        && (!workspace || workspace->toString() == account->workspaceId);
    if (!found)
        throw ApiError::notFound(RequestGate::tupleRepr(keys), RequestGate::tupleRepr(values));
    const QString jobId = m_starter ? m_starter(account->trustedAccountId) : QString();
    const auto job = jobId.isEmpty() ? std::nullopt : m_store.find(jobId);
    if (!job)
        throw ApiError::identityUnknown(QStringLiteral("the job of the sync could not be created"));
    return job->toJobInfo();
}

} // namespace sandbox
