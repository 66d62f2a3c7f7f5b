// SPDX-License-Identifier: MIT
#include "joborder.h"

namespace {
const QString kJobId = QStringLiteral("job_id");

int compareTimes(qint64 a, qint64 b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// MongoDB and SQLite compare strings by their bytes; for everything short of characters outside
// the Basic Multilingual Plane that is the order of UTF-16 code units too.
int compareText(const QString &a, const QString &b)
{
    const int c = QString::compare(a, b, Qt::CaseSensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

QueryFilter filter(const QString &key, const char *op, const QJsonValue &value)
{
    return { key, QString::fromLatin1(op), value };
}
} // namespace

JobOrder::JobOrder(Field field, bool descending)
    : m_field(field)
    , m_descending(descending)
{ }

QString JobOrder::fieldName(Field field)
{
    switch (field) {
    case Field::CreatedAt:
        return QStringLiteral("created_at");
    case Field::UpdatedAt:
        return QStringLiteral("updated_at");
    case Field::FinishedAt:
        return QStringLiteral("finished_at");
    case Field::JobId:
        return kJobId;
    case Field::Status:
        return QStringLiteral("status");
    case Field::WorkspaceId:
        return QStringLiteral("workspace_id");
    case Field::TrustedAccountId:
        return QStringLiteral("trusted_account_id");
    case Field::PluginId:
        return QStringLiteral("plugin_id");
    case Field::ResourceGroup:
        return QStringLiteral("resource_group");
    case Field::ErrorMessage:
        return QStringLiteral("error_message");
    case Field::DomainId:
        return QStringLiteral("domain_id");
    }
    return {};
}

bool JobOrder::isNullable(Field field)
{
    return field == Field::FinishedAt || field == Field::ErrorMessage;
}

bool JobOrder::isTime() const
{
    return m_field == Field::CreatedAt || m_field == Field::UpdatedAt || m_field == Field::FinishedAt;
}

QList<SortKey> JobOrder::sortKeys() const
{
    if (m_field == Field::JobId)
        return { { kJobId, m_descending } };
    return { { fieldName(), m_descending }, { kJobId, m_descending } };
}

int JobOrder::compare(const Job &a, const Job &b) const
{
    int c = 0;
    switch (m_field) {
    case Field::CreatedAt:
        c = compareTimes(a.createdAtMs, b.createdAtMs);
        break;
    case Field::UpdatedAt:
        c = compareTimes(a.updatedAtMs, b.updatedAtMs);
        break;
    case Field::FinishedAt:
        c = compareTimes(a.finishedAtMs, b.finishedAtMs);
        break;
    case Field::JobId:
        break;
    case Field::Status:
        c = compareText(a.statusText(), b.statusText());
        break;
    case Field::WorkspaceId:
        c = compareText(a.workspaceId, b.workspaceId);
        break;
    case Field::TrustedAccountId:
        c = compareText(a.trustedAccountId, b.trustedAccountId);
        break;
    case Field::PluginId:
        c = compareText(a.pluginId, b.pluginId);
        break;
    case Field::ResourceGroup:
        c = compareText(a.resourceGroupText(), b.resourceGroupText());
        break;
    case Field::ErrorMessage:
        c = compareText(a.errorMessage, b.errorMessage);
        break;
    case Field::DomainId:
        c = compareText(a.domainId, b.domainId);
        break;
    }
    if (c == 0)
        c = compareText(a.jobId, b.jobId);
    return m_descending ? -c : c;
}

QJsonValue JobOrder::keyOf(const Job &job) const
{
    auto time = [](qint64 ms) { return ms == JobTime::kNone ? QJsonValue() : QJsonValue(JobTime::toWire(ms)); };
    // The gateway leaves empty strings out, so an empty value here is a null on the server.
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    switch (m_field) {
    case Field::CreatedAt:
        return time(job.createdAtMs);
    case Field::UpdatedAt:
        return time(job.updatedAtMs);
    case Field::FinishedAt:
        return time(job.finishedAtMs);
    case Field::JobId:
        return job.jobId;
    case Field::Status:
        return text(job.statusText());
    case Field::WorkspaceId:
        return text(job.workspaceId);
    case Field::TrustedAccountId:
        return text(job.trustedAccountId);
    case Field::PluginId:
        return text(job.pluginId);
    case Field::ResourceGroup:
        return text(job.resourceGroupText());
    case Field::ErrorMessage:
        return text(job.errorMessage);
    case Field::DomainId:
        return text(job.domainId);
    }
    return {};
}

QueryFilter JobOrder::compareKey(const char *op, const QJsonValue &value) const
{
    if (!isTime())
        return filter(fieldName(), op, value);
    return { fieldName(), QStringLiteral("datetime_") + QLatin1String(op), value };
}

QList<QueryFilter> JobOrder::sameKey(const QJsonValue &value) const
{
    if (value.isNull())
        return { filter(fieldName(), "eq", QJsonValue()) };
    // There is no datetime_eq: equality is the range of one instant.
    if (isTime())
        return { compareKey("gte", value), compareKey("lte", value) };
    return { filter(fieldName(), "eq", value) };
}

QueryFilter JobOrder::idFrom(const Job &edge, bool inclusive, bool before) const
{
    // "Before" in listing order: smaller ids ascending, larger ones descending.
    const bool smaller = before != m_descending;
    const char *op = smaller ? (inclusive ? "lte" : "lt") : (inclusive ? "gte" : "gt");
    return filter(kJobId, op, edge.jobId);
}

QList<QList<QueryFilter>> JobOrder::atOrBefore(const Job &edge) const
{
    if (m_field == Field::JobId)
        return { { idFrom(edge, true, true) } };
    const QJsonValue key = keyOf(edge);
    const bool nullable = isNullable(m_field);
    QList<QList<QueryFilter>> parts;
    if (!key.isNull()) {
        // A missing value is the smallest: first when ascending.
        if (nullable && !m_descending)
            parts.append({ filter(fieldName(), "eq", QJsonValue()) });
        parts.append({ compareKey(m_descending ? "gt" : "lt", key) });
    } else if (m_descending) {
        parts.append({ filter(fieldName(), "not", QJsonValue()) });
    }
    QList<QueryFilter> same = sameKey(key);
    same.append(idFrom(edge, true, true));
    parts.append(same);
    return parts;
}

QList<QList<QueryFilter>> JobOrder::after(const Job &edge) const
{
    if (m_field == Field::JobId)
        return { { idFrom(edge, false, false) } };
    const QJsonValue key = keyOf(edge);
    const bool nullable = isNullable(m_field);
    QList<QList<QueryFilter>> parts;
    QList<QueryFilter> same = sameKey(key);
    same.append(idFrom(edge, false, false));
    parts.append(same);
    if (!key.isNull()) {
        parts.append({ compareKey(m_descending ? "lt" : "gt", key) });
        // A missing value is the smallest: last when descending.
        if (nullable && m_descending)
            parts.append({ filter(fieldName(), "eq", QJsonValue()) });
    } else if (!m_descending) {
        parts.append({ filter(fieldName(), "not", QJsonValue()) });
    }
    return parts;
}
