// SPDX-License-Identifier: MIT
#include "jobquery.h"

namespace {
QJsonArray filtersToJson(const QList<QueryFilter> &filters)
{
    QJsonArray array;
    for (const QueryFilter &f : filters)
        array.append(f.toJson());
    return array;
}

void putPage(QJsonObject &query, int start, int limit)
{
    if (start <= 0 && limit <= 0)
        return;
    QJsonObject page;
    if (start > 0)
        page.insert(QLatin1String("start"), start);
    if (limit > 0)
        page.insert(QLatin1String("limit"), limit);
    query.insert(QLatin1String("page"), page);
}
} // namespace

QJsonObject QueryFilter::toJson() const
{
    return { { QLatin1String("k"), key }, { QLatin1String("v"), value }, { QLatin1String("o"), op } };
}

QueryFilter QueryFilter::eq(const QString &key, const QString &value)
{
    return { key, QStringLiteral("eq"), value };
}

QueryFilter QueryFilter::anyOf(const QString &key, const QStringList &values)
{
    if (values.size() == 1)
        return eq(key, values.first());
    return { key, QStringLiteral("in"), QJsonArray::fromStringList(values) };
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

QJsonObject JobQuery::toJson() const
{
    QJsonObject q;
    if (!filter.isEmpty())
        q.insert(QLatin1String("filter"), filtersToJson(filter));
    if (!filterOr.isEmpty())
        q.insert(QLatin1String("filter_or"), filtersToJson(filterOr));
    if (!sort.isEmpty()) {
        QJsonArray keys;
        for (const SortKey &s : sort)
            keys.append(QJsonObject{ { QLatin1String("key"), s.key }, { QLatin1String("desc"), s.desc } });
        q.insert(QLatin1String("sort"), keys);
    }
    putPage(q, pageStart, pageLimit);
    if (minimal)
        q.insert(QLatin1String("minimal"), true);
    if (countOnly)
        q.insert(QLatin1String("count_only"), true);
    if (!only.isEmpty())
        q.insert(QLatin1String("only"), QJsonArray::fromStringList(only));
    if (!keyword.isEmpty())
        q.insert(QLatin1String("keyword"), keyword);
    return q;
}

JobQuery JobScope::query(const QList<QueryFilter> &narrower) const
{
    JobQuery q;
    q.filter = filter + narrower;
    q.filterOr = filterOr;
    return q;
}

QJsonObject JobListRequest::toJson() const
{
    QJsonObject body;
    const QJsonObject q = query.toJson();
    if (!q.isEmpty())
        body.insert(QLatin1String("query"), q);
    if (!jobId.isEmpty())
        body.insert(QLatin1String("job_id"), jobId);
    if (!workspaceId.isEmpty())
        body.insert(QLatin1String("workspace_id"), workspaceId);
    if (!trustedAccountId.isEmpty())
        body.insert(QLatin1String("trusted_account_id"), trustedAccountId);
    if (!pluginId.isEmpty())
        body.insert(QLatin1String("plugin_id"), pluginId);
    return body;
}

QJsonObject JobStatQuery::toJson() const
{
    QJsonObject q;
    if (!filter.isEmpty())
        q.insert(QLatin1String("filter"), filtersToJson(filter));
    if (!filterOr.isEmpty())
        q.insert(QLatin1String("filter_or"), filtersToJson(filterOr));
    if (!aggregate.isEmpty())
        q.insert(QLatin1String("aggregate"), aggregate);
    putPage(q, pageStart, pageLimit);
    if (!distinct.isEmpty())
        q.insert(QLatin1String("distinct"), distinct);
    if (!keyword.isEmpty())
        q.insert(QLatin1String("keyword"), keyword);
    // query is required by JobStatQueryRequest, so it is sent even when empty.
    return { { QLatin1String("query"), q } };
}

JobStatQuery JobStatQuery::countBy(const QStringList &keys, const QList<QueryFilter> &filter)
{
    QJsonArray groupKeys;
    for (const QString &k : keys)
        groupKeys.append(QJsonObject{ { QLatin1String("key"), k }, { QLatin1String("name"), k } });
    const QJsonObject group{ { QLatin1String("keys"), groupKeys },
                             { QLatin1String("fields"),
                               QJsonArray{ QJsonObject{ { QLatin1String("operator"), QStringLiteral("count") },
                                                        { QLatin1String("name"), QStringLiteral("count") } } } } };
    JobStatQuery q;
    q.filter = filter;
    q.aggregate = QJsonArray{ QJsonObject{ { QLatin1String("group"), group } },
                              QJsonObject{ { QLatin1String("sort"),
                                             QJsonArray{ QJsonObject{ { QLatin1String("key"), QStringLiteral("count") },
                                                                      { QLatin1String("desc"), true } } } } } };
    return q;
}

JobStatQuery JobStatQuery::distinctOf(const QString &field, const QList<QueryFilter> &filter)
{
    JobStatQuery q;
    q.filter = filter;
    q.distinct = field;
    return q;
}
