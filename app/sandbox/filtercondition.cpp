// SPDX-License-Identifier: MIT
#include "sandbox/filtercondition.h"

#include "sandbox/apierror.h"

namespace sandbox {

namespace {

JsonValue pick(const JsonValue &condition, const char *longName, const char *shortName)
{
    if (const JsonValue *v = condition.find(QString::fromLatin1(longName)))
        return *v;
    return condition.value(QString::fromLatin1(shortName));
}

struct OperatorSpec
{
    const char *name;
    FilterCondition::Family family;
    bool takesList;
};

// filter_operator.py FILTER_OPERATORS, in its order.
constexpr OperatorSpec kOperators[] = {
    { "lt", FilterCondition::Family::Comparison, false },
    { "lte", FilterCondition::Family::Comparison, false },
    { "gt", FilterCondition::Family::Comparison, false },
    { "gte", FilterCondition::Family::Comparison, false },
    { "eq", FilterCondition::Family::Comparison, false },
    { "not", FilterCondition::Family::Comparison, false },
    { "exists", FilterCondition::Family::Exists, false },
    { "contain", FilterCondition::Family::Contain, false },
    { "not_contain", FilterCondition::Family::Contain, false },
    { "in", FilterCondition::Family::In, true },
    { "not_in", FilterCondition::Family::In, true },
    { "contain_in", FilterCondition::Family::Contain, true },
    { "not_contain_in", FilterCondition::Family::Contain, true },
    { "match", FilterCondition::Family::Match, false },
    { "regex", FilterCondition::Family::Regex, false },
    { "regex_in", FilterCondition::Family::Regex, true },
    { "datetime_gt", FilterCondition::Family::Time, false },
    { "datetime_lt", FilterCondition::Family::Time, false },
    { "datetime_gte", FilterCondition::Family::Time, false },
    { "datetime_lte", FilterCondition::Family::Time, false },
    { "timediff_gt", FilterCondition::Family::Time, false },
    { "timediff_lt", FilterCondition::Family::Time, false },
    { "timediff_gte", FilterCondition::Family::Time, false },
    { "timediff_lte", FilterCondition::Family::Time, false },
};

const OperatorSpec *specOf(const QString &op)
{
    for (const OperatorSpec &spec : kOperators) {
        if (op == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

} // namespace

const QStringList &FilterCondition::operators()
{
    static const QStringList names = [] {
        QStringList out;
        for (const OperatorSpec &spec : kOperators)
            out << QString::fromLatin1(spec.name);
        return out;
    }();
    return names;
}

bool FilterCondition::takesList(const QString &op)
{
    const OperatorSpec *spec = specOf(op);
    return spec && spec->takesList;
}

FilterCondition::Family FilterCondition::familyOf(const QString &op)
{
    const OperatorSpec *spec = specOf(op);
    return spec ? spec->family : Family::Comparison;
}

FilterCondition FilterCondition::read(const JsonValue &condition)
{
    const JsonValue keyValue = pick(condition, "key", "k");
    const JsonValue opValue = pick(condition, "operator", "o");
    FilterCondition c;
    c.value = pick(condition, "value", "v");
    c.op = opValue.isString() ? opValue.toString() : QString();
    if (!opValue.isString() || !operators().contains(c.op)) {
        QStringList quoted;
        for (const QString &name : operators())
            quoted << JsonValue::pythonStringRepr(name);
        throw ApiError::dbQuery(QStringLiteral("Filter operator is not supported. (operator = dict_keys([%1]))")
                                    .arg(quoted.join(QStringLiteral(", "))));
    }
    c.family = familyOf(c.op);
    if (takesList(c.op)) {
        if (!c.value.isArray())
            throw ApiError::operatorListValueType(c.op, condition);
    } else if (c.value.isArray()) {
        throw ApiError::operatorValueType(c.op, condition);
    }
    c.key = keyValue.isString() ? keyValue.toString() : QString();
    if (c.key.isEmpty())
        throw ApiError::dbQuery(QStringLiteral("Filter condition should have key, value and operator."));

    // Value checks made by the resolvers while the query is built.
    if (c.op == u"exists" && !c.value.isBool())
        throw ApiError::operatorBooleanType(c.op, condition);
    if (c.op == u"match" && !c.value.isObject())
        throw ApiError::operatorDictValueType(c.op, condition);
    if ((c.op == u"contain_in" || c.op == u"not_contain_in" || c.op == u"regex_in") && c.value.toArray().empty()) {
        // functools.reduce over an empty map, outside any try: a bare Python TypeError.
        throw ApiError::identityUnknown(QStringLiteral("reduce() of empty sequence with no initial value"));
    }
    return c;
}

} // namespace sandbox
