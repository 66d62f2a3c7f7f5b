// SPDX-License-Identifier: MIT
#include "sandbox/statrules.h"

#include "sandbox/apierror.h"

#include <QStringList>

namespace sandbox::pipeline {

namespace {

// Python's error text for `value["key"]` when value is not a dict.
QString subscriptError(const JsonValue &v)
{
    if (v.isString())
        return QStringLiteral("string indices must be integers");
    if (v.isArray())
        return QStringLiteral("list indices must be integers or slices, not str");
    return QStringLiteral("'%1' object is not subscriptable").arg(v.pyTypeName());
}

JsonValue pyGet(const JsonValue &dict, const char *key, const char *alias = nullptr)
{
    if (const JsonValue *v = dict.find(QString::fromLatin1(key)))
        return *v;
    if (alias)
        return dict.value(QString::fromLatin1(alias));
    return JsonValue();
}

[[noreturn]] void baseError(const ApiError &e)
{
    throw e;
}

const QStringList &groupOperators()
{
    static const QStringList ops{ QStringLiteral("count"),        QStringLiteral("sum"),  QStringLiteral("average"),
                                  QStringLiteral("max"),          QStringLiteral("min"),  QStringLiteral("first"),
                                  QStringLiteral("last"),         QStringLiteral("push"), QStringLiteral("add_to_set"),
                                  QStringLiteral("merge_objects") };
    return ops;
}

const QStringList &projectOperators()
{
    static const QStringList ops{ QStringLiteral("size"),
                                  QStringLiteral("sum"),
                                  QStringLiteral("array_to_object"),
                                  QStringLiteral("object_to_array"),
                                  QStringLiteral("add"),
                                  QStringLiteral("subtract"),
                                  QStringLiteral("multiply"),
                                  QStringLiteral("divide") };
    return ops;
}

QString pyList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &s : items)
        quoted << JsonValue::pythonStringRepr(s);
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

QString prefixed(const QString &key, const QStringList &groupKeys)
{
    return groupKeys.contains(key) ? QStringLiteral("_id.") + key : key;
}

bool truthy(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        return false;
    case JsonValue::Type::Bool:
        return v.toBool();
    case JsonValue::Type::Int:
    case JsonValue::Type::Double:
        return v.toDouble() != 0;
    case JsonValue::Type::String:
    case JsonValue::Type::Array:
    case JsonValue::Type::Object:
        return v.size() > 0;
    default:
        return true;
    }
}

std::vector<MatchCondition> makeMatchRule(const JsonValue &filter)
{
    std::vector<MatchCondition> out;
    static const QStringList supported{ QStringLiteral("eq"),         QStringLiteral("not"),
                                        QStringLiteral("in"),         QStringLiteral("not_in"),
                                        QStringLiteral("contain"),    QStringLiteral("not_contain"),
                                        QStringLiteral("contain_in"), QStringLiteral("not_contain_in") };
    for (const JsonValue &condition : filter.toArray()) {
        const JsonValue key = pyGet(condition, "key", "k");
        const JsonValue value = pyGet(condition, "value", "v");
        const JsonValue op = pyGet(condition, "operator", "o");
        if (!(truthy(key) && truthy(value) && truthy(op)))
            baseError(ApiError::requiredParameter(QStringLiteral("aggregate.match.filter")));
        if (!supported.contains(op.toString()))
            baseError(ApiError::dbQuery(QStringLiteral("Unsupported operator: %1").arg(op.pyStr())));
        out.push_back({ key.toString(), op.toString(), value });
    }
    return out;
}

// ----- group -------------------------------------------------------------------------------------

std::vector<std::pair<QString, QString>> groupSubFields(const JsonValue &condition, const QStringList &beforeGroupKeys)
{
    std::vector<std::pair<QString, QString>> out;
    for (const JsonValue &sub : condition.value(QStringLiteral("fields")).toArray()) {
        const JsonValue fKey = pyGet(sub, "key", "k");
        const JsonValue fName = pyGet(sub, "name", "n");
        if (fKey.isNull()) {
            baseError(ApiError::dbQuery(
                QStringLiteral("'aggregate.group.fields.fields' condition requires a key: %1").arg(condition.pyStr())));
        }
        if (fName.isNull()) {
            baseError(ApiError::dbQuery(QStringLiteral("'aggregate.group.fields.fields' condition requires a name: %1")
                                            .arg(condition.pyStr())));
        }
        out.emplace_back(fName.toString(), prefixed(fKey.toString(), beforeGroupKeys));
    }
    return out;
}

std::vector<SubCondition> groupConditions(const JsonValue &condition, const QStringList &beforeGroupKeys)
{
    static const QStringList supportedSub{ QStringLiteral("eq"),  QStringLiteral("not"), QStringLiteral("gt"),
                                           QStringLiteral("gte"), QStringLiteral("lt"),  QStringLiteral("lte") };
    std::vector<SubCondition> out;
    for (const JsonValue &sub : condition.value(QStringLiteral("conditions")).toArray()) {
        const JsonValue sKey = pyGet(sub, "key", "k");
        const JsonValue sValue = pyGet(sub, "value", "v");
        const JsonValue sOp = pyGet(sub, "operator", "o");
        if (sKey.isNull()) {
            baseError(
                ApiError::dbQuery(QStringLiteral("'aggregate.group.fields.conditions.key' condition requires a key: %1")
                                      .arg(sub.pyStr())));
        }
        if (sValue.isNull()) {
            baseError(ApiError::dbQuery(
                QStringLiteral("'aggregate.group.fields.conditions.value' condition requires a value: %1")
                    .arg(sub.pyStr())));
        }
        if (sOp.isNull()) {
            baseError(ApiError::dbQuery(
                QStringLiteral("'aggregate.group.fields.conditions.operator' condition requires a operator: %1")
                    .arg(sub.pyStr())));
        }
        if (!supportedSub.contains(sOp.toString())) {
            baseError(
                ApiError::dbQuery(QStringLiteral("'aggregate.group.fields.conditions.operator' condition's %1 operator "
                                                 "is not supported. (supported_operator = %2)")
                                      .arg(sOp.pyStr(), pyList(supportedSub))));
        }
        out.push_back({ sOp.toString(), prefixed(sKey.toString(), beforeGroupKeys), sValue });
    }
    return out;
}

// The resolvers' own checks (stat_operator.py).
void checkGroupOperator(const GroupField &f, const JsonValue &key, const JsonValue &condition)
{
    const bool hasConditions = !f.conditions.empty();
    if (f.op == u"push") {
        if (!key.isString() && f.subFields.empty()) {
            baseError(ApiError::dbQuery(
                QStringLiteral("'aggregate.group.fields' condition requires fields: %1").arg(condition.pyStr())));
        }
        if (hasConditions) {
            baseError(
                ApiError::dbQuery(QStringLiteral("'aggregate.group.fields' condition's conditions not supported: %1")
                                      .arg(condition.pyStr())));
        }
    } else if (f.op != u"count") {
        if (!key.isString()) {
            baseError(ApiError::dbQuery(
                QStringLiteral("'aggregate.group.fields' condition requires a key: %1").arg(condition.pyStr())));
        }
        if (hasConditions && f.op != u"sum" && f.op != u"average") {
            baseError(
                ApiError::dbQuery(QStringLiteral("'aggregate.group.fields' condition's conditions not supported: %1")
                                      .arg(condition.pyStr())));
        }
    }
}

GroupField makeGroupField(const JsonValue &condition, const QStringList &beforeGroupKeys)
{
    const JsonValue key = pyGet(condition, "key", "k");
    const JsonValue name = pyGet(condition, "name", "n");
    const JsonValue op = pyGet(condition, "operator", "o");

    if (!op.isString() || !groupOperators().contains(op.toString())) {
        baseError(ApiError::dbQuery(QStringLiteral("'aggregate.group.fields' condition's %1 operator is not supported. "
                                                   "(supported_operator = %2)")
                                        .arg(op.pyStr(), pyList(groupOperators()))));
    }
    if (name.isNull()) {
        baseError(ApiError::dbQuery(
            QStringLiteral("'aggregate.group.fields' condition requires a name: %1").arg(condition.pyStr())));
    }
    GroupField f;
    f.name = name.toString();
    f.op = op.toString();
    if (key.isString())
        f.path = prefixed(key.toString(), beforeGroupKeys);
    f.subFields = groupSubFields(condition, beforeGroupKeys);
    f.conditions = groupConditions(condition, beforeGroupKeys);
    checkGroupOperator(f, key, condition);
    return f;
}

// A group stage; its key names become `_id.<name>` paths for the stages after it.
Stage groupStage(const JsonValue &group, QStringList *groupKeys)
{
    const JsonValue keys = group.value(QStringLiteral("keys"));
    const JsonValue fields = group.value(QStringLiteral("fields"));
    if (keys.toArray().empty() && fields.toArray().empty())
        baseError(ApiError::requiredParameter(QStringLiteral("aggregate.group.keys || aggregate.group.fields")));
    Stage stage;
    stage.type = Stage::Type::Group;
    QStringList newKeys;
    for (const JsonValue &condition : keys.toArray()) {
        const JsonValue key = pyGet(condition, "key", "k");
        const JsonValue name = pyGet(condition, "name", "n");
        if (key.isNull()) {
            baseError(ApiError::dbQuery(
                QStringLiteral("'aggregate.group.keys' condition requires a key: %1").arg(condition.pyStr())));
        }
        if (name.isNull()) {
            baseError(ApiError::dbQuery(
                QStringLiteral("'aggregate.group.keys' condition requires a name: %1").arg(condition.pyStr())));
        }
        stage.keys.push_back({ name.toString(), prefixed(key.toString(), *groupKeys),
                               condition.value(QStringLiteral("date_format")).toString() });
        newKeys << name.toString();
    }
    for (const JsonValue &condition : fields.toArray())
        stage.fields.push_back(makeGroupField(condition, *groupKeys));
    *groupKeys += newKeys;
    return stage;
}

// ----- the other stages --------------------------------------------------------------------------

// An unwind stage, and the match stage its filter adds.
void addUnwindStages(const JsonValue &unwind, std::vector<Stage> *rules)
{
    const JsonValue *path = unwind.find(QStringLiteral("path"));
    if (!path)
        baseError(ApiError::requiredParameter(QStringLiteral("aggregate.unwind.path")));
    Stage stage;
    stage.type = Stage::Type::Unwind;
    stage.name = path->toString();
    rules->push_back(stage);
    const JsonValue filter = unwind.value(QStringLiteral("filter"));
    if (filter.isArray() && !filter.toArray().empty()) {
        Stage match;
        match.type = Stage::Type::Match;
        match.match = makeMatchRule(filter);
        rules->push_back(match);
    }
}

Stage countStage(const JsonValue &count)
{
    const JsonValue *name = count.find(QStringLiteral("name"));
    if (!name)
        baseError(ApiError::requiredParameter(QStringLiteral("aggregate.count.name")));
    Stage stage;
    stage.type = Stage::Type::Count;
    stage.name = name->toString();
    return stage;
}

Stage sortStage(const JsonValue &sort, const QStringList &groupKeys)
{
    Stage stage;
    stage.type = Stage::Type::Sort;
    for (const JsonValue &option : sort.toArray()) {
        if (!option.isObject())
            pythonError(subscriptError(option));
        const JsonValue *key = option.find(QStringLiteral("key"));
        if (!key)
            pythonError(QStringLiteral("'key'"));
        if (!key->isString())
            pythonError(QStringLiteral("documents must have only string keys, key was %1").arg(key->pyRepr()));
        const JsonValue desc = option.value(QStringLiteral("desc"));
        const bool descending = desc.isBool()
            ? desc.toBool()
            : (desc.isNumber() ? desc.toDouble() != 0 : (desc.isString() ? !desc.toString().isEmpty() : false));
        stage.sort.emplace_back(prefixed(key->toString(), groupKeys), descending);
    }
    return stage;
}

ProjectField projectField(const JsonValue &condition, const QStringList &groupKeys)
{
    const JsonValue key = pyGet(condition, "key", "k");
    const JsonValue name = pyGet(condition, "name", "n");
    const JsonValue op = pyGet(condition, "operator", "o");
    if (op.isString() && !op.toString().isEmpty() && !projectOperators().contains(op.toString())) {
        baseError(ApiError::dbQuery(QStringLiteral("'aggregate.project.fields' condition's %1 operator is not "
                                                   "supported. (supported_operator = %2)")
                                        .arg(op.pyStr(), pyList(projectOperators()))));
    }
    if (name.isNull()) {
        baseError(ApiError::dbQuery(
            QStringLiteral("'aggregate.project.fields' condition requires a name: %1").arg(condition.pyStr())));
    }
    ProjectField pf;
    pf.name = name.toString();
    pf.op = op.toString();
    pf.hasKey = key.isString();
    if (!pf.op.isEmpty()) {
        const QString which = (pf.op == u"size" || pf.op == u"sum") ? QStringLiteral("'aggregate.project.key'")
                                                                    : QStringLiteral("'aggregate.project.fields'");
        if (pf.op == u"add" || pf.op == u"subtract" || pf.op == u"multiply" || pf.op == u"divide") {
            // The proto cannot carry the operands these need.
            baseError(ApiError::dbQuery(
                QStringLiteral("'aggregate.project.fields' condition requires a fields: %1").arg(condition.pyStr())));
        }
        if (!pf.hasKey)
            baseError(
                ApiError::dbQuery(QStringLiteral("%1 condition requires a key: %2").arg(which, condition.pyStr())));
    }
    pf.path = pf.hasKey ? prefixed(key.toString(), groupKeys) : QStringLiteral("None");
    return pf;
}

// A project stage; with exclude_keys the group keys are gone for the stages after it.
Stage projectStage(const JsonValue &project, QStringList *groupKeys)
{
    const JsonValue fields = project.value(QStringLiteral("fields"));
    if (fields.toArray().empty())
        baseError(ApiError::requiredParameter(QStringLiteral("aggregate.project.fields")));
    Stage stage;
    stage.type = Stage::Type::Project;
    for (const JsonValue &condition : fields.toArray())
        stage.project.push_back(projectField(condition, *groupKeys));
    stage.excludeId = project.value(QStringLiteral("exclude_keys")).toBool();
    if (stage.excludeId)
        groupKeys->clear();
    return stage;
}

Stage numberStage(Stage::Type type, const JsonValue &number)
{
    Stage stage;
    stage.type = type;
    stage.number = number.toInt();
    return stage;
}

} // namespace

std::vector<Stage> makeRules(const JsonValue &aggregate)
{
    std::vector<Stage> rules;
    QStringList groupKeys;
    if (!aggregate.isArray())
        baseError(ApiError::identity(QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("ERROR_INVALID_PARAMETER_TYPE"),
                                     QStringLiteral("Parameter type is invalid. (key = aggregate, type = list)")));
    for (const JsonValue &stageValue : aggregate.toArray()) {
        if (const JsonValue *unwind = stageValue.find(QStringLiteral("unwind")))
            addUnwindStages(*unwind, &rules);
        else if (const JsonValue *group = stageValue.find(QStringLiteral("group")))
            rules.push_back(groupStage(*group, &groupKeys));
        else if (const JsonValue *count = stageValue.find(QStringLiteral("count")))
            rules.push_back(countStage(*count));
        else if (const JsonValue *sort = stageValue.find(QStringLiteral("sort")))
            rules.push_back(sortStage(*sort, groupKeys));
        else if (const JsonValue *project = stageValue.find(QStringLiteral("project")))
            rules.push_back(projectStage(*project, &groupKeys));
        else if (const JsonValue *limit = stageValue.find(QStringLiteral("limit")))
            rules.push_back(numberStage(Stage::Type::Limit, *limit));
        else if (const JsonValue *skip = stageValue.find(QStringLiteral("skip")))
            rules.push_back(numberStage(Stage::Type::Skip, *skip));
        else
            baseError(ApiError::requiredParameter(
                QStringLiteral("aggregate.unwind or aggregate.group or aggregate.count or aggregate.sort or "
                               "aggregate.project or aggregate.limit or aggregate.skip")));
    }
    return rules;
}

} // namespace sandbox::pipeline
