// SPDX-License-Identifier: MIT
#include "sandbox/servicedecorators.h"

#include "sandbox/apierror.h"

namespace sandbox {

namespace {

JsonValue filterCondition(const QString &key, const JsonValue &value, const QString &op)
{
    JsonValue c = JsonValue::object();
    c.insert(QStringLiteral("k"), key);
    c.insert(QStringLiteral("v"), value);
    c.insert(QStringLiteral("o"), op);
    return c;
}

} // namespace

void ServiceDecorators::appendWorkspaceWildcard(JsonValue &params)
{
    JsonValue *ws = params.find(QStringLiteral("workspace_id"));
    if (!ws)
        return;
    if (ws->isArray())
        ws->append(JsonValue(QStringLiteral("*")));
    else
        *ws = JsonValue(JsonValue::Array{ *ws, JsonValue(QStringLiteral("*")) });
}

void ServiceDecorators::appendQueryFilter(JsonValue &params, const QStringList &keys)
{
    JsonValue query
        = params.contains(QStringLiteral("query")) ? params.value(QStringLiteral("query")) : JsonValue::object();
    JsonValue filter
        = query.contains(QStringLiteral("filter")) ? query.value(QStringLiteral("filter")) : JsonValue::array();
    for (const QString &key : keys) {
        if (const JsonValue *v = params.find(key))
            filter.append(filterCondition(key, *v, v->isArray() ? QStringLiteral("in") : QStringLiteral("eq")));
    }
    query.insert(QStringLiteral("filter"), filter);
    params.insert(QStringLiteral("query"), query);
}

void ServiceDecorators::appendKeywordFilter(JsonValue &params, const QStringList &keys)
{
    JsonValue query
        = params.contains(QStringLiteral("query")) ? params.value(QStringLiteral("query")) : JsonValue::object();
    if (!query.contains(QStringLiteral("keyword")))
        return;
    JsonValue filterOr
        = query.contains(QStringLiteral("filter_or")) ? query.value(QStringLiteral("filter_or")) : JsonValue::array();
    const QString keyword = query.value(QStringLiteral("keyword")).toString().trimmed();
    if (!keyword.isEmpty()) {
        JsonValue words = JsonValue::array();
        for (const QString &word : keyword.split(u' ', Qt::SkipEmptyParts))
            words.append(word);
        for (const QString &key : keys)
            filterOr.append(filterCondition(key, words, QStringLiteral("contain_in")));
    }
    query.insert(QStringLiteral("filter_or"), filterOr);
    query.remove(QStringLiteral("keyword"));
    params.insert(QStringLiteral("query"), query);
}

void ServiceDecorators::requireFields(const JsonValue &params, const QStringList &required)
{
    for (const QString &key : required) {
        const JsonValue *v = params.find(key);
        if (!v || v->isNull())
            throw ApiError::requiredParameter(key);
    }
}

} // namespace sandbox
