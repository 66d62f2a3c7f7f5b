// SPDX-License-Identifier: MIT
#include "jobquery.h"

#include "jsonwriter.h"

#include <QJsonDocument>

namespace {
void writeFilters(JsonWriter &json, QLatin1StringView name, const QList<QueryFilter> &filters)
{
    if (filters.isEmpty())
        return;
    json.key(name);
    json.beginArray();
    for (const QueryFilter &f : filters)
        f.write(json);
    json.endArray();
}

void writePage(JsonWriter &json, int start, int limit)
{
    if (start <= 0 && limit <= 0)
        return;
    json.key(QLatin1StringView("page"));
    json.beginObject();
    if (limit > 0) {
        json.key(QLatin1StringView("limit"));
        json.number(limit);
    }
    if (start > 0) {
        json.key(QLatin1StringView("start"));
        json.number(start);
    }
    json.endObject();
}

QJsonObject asObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}
} // namespace

QJsonValue QueryFilter::jsonValue() const
{
    return values.isEmpty() ? value : QJsonValue(QJsonArray::fromStringList(values));
}

void QueryFilter::write(JsonWriter &json) const
{
    json.beginObject();
    json.key(QLatin1StringView("k"));
    json.string(key);
    json.key(QLatin1StringView("o"));
    json.string(op);
    json.key(QLatin1StringView("v"));
    if (values.isEmpty())
        json.value(value);
    else
        json.strings(values);
    json.endObject();
}

QJsonObject QueryFilter::toJson() const
{
    JsonWriter json;
    write(json);
    return asObject(json.take());
}

QueryFilter QueryFilter::eq(const QString &key, const QString &value)
{
    return { key, QStringLiteral("eq"), value, {} };
}

QueryFilter QueryFilter::anyOf(const QString &key, const QStringList &values)
{
    if (values.size() == 1)
        return eq(key, values.first());
    if (values.isEmpty())
        return { key, QStringLiteral("in"), QJsonArray(), {} };
    return { key, QStringLiteral("in"), QJsonValue(), values };
}

QueryFilter QueryFilter::statusIn(const QList<JobStatus> &statuses)
{
    QStringList names;
    for (JobStatus s : statuses) {
        const QString name = JobStatuses::toWire(s);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return anyOf(QStringLiteral("status"), names);
}

bool JobQuery::isEmpty() const
{
    return filter.isEmpty() && filterOr.isEmpty() && sort.isEmpty() && pageStart <= 0 && pageLimit <= 0 && !minimal
        && !countOnly && only.isEmpty() && keyword.isEmpty();
}

void JobQuery::write(JsonWriter &json) const
{
    json.beginObject();
    if (countOnly) {
        json.key(QLatin1StringView("count_only"));
        json.boolean(true);
    }
    writeFilters(json, QLatin1StringView("filter"), filter);
    writeFilters(json, QLatin1StringView("filter_or"), filterOr);
    if (!keyword.isEmpty()) {
        json.key(QLatin1StringView("keyword"));
        json.string(keyword);
    }
    if (minimal) {
        json.key(QLatin1StringView("minimal"));
        json.boolean(true);
    }
    if (!only.isEmpty()) {
        json.key(QLatin1StringView("only"));
        json.strings(only);
    }
    writePage(json, pageStart, pageLimit);
    if (!sort.isEmpty()) {
        json.key(QLatin1StringView("sort"));
        json.beginArray();
        for (const SortKey &s : sort) {
            json.beginObject();
            json.key(QLatin1StringView("desc"));
            json.boolean(s.desc);
            json.key(QLatin1StringView("key"));
            json.string(s.key);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
}

QJsonObject JobQuery::toJson() const
{
    JsonWriter json;
    write(json);
    return asObject(json.take());
}

JobQuery JobScope::query(const QList<QueryFilter> &narrower) const
{
    JobQuery q;
    q.filter = filter + narrower;
    q.filterOr = filterOr;
    return q;
}

QByteArray JobListRequest::toBytes() const
{
    JsonWriter json;
    json.beginObject();
    const auto field = [&json](QLatin1StringView name, const QString &value) {
        if (value.isEmpty())
            return;
        json.key(name);
        json.string(value);
    };
    field(QLatin1StringView("job_id"), jobId);
    field(QLatin1StringView("plugin_id"), pluginId);
    if (!query.isEmpty()) {
        json.key(QLatin1StringView("query"));
        query.write(json);
    }
    field(QLatin1StringView("trusted_account_id"), trustedAccountId);
    field(QLatin1StringView("workspace_id"), workspaceId);
    json.endObject();
    return json.take();
}

QJsonObject JobListRequest::toJson() const
{
    return asObject(toBytes());
}

QByteArray JobStatQuery::toBytes() const
{
    JsonWriter json;
    json.beginObject();
    // query is required by JobStatQueryRequest, so it is sent even when empty.
    json.key(QLatin1StringView("query"));
    json.beginObject();
    if (!groupCountKeys.isEmpty()) {
        json.key(QLatin1StringView("aggregate"));
        json.beginArray();
        json.beginObject();
        json.key(QLatin1StringView("group"));
        json.beginObject();
        json.key(QLatin1StringView("fields"));
        json.beginArray();
        json.beginObject();
        json.key(QLatin1StringView("name"));
        json.string(u"count");
        json.key(QLatin1StringView("operator"));
        json.string(u"count");
        json.endObject();
        json.endArray();
        json.key(QLatin1StringView("keys"));
        json.beginArray();
        for (const QString &k : groupCountKeys) {
            json.beginObject();
            json.key(QLatin1StringView("key"));
            json.string(k);
            json.key(QLatin1StringView("name"));
            json.string(k);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.endObject();
        json.beginObject();
        json.key(QLatin1StringView("sort"));
        json.beginArray();
        json.beginObject();
        json.key(QLatin1StringView("desc"));
        json.boolean(true);
        json.key(QLatin1StringView("key"));
        json.string(u"count");
        json.endObject();
        json.endArray();
        json.endObject();
        json.endArray();
    }
    if (!distinct.isEmpty()) {
        json.key(QLatin1StringView("distinct"));
        json.string(distinct);
    }
    writeFilters(json, QLatin1StringView("filter"), filter);
    writeFilters(json, QLatin1StringView("filter_or"), filterOr);
    if (!keyword.isEmpty()) {
        json.key(QLatin1StringView("keyword"));
        json.string(keyword);
    }
    writePage(json, pageStart, pageLimit);
    json.endObject();
    json.endObject();
    return json.take();
}

QJsonObject JobStatQuery::toJson() const
{
    return asObject(toBytes());
}

JobStatQuery JobStatQuery::countBy(const QStringList &keys, const QList<QueryFilter> &filter)
{
    JobStatQuery q;
    q.filter = filter;
    q.groupCountKeys = keys;
    return q;
}

JobStatQuery JobStatQuery::distinctOf(const QString &field, const QList<QueryFilter> &filter)
{
    JobStatQuery q;
    q.filter = filter;
    q.distinct = field;
    return q;
}
