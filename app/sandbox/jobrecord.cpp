// SPDX-License-Identifier: MIT
#include "sandbox/jobrecord.h"

#include "sandbox/protostruct.h"
#include "sandbox/timestamps.h"

namespace sandbox {

namespace {

const QStringList &statuses()
{
    static const QStringList s{ QStringLiteral("PENDING"), QStringLiteral("IN_PROGRESS"), QStringLiteral("FAILURE"),
                                QStringLiteral("SUCCESS"), QStringLiteral("CANCELED") };
    return s;
}

bool readString(const JsonValue &info, const char *key, std::optional<QString> *out, QString *error)
{
    const QString k = QString::fromLatin1(key);
    const JsonValue *v = info.find(k);
    if (!v || v->isNull()) {
        *out = std::nullopt;
        return true;
    }
    if (!v->isString()) {
        *error = QStringLiteral("%1 must be a string").arg(k);
        return false;
    }
    *out = v->toString();
    return true;
}

bool readTime(const JsonValue &info, const char *key, std::optional<QString> *out, QString *error)
{
    std::optional<QString> raw;
    if (!readString(info, key, &raw, error))
        return false;
    if (!raw || raw->isEmpty()) {
        *out = std::nullopt;
        return true;
    }
    const auto ms = Timestamps::parseIso8601(*raw);
    if (!ms) {
        *error = QStringLiteral("%1 is not an ISO 8601 timestamp: %2").arg(QString::fromLatin1(key), *raw);
        return false;
    }
    *out = Timestamps::format(*ms);
    return true;
}

JsonValue timeValue(const std::optional<QString> &iso)
{
    if (!iso)
        return JsonValue();
    const auto ms = Timestamps::parseIso8601(*iso);
    return ms ? JsonValue::dateTime(*ms) : JsonValue();
}

} // namespace

bool JobRecord::fromJobInfo(const JsonValue &info, JobRecord *out, QString *error, bool anyStatus)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!info.isObject()) {
        *error = QStringLiteral("a job must be a JSON object");
        return false;
    }
    JobRecord r;
    std::optional<QString> s;
    if (!readString(info, "job_id", &s, error))
        return false;
    if (!s || s->isEmpty()) {
        *error = QStringLiteral("job_id is required");
        return false;
    }
    r.jobId = *s;
    if (!readString(info, "status", &s, error))
        return false;
    r.status = s.value_or(QStringLiteral("PENDING"));
    if (!anyStatus && !statuses().contains(r.status)) {
        *error = QStringLiteral("unknown status %1").arg(r.status);
        return false;
    }
    const JsonValue *options = info.find(QStringLiteral("options"));
    if (!options || options->isNull())
        r.options = std::nullopt;
    else if (options->isObject())
        r.options = *options;
    else {
        *error = QStringLiteral("options must be an object");
        return false;
    }
    if (!readString(info, "resource_group", &s, error))
        return false;
    r.resourceGroup = s.value_or(QString());
    if (!readString(info, "error_message", &r.errorMessage, error))
        return false;
    if (!readString(info, "domain_id", &s, error))
        return false;
    r.domainId = s.value_or(QString());
    if (!readString(info, "workspace_id", &s, error))
        return false;
    r.workspaceId = s.value_or(QString());
    if (!readString(info, "trusted_account_id", &s, error))
        return false;
    r.trustedAccountId = s.value_or(QString());
    if (!readString(info, "plugin_id", &r.pluginId, error))
        return false;
    std::optional<QString> created, updated;
    if (!readTime(info, "created_at", &created, error) || !readTime(info, "updated_at", &updated, error)
        || !readTime(info, "finished_at", &r.finishedAt, error))
        return false;
    r.createdAt = created.value_or(Timestamps::format(Timestamps::nowMsecs()));
    r.updatedAt = updated.value_or(r.createdAt);
    *out = std::move(r);
    return true;
}

JsonValue JobRecord::toJobInfo() const
{
    JsonValue o = JsonValue::object();
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(key), value);
    };
    put("job_id", jobId);
    put("status", status);
    if (options)
        o.insert(QStringLiteral("options"), ProtoStruct::roundTrip(*options, QStringLiteral("options")));
    put("resource_group", resourceGroup);
    put("error_message", errorMessage.value_or(QString()));
    put("domain_id", domainId);
    put("workspace_id", workspaceId);
    put("trusted_account_id", trustedAccountId);
    put("plugin_id", pluginId.value_or(QString()));
    put("created_at", createdAt);
    put("updated_at", updatedAt);
    put("finished_at", finishedAt.value_or(QString()));
    return o;
}

JsonValue JobRecord::toDocument() const
{
    auto str = [](const std::optional<QString> &v) { return v ? JsonValue(*v) : JsonValue(); };
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("job_id"), jobId);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("options"), options ? *options : JsonValue());
    o.insert(QStringLiteral("error_message"), str(errorMessage));
    o.insert(QStringLiteral("resource_group"), resourceGroup);
    o.insert(QStringLiteral("trusted_account_id"), trustedAccountId);
    o.insert(QStringLiteral("plugin_id"), str(pluginId));
    o.insert(QStringLiteral("workspace_id"), workspaceId);
    o.insert(QStringLiteral("domain_id"), domainId);
    o.insert(QStringLiteral("created_at"), timeValue(createdAt));
    o.insert(QStringLiteral("updated_at"), timeValue(updatedAt));
    o.insert(QStringLiteral("finished_at"), timeValue(finishedAt));
    return o;
}

} // namespace sandbox
