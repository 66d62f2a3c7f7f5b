// SPDX-License-Identifier: MIT
#include "sandbox/directoryquery.h"

#include "sandbox/apierror.h"
#include "sandbox/querycompiler.h"

#include <QRegularExpression>

#include <algorithm>

namespace sandbox {

namespace {

JsonValue pick(const JsonValue &condition, const char *longName, const char *shortName)
{
    if (const JsonValue *v = condition.find(QString::fromLatin1(longName)))
        return *v;
    return condition.value(QString::fromLatin1(shortName));
}

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

void DirectoryQuery::checkCondition(const JsonValue &condition) const
{
    const JsonValue value = pick(condition, "value", "v");
    const JsonValue opValue = pick(condition, "operator", "o");
    const QString op = opValue.isString() ? opValue.toString() : QString();
    if (!opValue.isString() || !QueryCompiler::operators().contains(op)) {
        QStringList quoted;
        for (const QString &name : QueryCompiler::operators())
            quoted << JsonValue::pythonStringRepr(name);
        throw ApiError::dbQuery(QStringLiteral("Filter operator is not supported. (operator = dict_keys([%1]))")
                                    .arg(quoted.join(QStringLiteral(", "))));
    }
    if (QueryCompiler::takesList(op)) {
        if (!value.isArray())
            throw ApiError::operatorListValueType(op, condition);
    } else if (value.isArray()) {
        throw ApiError::operatorValueType(op, condition);
    }
    const JsonValue key = pick(condition, "key", "k");
    if (!key.isString() || key.toString().isEmpty())
        throw ApiError::dbQuery(QStringLiteral("Filter condition should have key, value and operator."));
    if (op == u"exists" && !value.isBool())
        throw ApiError::operatorBooleanType(op, condition);
    if ((op == u"contain_in" || op == u"not_contain_in" || op == u"regex_in") && value.toArray().empty()) {
        // functools.reduce over an empty map, outside any try: a bare Python TypeError.
        throw ApiError::identityUnknown(QStringLiteral("reduce() of empty sequence with no initial value"));
    }
    static const QStringList supported{ QStringLiteral("lt"),
                                        QStringLiteral("lte"),
                                        QStringLiteral("gt"),
                                        QStringLiteral("gte"),
                                        QStringLiteral("eq"),
                                        QStringLiteral("not"),
                                        QStringLiteral("exists"),
                                        QStringLiteral("contain"),
                                        QStringLiteral("not_contain"),
                                        QStringLiteral("in"),
                                        QStringLiteral("not_in"),
                                        QStringLiteral("contain_in"),
                                        QStringLiteral("not_contain_in"),
                                        QStringLiteral("regex") };
    if (!supported.contains(op))
        throw ApiError::dbQuery(QStringLiteral("The %1 operator is not supported by the sandbox.").arg(op));
    if (op != u"regex" && !m_fields.contains(key.toString().section(u'.', 0, 0)))
        throw ApiError::dbQuery(cannotResolve(key.toString()));
}

bool DirectoryQuery::matches(const JsonValue &document, const JsonValue &condition) const
{
    const QString key = pick(condition, "key", "k").toString();
    const JsonValue value = pick(condition, "value", "v");
    const QString op = pick(condition, "operator", "o").toString();
    const JsonValue field = document.value(key);
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
        return value.toBool() == m_fields.contains(key);
    if (op == u"regex")
        return m_fields.contains(key) && regexMatches(field, value);
    return compare(field, value, op);
}

bool DirectoryQuery::matchesAll(const JsonValue &document, const JsonValue &filter, const JsonValue &filterOr) const
{
    for (const JsonValue &c : filter.toArray()) {
        if (!matches(document, c))
            return false;
    }
    const JsonValue::Array &any = filterOr.toArray();
    return any.empty() || std::any_of(any.begin(), any.end(), [&](const JsonValue &c) { return matches(document, c); });
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
    const JsonValue filter = query.value(QStringLiteral("filter"));
    const JsonValue filterOr = query.value(QStringLiteral("filter_or"));
    for (const JsonValue &c : filter.toArray())
        checkCondition(c);
    for (const JsonValue &c : filterOr.toArray())
        checkCondition(c);
    const QStringList only = onlyKeys(query);
    QVector<JsonValue> rows;
    for (const JsonValue &doc : documents) {
        if (matchesAll(doc, filter, filterOr))
            rows.push_back(doc);
    }
    sort(rows, query.value(QStringLiteral("sort")));
    const qint64 total = rows.size();
    JsonValue results = JsonValue::array();
    if (!query.value(QStringLiteral("count_only")).toBool()) {
        const JsonValue page = query.value(QStringLiteral("page"));
        const qint64 limit = page.value(QStringLiteral("limit")).toInt();
        const qint64 start = std::max<qint64>(
            1, page.contains(QStringLiteral("start")) ? page.value(QStringLiteral("start")).toInt() : 1);
        const qint64 first = limit > 0 ? start - 1 : 0;
        const qint64 end = limit > 0 ? std::min(total, first + limit) : total;
        for (qint64 i = first; i < end; ++i) {
            JsonValue row = rows.at(i);
            if (!only.isEmpty()) {
                JsonValue projected = JsonValue::object();
                for (const auto &member : row.toObject()) {
                    if (only.contains(member.first))
                        projected.insert(member.first, member.second);
                }
                row = projected;
            }
            results.append(row);
        }
    }
    JsonValue out = JsonValue::object();
    if (results.size() > 0)
        out.insert(QStringLiteral("results"), results);
    if (total != 0)
        out.insert(QStringLiteral("total_count"), JsonValue(total));
    return out;
}

} // namespace sandbox
