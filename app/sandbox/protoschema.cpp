// SPDX-License-Identifier: MIT
#include "sandbox/protoschema.h"

#include "sandbox/jsonvalue.h"

#include <QStringList>

namespace sandbox::proto {

namespace {

QString corePackage()
{
    return QStringLiteral("spaceone.api.core.v2.");
}

QString identityPackage()
{
    return QStringLiteral("spaceone.api.identity.v2.");
}

void initMessage(MessageDesc &m, const QString &package, const char *name)
{
    m.name = QString::fromLatin1(name);
    m.fullName = package + m.name;
}

FieldDesc scalar(const char *name, int number, Kind kind, const char *oneof = nullptr)
{
    FieldDesc f;
    f.name = QString::fromLatin1(name);
    f.number = number;
    f.kind = kind;
    if (oneof)
        f.oneof = QString::fromLatin1(oneof);
    return f;
}

FieldDesc message(const char *name, int number, const MessageDesc *m, bool repeated = false,
                  const char *oneof = nullptr)
{
    FieldDesc f = scalar(name, number, Kind::Message, oneof);
    f.message = m;
    f.repeated = repeated;
    return f;
}

FieldDesc repeatedScalar(const char *name, int number, Kind kind)
{
    FieldDesc f = scalar(name, number, kind);
    f.repeated = true;
    return f;
}

FieldDesc enumField(const char *name, int number, const EnumDesc *e)
{
    FieldDesc f = scalar(name, number, Kind::Enum);
    f.enumDesc = e;
    return f;
}

} // namespace

QString FieldDesc::jsonName() const
{
    QString out;
    bool upper = false;
    for (const QChar c : name) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

const FieldDesc *MessageDesc::byJsonName(const QString &n) const
{
    for (const auto &f : fields) {
        if (f.jsonName() == n)
            return &f;
    }
    return nullptr;
}

const FieldDesc *MessageDesc::byName(const QString &n) const
{
    for (const auto &f : fields) {
        if (f.name == n)
            return &f;
    }
    return nullptr;
}

const FieldDesc *MessageDesc::byNumber(int number) const
{
    const FieldDesc *found = nullptr;
    for (const auto &f : fields) {
        if (f.number == number)
            found = &f;
    }
    return found;
}

QString MessageDesc::availableFields() const
{
    QStringList names;
    for (const auto &f : fields)
        names << JsonValue::pythonStringRepr(f.jsonName());
    return u'[' + names.join(QStringLiteral(", ")) + u']';
}

const Schema &Schema::instance()
{
    static const Schema s;
    return s;
}

Schema::Schema()
{
    initQuery();
    initAggregate();
    initJob();
    initDirectory();
}

void Schema::initQuery()
{
    initMessage(filter, corePackage(), "Filter");
    filter.fields
        = { scalar("key", 1, Kind::String, "key_alias"),           scalar("k", 2, Kind::String, "key_alias"),
            scalar("value", 3, Kind::Value, "value_alias"),        scalar("v", 4, Kind::Value, "value_alias"),
            scalar("operator", 5, Kind::String, "operator_alias"), scalar("o", 6, Kind::String, "operator_alias") };
    initMessage(sort, corePackage(), "Sort");
    sort.fields = { scalar("key", 1, Kind::String), scalar("desc", 2, Kind::Bool) };
    initMessage(page, corePackage(), "Page");
    page.fields = { scalar("start", 1, Kind::UInt32), scalar("limit", 2, Kind::UInt32) };
    initMessage(unwind, corePackage(), "Unwind");
    unwind.fields = { scalar("path", 1, Kind::String), message("filter", 2, &filter, true) };
    initMessage(query, corePackage(), "Query");
    query.fields = { message("filter", 1, &filter, true),     message("filter_or", 2, &filter, true),
                     message("sort", 3, &sort, true),         message("page", 4, &page),
                     scalar("minimal", 5, Kind::Bool),        scalar("count_only", 6, Kind::Bool),
                     repeatedScalar("only", 7, Kind::String), scalar("keyword", 8, Kind::String),
                     message("unwind", 9, &unwind),           scalar("lookup", 10, Kind::ListValue),
                     scalar("add_fields", 11, Kind::Struct) };
}

void Schema::initAggregate()
{
    initMessage(groupKey, corePackage(), "AggregateGroupKey");
    groupKey.fields = { scalar("key", 1, Kind::String, "key_alias"), scalar("k", 2, Kind::String, "key_alias"),
                        scalar("name", 3, Kind::String, "name_alias"), scalar("n", 4, Kind::String, "name_alias"),
                        scalar("date_format", 5, Kind::String) };
    initMessage(groupSubField, corePackage(), "AggregateGroupSubField");
    groupSubField.fields
        = { scalar("key", 1, Kind::String, "key_alias"), scalar("k", 2, Kind::String, "key_alias"),
            scalar("name", 3, Kind::String, "name_alias"), scalar("n", 4, Kind::String, "name_alias") };
    initMessage(subCondition, corePackage(), "AggregateSubCondition");
    subCondition.fields = filter.fields;
    initMessage(groupField, corePackage(), "AggregateGroupField");
    groupField.fields = { scalar("key", 1, Kind::String, "key_alias"),
                          scalar("k", 2, Kind::String, "key_alias"),
                          scalar("name", 3, Kind::String, "name_alias"),
                          scalar("n", 4, Kind::String, "name_alias"),
                          scalar("operator", 5, Kind::String, "operator_alias"),
                          scalar("o", 6, Kind::String, "operator_alias"),
                          message("fields", 7, &groupSubField, true),
                          message("conditions", 8, &subCondition, true) };
    initMessage(group, corePackage(), "AggregateGroup");
    group.fields = { message("keys", 1, &groupKey, true), message("fields", 2, &groupField, true) };
    initMessage(projectField, corePackage(), "AggregateProjectField");
    projectField.fields
        = { scalar("key", 1, Kind::String, "key_alias"),           scalar("k", 2, Kind::String, "key_alias"),
            scalar("name", 3, Kind::String, "name_alias"),         scalar("n", 4, Kind::String, "name_alias"),
            scalar("operator", 5, Kind::String, "operator_alias"), scalar("o", 6, Kind::String, "operator_alias") };
    initMessage(project, corePackage(), "AggregateProject");
    project.fields = { message("fields", 1, &projectField, true), scalar("exclude_keys", 2, Kind::Bool) };
    initMessage(count, corePackage(), "AggregateCount");
    count.fields = { scalar("name", 1, Kind::String) };
    initMessage(aggregate, corePackage(), "StatisticsAggregate");
    aggregate.fields = { message("unwind", 1, &unwind, false, "aggregate_alias"),
                         message("group", 2, &group, false, "aggregate_alias"),
                         message("count", 3, &count, false, "aggregate_alias"),
                         scalar("sort", 4, Kind::ListValue, "aggregate_alias"),
                         message("project", 5, &project, false, "aggregate_alias"),
                         scalar("limit", 6, Kind::Int32, "aggregate_alias"),
                         scalar("skip", 7, Kind::Int32, "aggregate_alias") };
    initMessage(statisticsQuery, corePackage(), "StatisticsQuery");
    statisticsQuery.fields = { message("filter", 1, &filter, true),       message("filter_or", 2, &filter, true),
                               message("aggregate", 3, &aggregate, true), message("page", 4, &page),
                               scalar("distinct", 5, Kind::String),       scalar("keyword", 6, Kind::String) };
}

void Schema::initJob()
{
    jobStatus.fullName = identityPackage() + QStringLiteral("JobsQuery.JobStatus");
    jobStatus.values
        = { { QStringLiteral("NONE"), 0 },    { QStringLiteral("PENDING"), 1 }, { QStringLiteral("IN_PROGRESS"), 2 },
            { QStringLiteral("FAILURE"), 3 }, { QStringLiteral("SUCCESS"), 4 }, { QStringLiteral("CANCELED"), 5 } };
    initMessage(jobRequest, identityPackage(), "JobRequest");
    jobRequest.fields = { scalar("job_id", 1, Kind::String) };
    initMessage(jobsQuery, identityPackage(), "JobsQuery");
    jobsQuery.fields = { message("query", 1, &query),
                         scalar("job_id", 2, Kind::String),
                         enumField("status", 3, &jobStatus),
                         scalar("workspace_id", 21, Kind::String),
                         scalar("trusted_account_id", 22, Kind::String),
                         scalar("plugin_id", 23, Kind::String) };
    initMessage(jobStatQuery, identityPackage(), "JobStatQuery");
    jobStatQuery.fields = { message("query", 1, &statisticsQuery) };
}

void Schema::initDirectory()
{
    // The directory messages the names of workspaces, trusted accounts and plugins come from.
    workspaceState.fullName = identityPackage() + QStringLiteral("WorkspaceSearchQuery.State");
    workspaceState.values
        = { { QStringLiteral("NONE"), 0 }, { QStringLiteral("ENABLED"), 1 }, { QStringLiteral("DISABLED"), 2 } };
    initMessage(workspaceSearchQuery, identityPackage(), "WorkspaceSearchQuery");
    workspaceSearchQuery.fields = { message("query", 1, &query), scalar("workspace_id", 2, Kind::String),
                                    scalar("name", 3, Kind::String), enumField("state", 4, &workspaceState) };
    initMessage(trustedAccountSearchQuery, identityPackage(), "TrustedAccountSearchQuery");
    trustedAccountSearchQuery.fields = { message("query", 1, &query),
                                         scalar("trusted_account_id", 2, Kind::String),
                                         scalar("name", 3, Kind::String),
                                         scalar("provider", 4, Kind::String),
                                         scalar("secret_schema_id", 5, Kind::String),
                                         scalar("trusted_secret_id", 6, Kind::String),
                                         scalar("workspace_id", 21, Kind::String) };
    initMessage(trustedAccountRequest, identityPackage(), "TrustedAccountRequest");
    trustedAccountRequest.fields = { scalar("trusted_account_id", 1, Kind::String) };
    initMessage(pluginQuery, QStringLiteral("spaceone.api.repository.v1."), "PluginQuery");
    pluginQuery.fields = { message("query", 1, &query),
                           scalar("plugin_id", 2, Kind::String),
                           scalar("name", 3, Kind::String),
                           scalar("service_type", 4, Kind::String),
                           scalar("registry_type", 5, Kind::String),
                           scalar("provider", 6, Kind::String),
                           scalar("resource_type", 7, Kind::String) };
}

} // namespace sandbox::proto
