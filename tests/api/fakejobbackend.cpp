// SPDX-License-Identifier: MIT
#include "fakejobbackend.h"

#include "api/jobtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace {
FakeResponse notFound(const QString &jobId)
{
    return FakeResponse::json(404,
                              QStringLiteral(R"J({"detail":{"code":"ERROR_NOT_FOUND","message":" Resource cannot be )J"
                                             R"J(found or access is denied. (job_id = %1)"}})J")
                                  .arg(jobId)
                                  .toUtf8());
}

bool matchesFilter(const QJsonObject &job, const QJsonObject &f)
{
    const QString key = f.value(QLatin1String("k")).toString();
    const QString op = f.value(QLatin1String("o")).toString();
    const QJsonValue v = f.value(QLatin1String("v"));
    const QJsonValue actual = job.value(key);
    if (op == QLatin1String("eq"))
        return actual == v;
    if (op == QLatin1String("in"))
        return v.toArray().contains(actual);
    return true;
}
} // namespace

QJsonObject FakeJobBackend::makeJob(int index, const QString &status, const QString &workspace)
{
    qint64 created = 0;
    JobTime::parse(u"2024-06-18T10:00:00.000Z", &created);
    created -= qint64(index) * 60 * 1000;
    QJsonObject o{ { QStringLiteral("job_id"), QStringLiteral("job-%1").arg(index, 12, 10, QLatin1Char('0')) },
                   { QStringLiteral("status"), status },
                   { QStringLiteral("options"), QJsonObject() },
                   { QStringLiteral("resource_group"),
                     workspace == QLatin1String("*") ? QStringLiteral("DOMAIN") : QStringLiteral("WORKSPACE") },
                   { QStringLiteral("domain_id"), QStringLiteral("domain-58010aa2e451") },
                   { QStringLiteral("workspace_id"), workspace },
                   { QStringLiteral("trusted_account_id"),
                     QStringLiteral("ta-%1").arg(index % 3, 12, 10, QLatin1Char('0')) },
                   { QStringLiteral("plugin_id"), QStringLiteral("plugin-aws-cloud-service-inven-collector") },
                   { QStringLiteral("created_at"), JobTime::toWire(created) },
                   { QStringLiteral("updated_at"), JobTime::toWire(created + 500) } };
    if (status == QLatin1String("FAILURE"))
        o.insert(QStringLiteral("error_message"), QStringLiteral("Plugin \"aws\" failed, retry later"));
    if (status != QLatin1String("PENDING") && status != QLatin1String("IN_PROGRESS"))
        o.insert(QStringLiteral("finished_at"), JobTime::toWire(created + 15000));
    return o;
}

QList<QJsonObject> FakeJobBackend::makeJobs(int count)
{
    QList<QJsonObject> list;
    for (int i = 0; i < count; ++i)
        list.append(makeJob(i, i % 5 == 0 ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS")));
    return list;
}

FakeResponse FakeJobBackend::handle(const RecordedRequest &request)
{
    if (!requiredToken.isEmpty() && request.header("authorization") != "Bearer " + requiredToken.toUtf8())
        return FakeResponse::json(401,
                                  R"J({"detail":{"code":"ERROR_AUTHENTICATE_FAILURE","message":"Authenticate )J"
                                  R"J(failure. (message =  Token is invalid or expired.)"}})J");
    if (!request.path.startsWith("/identity/job/"))
        return FakeResponse::json(404, R"({"detail":"Not Found"})");
    const QJsonObject body = request.json();
    const QString verb = request.verb();
    if (verb == QLatin1String("list"))
        return list(body);
    if (verb == QLatin1String("stat"))
        return stat(body);
    if (verb == QLatin1String("get"))
        return get(body);
    if (verb == QLatin1String("delete"))
        return remove(body);
    return FakeResponse::json(404, R"({"detail":"Not Found"})");
}

QList<QJsonObject> FakeJobBackend::matching(const QJsonObject &body, const QJsonObject &query) const
{
    QList<QJsonObject> out;
    const QJsonArray filters = query.value(QLatin1String("filter")).toArray();
    for (const QJsonObject &job : jobs) {
        bool ok = true;
        for (const QJsonValue &f : filters)
            ok = ok && matchesFilter(job, f.toObject());
        for (const char *key : { "job_id", "workspace_id", "trusted_account_id", "plugin_id" }) {
            const QJsonValue v = body.value(QLatin1String(key));
            if (!v.isUndefined())
                ok = ok && job.value(QLatin1String(key)) == v;
        }
        if (ok)
            out.append(job);
    }
    return out;
}

FakeResponse FakeJobBackend::list(const QJsonObject &body)
{
    const QJsonObject query = body.value(QLatin1String("query")).toObject();
    const QList<QJsonObject> rows = matching(body, query);
    const QJsonObject page = query.value(QLatin1String("page")).toObject();
    const int start = qMax(1, page.value(QLatin1String("start")).toInt(1));
    const int limit = page.value(QLatin1String("limit")).toInt(0);
    QJsonArray results;
    for (qsizetype i = start - 1; i < rows.size() && (limit <= 0 || i < start - 1 + limit); ++i)
        results.append(rows.at(i));
    QJsonObject out;
    if (!results.isEmpty())
        out.insert(QStringLiteral("results"), results);
    if (!rows.isEmpty())
        out.insert(QStringLiteral("total_count"), rows.size());
    return FakeResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact), listDelayMs);
}

FakeResponse FakeJobBackend::stat(const QJsonObject &body)
{
    const QJsonObject query = body.value(QLatin1String("query")).toObject();
    const QList<QJsonObject> rows = matching(QJsonObject(), query);
    const QString distinct = query.value(QLatin1String("distinct")).toString();
    if (!distinct.isEmpty()) {
        QStringList values;
        for (const QJsonObject &job : rows) {
            const QString v = job.value(distinct).toString();
            if (!values.contains(v))
                values.append(v);
        }
        values.sort();
        return FakeResponse::json(
            200,
            QJsonDocument(QJsonObject{ { QStringLiteral("results"), QJsonArray::fromStringList(values) } })
                .toJson(QJsonDocument::Compact),
            statDelayMs);
    }
    const QJsonArray aggregate = query.value(QLatin1String("aggregate")).toArray();
    const QJsonArray keys
        = aggregate.at(0).toObject().value(QLatin1String("group")).toObject().value(QLatin1String("keys")).toArray();
    if (keys.isEmpty())
        return FakeResponse::json(400,
                                  R"J({"detail":{"code":"ERROR_REQUIRED_PARAMETER","message":" Required )J"
                                  R"J(parameter. (key = aggregate)"}})J");
    const QString key = keys.at(0).toObject().value(QLatin1String("key")).toString();
    const QString name = keys.at(0).toObject().value(QLatin1String("name")).toString();
    QMap<QString, int> counts;
    for (const QJsonObject &job : rows)
        ++counts[job.value(key).toString()];
    // Written by hand: QJsonDocument prints 42.0 as 42, the real gateway prints 42.0.
    QStringList items;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        items.append(QStringLiteral(R"({"%1":"%2","count":%3.0})").arg(name, it.key()).arg(it.value()));
    if (items.isEmpty())
        return FakeResponse::json(200, "{}", statDelayMs);
    return FakeResponse::json(200, QStringLiteral(R"({"results":[%1]})").arg(items.join(QLatin1Char(','))).toUtf8(),
                              statDelayMs);
}

FakeResponse FakeJobBackend::get(const QJsonObject &body)
{
    const QString id = body.value(QLatin1String("job_id")).toString();
    if (id.isEmpty())
        return FakeResponse::json(400,
                                  R"J({"detail":{"code":"ERROR_REQUIRED_PARAMETER","message":" Required )J"
                                  R"J(parameter. (key = job_id)"}})J");
    for (const QJsonObject &job : jobs) {
        if (job.value(QLatin1String("job_id")).toString() == id)
            return FakeResponse::json(200, QJsonDocument(job).toJson(QJsonDocument::Compact));
    }
    return notFound(id);
}

FakeResponse FakeJobBackend::remove(const QJsonObject &body)
{
    const QString id = body.value(QLatin1String("job_id")).toString();
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (jobs.at(i).value(QLatin1String("job_id")).toString() == id) {
            jobs.removeAt(i);
            return FakeResponse::json(200, "{}");
        }
    }
    return notFound(id);
}
