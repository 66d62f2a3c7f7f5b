// SPDX-License-Identifier: MIT
#include "sandbox/directoryquery.h"

#include "sandbox/apierror.h"
#include "sandbox/listenvelope.h"

#include <QRegularExpression>

#include <algorithm>

namespace sandbox {

namespace {

QString cannotResolve(const QString &key)
{
    return QStringLiteral("Cannot resolve field \"%1\"").arg(key.section(u'.', 0, 0));
}

// Case-insensitive, as the real contain operators are (MongoDB $regex with the i option).
bool contains(const JsonValue &field, const JsonValue &value)
{
    return field.isString() && value.isString() && field.toString().contains(value.toString(), Qt::CaseInsensitive);
}

bool compare(const JsonValue &field, const JsonValue &value, const QString &op)
{
    if (!field.isString() || !value.isString())
        return false;
    const int c = field.toString().compare(value.toString());
    return op == u"lt" ? c < 0 : op == u"lte" ? c <= 0 : op == u"gt" ? c > 0 : c >= 0;
}

bool regexMatches(const JsonValue &field, const JsonValue &value)
{
    const QRegularExpression re(value.toString(), QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid())
        throw ApiError::dbQuery(QStringLiteral("Invalid regular expression. (value = %1)").arg(value.toString()));
    return field.isString() && re.match(field.toString()).hasMatch();
}

} // namespace

DirectoryQuery::DirectoryQuery(QStringList fields, QString idKey)
    : m_fields(std::move(fields))
    , m_idKey(std::move(idKey))
{ }

FilterCondition DirectoryQuery::readCondition(const JsonValue &condition) const
{
    const FilterCondition c = FilterCondition::read(condition);
    if (c.family == FilterCondition::Family::Match || c.family == FilterCondition::Family::Time)
        throw ApiError::dbQuery(QStringLiteral("The %1 operator is not supported by the sandbox.").arg(c.op));
    if (c.family != FilterCondition::Family::Regex && !m_fields.contains(c.key.section(u'.', 0, 0)))
        throw ApiError::dbQuery(cannotResolve(c.key));
    return c;
}

bool DirectoryQuery::matches(const JsonValue &document, const FilterCondition &condition) const
{
    const QString &op = condition.op;
    const JsonValue &value = condition.value;
    const JsonValue field = document.value(condition.key);
    const JsonValue::Array items = value.isArray() ? value.toArray() : JsonValue::Array{ value };
    const auto anyOf = [&items](auto test) { return std::any_of(items.begin(), items.end(), test); };
    if (op == u"eq" || op == u"in")
        return anyOf([&field](const JsonValue &v) { return field == v; });
    if (op == u"not" || op == u"not_in")
        return !anyOf([&field](const JsonValue &v) { return field == v; });
    if (op == u"contain" || op == u"contain_in")
        return anyOf([&field](const JsonValue &v) { return contains(field, v); });
    if (op == u"not_contain")
        return !contains(field, value);
    if (op == u"not_contain_in")
        return anyOf([&field](const JsonValue &v) { return !contains(field, v); });
    if (op == u"exists")
        return value.toBool() == m_fields.contains(condition.key);
    if (condition.family == FilterCondition::Family::Regex) {
        return m_fields.contains(condition.key)
            && anyOf([&field](const JsonValue &v) { return regexMatches(field, v); });
    }
    return compare(field, value, op);
}

bool DirectoryQuery::matchesAll(const JsonValue &document, const QVector<FilterCondition> &filter,
                                const QVector<FilterCondition> &filterOr) const
{
    for (const FilterCondition &c : filter) {
        if (!matches(document, c))
            return false;
    }
    return filterOr.isEmpty() || std::any_of(filterOr.begin(), filterOr.end(), [&](const FilterCondition &c) {
               return matches(document, c);
           });
}

QStringList DirectoryQuery::onlyKeys(const JsonValue &query) const
{
    QStringList only;
    for (const JsonValue &key : query.value(QStringLiteral("only")).toArray())
        only << key.toString();
    if (only.isEmpty())
        return only;
    const JsonValue::Array &sort = query.value(QStringLiteral("sort")).toArray();
    QStringList ordering;
    for (const JsonValue &s : sort)
        ordering << s.value(QStringLiteral("key")).toString();
    if (sort.empty())
        ordering << QStringLiteral("name");
    for (const QString &key : ordering) {
        if (!only.contains(key))
            only << key;
    }
    for (const QString &key : only) {
        if (!m_fields.contains(key.section(u'.', 0, 0)))
            throw ApiError::dbQuery(cannotResolve(key));
    }
    return only;
}

void DirectoryQuery::sort(QVector<JsonValue> &documents, const JsonValue &sort) const
{
    QList<QPair<QString, bool>> keys;
    for (const JsonValue &s : sort.toArray()) {
        const QString key = s.value(QStringLiteral("key")).toString();
        if (m_fields.contains(key))
            keys.append({ key, s.value(QStringLiteral("desc")).toBool() });
    }
    if (sort.toArray().empty())
        keys.append({ QStringLiteral("name"), false });
    keys.append({ m_idKey, false });
    std::stable_sort(documents.begin(), documents.end(), [&keys](const JsonValue &a, const JsonValue &b) {
        for (const auto &[key, desc] : keys) {
            const int c = a.value(key).toString().compare(b.value(key).toString());
            if (c != 0)
                return desc ? c > 0 : c < 0;
        }
        return false;
    });
}

JsonValue DirectoryQuery::run(const QVector<JsonValue> &documents, const JsonValue &query) const
{
    QVector<FilterCondition> filter, filterOr;
    for (const JsonValue &c : query.value(QStringLiteral("filter")).toArray())
        filter << readCondition(c);
    for (const JsonValue &c : query.value(QStringLiteral("filter_or")).toArray())
        filterOr << readCondition(c);
    const QStringList only = onlyKeys(query);
    QVector<JsonValue> rows;
    for (const JsonValue &doc : documents) {
        if (matchesAll(doc, filter, filterOr))
            rows.push_back(doc);
    }
    sort(rows, query.value(QStringLiteral("sort")));
    const qint64 total = rows.size();
    QVector<JsonValue> page;
    if (!query.value(QStringLiteral("count_only")).toBool()) {
        const ListEnvelope::Window window = ListEnvelope::window(query.value(QStringLiteral("page")));
        const qint64 end = window.limit > 0 ? std::min(total, window.offset + window.limit) : total;
        for (qint64 i = window.offset; i < end; ++i)
            page.push_back(rows.at(i));
    }
    return ListEnvelope::write(page, total, only);
}

} // namespace sandbox
