// SPDX-License-Identifier: MIT
#include "sandbox/jobservice.h"

#include "sandbox/apierror.h"
#include "sandbox/jobstore.h"
#include "sandbox/listenvelope.h"
#include "sandbox/protojson.h"
#include "sandbox/protostruct.h"
#include "sandbox/querycompiler.h"
#include "sandbox/requestgate.h"
#include "sandbox/servicedecorators.h"
#include "sandbox/statengine.h"
#include "sandbox/tokenauthority.h"

#include <QStringList>

namespace sandbox {

namespace {

const QStringList &minimalFields()
{
    static const QStringList fields{ QStringLiteral("job_id"),     QStringLiteral("trusted_account_id"),
                                     QStringLiteral("status"),     QStringLiteral("resource_group"),
                                     QStringLiteral("created_at"), QStringLiteral("finished_at") };
    return fields;
}

// MongoModel._stat_with_pipeline, which the sandbox does not run: its checks, then a refusal.
void rejectPipeline(const JsonValue &query)
{
    const JsonValue unwind = query.value(QStringLiteral("unwind"));
    const JsonValue lookup = query.value(QStringLiteral("lookup"));
    const JsonValue addFields = query.value(QStringLiteral("add_fields"));
    if (unwind.size() > 0 || lookup.size() > 0 || addFields.size() > 0) {
        if (unwind.size() > 0) {
            if (!query.contains(QStringLiteral("only")))
                throw ApiError::dbQuery(QStringLiteral("unwind option requires only option."));
            if (!unwind.contains(QStringLiteral("path")))
                throw ApiError::dbQuery(QStringLiteral("unwind option should have path key."));
        }
        throw ApiError::dbQuery(QStringLiteral("lookup, unwind and add_fields are not supported by the sandbox."));
    }
}

// vos.only(*only): the ordering keys are added; every key must be a field of the model. minimal
// adds the minimal fields.
QStringList onlyKeys(const JsonValue &query)
{
    const JsonValue sort = query.value(QStringLiteral("sort"));
    QStringList only;
    for (const JsonValue &key : query.value(QStringLiteral("only")).toArray())
        only << key.toString();
    if (!only.isEmpty()) {
        QStringList ordering;
        if (!sort.toArray().empty()) {
            for (const JsonValue &s : sort.toArray())
                ordering << s.value(QStringLiteral("key")).toString();
            ordering << QStringLiteral("id");
        } else {
            ordering << QStringLiteral("created_at");
        }
        for (const QString &key : ordering) {
            if (!only.contains(key))
                only << key;
        }
        for (const QString &key : only) {
            QString lookupError;
            if (!QueryCompiler::resolveColumn(key, &lookupError))
                throw ApiError::dbQuery(lookupError);
        }
    }
    const bool minimal = query.value(QStringLiteral("minimal")).toBool();
    if (minimal) {
        if (only.isEmpty())
            only = minimalFields();
        else
            for (const QString &f : minimalFields())
                if (!only.contains(f))
                    only << f;
    }
    return only;
}

// MongoModel.get(job_id=..., domain_id=..., workspace_id=...) for the Job service.
JobRecord getJob(JobStore &store, const JsonValue &params)
{
    QList<JsonValue> keys{ JsonValue(QStringLiteral("job_id")), JsonValue(QStringLiteral("domain_id")) };
    QList<JsonValue> values{ params.value(QStringLiteral("job_id")), params.value(QStringLiteral("domain_id")) };
    const JsonValue workspace = params.value(QStringLiteral("workspace_id"));
    const bool hasWorkspace = workspace.isArray() ? !workspace.toArray().empty()
                                                  : (workspace.isString() && !workspace.toString().isEmpty());
    if (hasWorkspace) {
        keys << JsonValue(QStringLiteral("workspace_id"));
        values << workspace;
    }
    const auto job = store.find(params.value(QStringLiteral("job_id")).toString());
    bool match = job.has_value() && job->domainId == params.value(QStringLiteral("domain_id")).toString();
    if (match && hasWorkspace) {
        if (workspace.isArray()) {
            bool any = false;
            for (const JsonValue &w : workspace.toArray())
                any = any || (w.isString() && w.toString() == job->workspaceId);
            match = any;
        } else {
            match = workspace.toString() == job->workspaceId;
        }
    }
    if (!match)
        throw ApiError::notFound(RequestGate::tupleRepr(keys), RequestGate::tupleRepr(values));
    return *job;
}

} // namespace

JobService::JobService(JobStore &store, const TokenAuthority &tokens)
    : m_store(store)
    , m_listings(store)
    , m_tokens(tokens)
{ }

JobService::Reply JobService::handle(const QString &verb, const QByteArray &body, const QByteArray &authorization,
                                     qint64 nowMsecs)
{
    Reply reply;
    try {
        // --- console-api-v2, then identity's handlers ------------------------------------------
        JsonValue params = RequestGate::parseBody(body);
        ProtoJson::Request message = ProtoJson::Request::JobRequest;
        if (verb == u"list")
            message = ProtoJson::Request::JobsQuery;
        else if (verb == u"stat")
            message = ProtoJson::Request::JobStatQuery;
        params = ProtoJson::normalize(params, message);
        const QStringList allowed = verb == u"delete"
            ? QStringList{ QStringLiteral("DOMAIN_ADMIN"), QStringLiteral("WORKSPACE_OWNER") }
            : QStringList{ QStringLiteral("DOMAIN_ADMIN"), QStringLiteral("WORKSPACE_OWNER"),
                           QStringLiteral("WORKSPACE_MEMBER") };
        RequestGate::authorize(m_tokens, authorization, nowMsecs / 1000, allowed, params);

        // --- the Job service -------------------------------------------------------------------
        if (verb == u"list") {
            reply.body = list(params, nowMsecs);
        } else if (verb == u"get") {
            reply.body = get(params);
        } else if (verb == u"delete") {
            reply.deletedJobId = remove(params);
            reply.body = JsonValue::object();
        } else {
            reply.body = stat(params, nowMsecs);
        }
        reply.status = 200;
    } catch (const ApiError &e) {
        reply.status = e.httpStatus();
        reply.body = e.body();
        reply.deletedJobId.clear();
    } catch (const std::exception &e) {
        const ApiError error = ApiError::identityUnknown(QString::fromUtf8(e.what()));
        reply.status = error.httpStatus();
        reply.body = error.body();
        reply.deletedJobId.clear();
    }
    return reply;
}

JsonValue JobService::list(JsonValue params, qint64 nowMsecs)
{
    ServiceDecorators::appendWorkspaceWildcard(params);
    ServiceDecorators::appendQueryFilter(params,
                                         { QStringLiteral("job_id"), QStringLiteral("status"),
                                           QStringLiteral("trusted_account_id"), QStringLiteral("plugin_id"),
                                           QStringLiteral("workspace_id"), QStringLiteral("domain_id") });
    ServiceDecorators::appendKeywordFilter(params, { QStringLiteral("job_id"), QStringLiteral("status") });
    ServiceDecorators::requireFields(params, { QStringLiteral("domain_id") });

    const JsonValue query = params.value(QStringLiteral("query"));
    rejectPipeline(query);

    QueryCompiler compiler;
    compiler.setNow(nowMsecs);
    compiler.compileFilter(query.value(QStringLiteral("filter")), query.value(QStringLiteral("filter_or")));
    const JsonValue sort = query.value(QStringLiteral("sort"));
    const QList<QueryCompiler::OrderTerm> order = QueryCompiler::orderTerms(sort);

    const QStringList only = onlyKeys(query);
    if (compiler.deferredError())
        throw ApiError::dbQuery(*compiler.deferredError());

    // A full listing pages through the same query: its total and its place are remembered
    // until the store changes, so n rows cost O(n log n) overall and not O(n^2 / page).
    const bool cacheable = !compiler.usesClock();
    const qint64 total = m_listings.count(compiler.whereSql(), compiler.binds(), cacheable);
    QVector<JsonValue> rows;
    if (!query.value(QStringLiteral("count_only")).toBool()) {
        const ListEnvelope::Window window = ListEnvelope::window(query.value(QStringLiteral("page")));
        const QVector<JobRecord> jobs
            = m_listings.page(compiler.whereSql(), compiler.binds(), order, window.limit, window.offset, cacheable);
        for (const JobRecord &job : jobs)
            rows.push_back(job.toJobInfo());
    }
    // JobsInfo through MessageToDict. The Job model's `status` defaults to PENDING, and a
    // document loaded without it still has that default, so a projection that leaves status
    // out reads PENDING on every row, as the real service answers.
    JsonValue defaults = JsonValue::object();
    defaults.insert(QStringLiteral("status"), JsonValue(QStringLiteral("PENDING")));
    return ListEnvelope::write(rows, total, only, defaults);
}

JsonValue JobService::get(JsonValue params)
{
    ServiceDecorators::appendWorkspaceWildcard(params);
    ServiceDecorators::requireFields(params, { QStringLiteral("job_id"), QStringLiteral("domain_id") });
    return getJob(m_store, params).toJobInfo();
}

QString JobService::remove(JsonValue params)
{
    ServiceDecorators::requireFields(params, { QStringLiteral("job_id"), QStringLiteral("domain_id") });
    const JobRecord job = getJob(m_store, params);
    m_store.remove(job.jobId);
    return job.jobId;
}

JsonValue JobService::stat(JsonValue params, qint64 nowMsecs)
{
    ServiceDecorators::appendQueryFilter(params, { QStringLiteral("workspace_id"), QStringLiteral("domain_id") });
    ServiceDecorators::appendKeywordFilter(params, { QStringLiteral("job_id") });
    ServiceDecorators::requireFields(params, { QStringLiteral("query"), QStringLiteral("domain_id") });
    StatEngine engine(m_store);
    const JsonValue result = engine.stat(params.value(QStringLiteral("query")), nowMsecs);
    // ParseDict(response, Struct()) in identity, then MessageToDict in the gateway.
    return ProtoStruct::roundTrip(result);
}

} // namespace sandbox
