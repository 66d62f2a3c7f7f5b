// SPDX-License-Identifier: MIT
#include "sandbox/statengine.h"

#include "sandbox/apierror.h"
#include "sandbox/jobstore.h"
#include "sandbox/querycompiler.h"
#include "sandbox/timestamps.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace sandbox {

namespace {

// ----- helpers with Python / MongoDB semantics --------------------------------------------------

QString bsonTypeName(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        return QStringLiteral("null");
    case JsonValue::Type::Bool:
        return QStringLiteral("bool");
    case JsonValue::Type::Int:
        return QStringLiteral("int");
    case JsonValue::Type::Double:
        return QStringLiteral("double");
    case JsonValue::Type::String:
        return QStringLiteral("string");
    case JsonValue::Type::Array:
        return QStringLiteral("array");
    case JsonValue::Type::Object:
        return QStringLiteral("object");
    case JsonValue::Type::DateTime:
        return QStringLiteral("date");
    }
    return {};
}

int bsonRank(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        return 2;
    case JsonValue::Type::Int:
    case JsonValue::Type::Double:
        return 3;
    case JsonValue::Type::String:
        return 4;
    case JsonValue::Type::Object:
        return 5;
    case JsonValue::Type::Array:
        return 6;
    case JsonValue::Type::Bool:
        return 9;
    case JsonValue::Type::DateTime:
        return 10;
    }
    return 0;
}

int bsonCompare(const JsonValue &a, const JsonValue &b)
{
    const int ra = bsonRank(a);
    const int rb = bsonRank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    switch (a.type()) {
    case JsonValue::Type::Null:
        return 0;
    case JsonValue::Type::Int:
    case JsonValue::Type::Double: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case JsonValue::Type::String: {
        const QByteArray x = a.toString().toUtf8();
        const QByteArray y = b.toString().toUtf8();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case JsonValue::Type::Bool:
        return int(a.toBool()) - int(b.toBool());
    case JsonValue::Type::DateTime:
        return a.dateTimeMsecs() < b.dateTimeMsecs() ? -1 : (a.dateTimeMsecs() > b.dateTimeMsecs() ? 1 : 0);
    case JsonValue::Type::Array: {
        const auto &x = a.toArray();
        const auto &y = b.toArray();
        for (size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
            if (const int c = bsonCompare(x[i], y[i]))
                return c;
        }
        return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    }
    case JsonValue::Type::Object: {
        const QByteArray x = a.toJson();
        const QByteArray y = b.toJson();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    }
    return 0;
}

// Resolves "a.b.c" in a document; *missing tells a missing field from an explicit null.
JsonValue getPath(const JsonValue &doc, const QString &path, bool *missing = nullptr)
{
    const JsonValue *cur = &doc;
    for (const QString &part : path.split(u'.')) {
        cur = cur->find(part);
        if (!cur) {
            if (missing)
                *missing = true;
            return JsonValue();
        }
    }
    if (missing)
        *missing = false;
    return *cur;
}

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

// A Python exception that is not a SpaceONE error (MongoDB failures, KeyError, TypeError...).
[[noreturn]] void pythonError(const QString &message)
{
    throw ApiError::identityUnknown(message);
}

// ----- pipeline rules ----------------------------------------------------------------------------

struct SubCondition
{
    QString op;
    QString path;
    JsonValue value;
};

struct GroupKey
{
    QString name;
    QString path;
    QString dateFormat;
};

struct GroupField
{
    QString name;
    QString op;
    QString path; // empty: no key
    std::vector<SubCondition> conditions;
    std::vector<std::pair<QString, QString>> subFields; // name, path
};

struct MatchCondition
{
    QString key;
    QString op;
    JsonValue value;
};

struct ProjectField
{
    QString name;
    QString op; // empty: a plain field reference
    QString path; // without '$'
    bool hasKey = true;
};

struct Stage
{
    enum class Type { Unwind, Match, Group, Count, Sort, Project, Limit, Skip };
    Type type = Type::Group;
    std::vector<GroupKey> keys;
    std::vector<GroupField> fields;
    QString name;
    std::vector<std::pair<QString, bool>> sort; // path, descending
    std::vector<ProjectField> project;
    bool excludeId = false;
    qint64 number = 0;
    std::vector<MatchCondition> match;
};

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
        auto truthy = [](const JsonValue &v) {
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
        };
        if (!(truthy(key) && truthy(value) && truthy(op)))
            baseError(ApiError::requiredParameter(QStringLiteral("aggregate.match.filter")));
        if (!supported.contains(op.toString()))
            baseError(ApiError::dbQuery(QStringLiteral("Unsupported operator: %1").arg(op.pyStr())));
        out.push_back({ key.toString(), op.toString(), value });
    }
    return out;
}

GroupField makeGroupField(const JsonValue &condition, const QStringList &beforeGroupKeys)
{
    const JsonValue key = pyGet(condition, "key", "k");
    const JsonValue name = pyGet(condition, "name", "n");
    const JsonValue op = pyGet(condition, "operator", "o");
    const JsonValue conditions = condition.value(QStringLiteral("conditions"));
    const JsonValue subFields = condition.value(QStringLiteral("fields"));

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
    for (const JsonValue &sub : subFields.toArray()) {
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
        f.subFields.emplace_back(fName.toString(), prefixed(fKey.toString(), beforeGroupKeys));
    }
    static const QStringList supportedSub{ QStringLiteral("eq"),  QStringLiteral("not"), QStringLiteral("gt"),
                                           QStringLiteral("gte"), QStringLiteral("lt"),  QStringLiteral("lte") };
    for (const JsonValue &sub : conditions.toArray()) {
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
        f.conditions.push_back({ sOp.toString(), prefixed(sKey.toString(), beforeGroupKeys), sValue });
    }
    // The resolvers' own checks (stat_operator.py).
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
    return f;
}

std::vector<Stage> makeRules(const JsonValue &aggregate)
{
    std::vector<Stage> rules;
    QStringList groupKeys;
    if (!aggregate.isArray())
        baseError(ApiError::identity(QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("ERROR_INVALID_PARAMETER_TYPE"),
                                     QStringLiteral("Parameter type is invalid. (key = aggregate, type = list)")));
    for (const JsonValue &stageValue : aggregate.toArray()) {
        Stage stage;
        if (const JsonValue *unwind = stageValue.find(QStringLiteral("unwind"))) {
            const JsonValue *path = unwind->find(QStringLiteral("path"));
            if (!path)
                baseError(ApiError::requiredParameter(QStringLiteral("aggregate.unwind.path")));
            stage.type = Stage::Type::Unwind;
            stage.name = path->toString();
            rules.push_back(stage);
            const JsonValue filter = unwind->value(QStringLiteral("filter"));
            if (filter.isArray() && !filter.toArray().empty()) {
                Stage match;
                match.type = Stage::Type::Match;
                match.match = makeMatchRule(filter);
                rules.push_back(match);
            }
            continue;
        }
        if (const JsonValue *group = stageValue.find(QStringLiteral("group"))) {
            const JsonValue keys = group->value(QStringLiteral("keys"));
            const JsonValue fields = group->value(QStringLiteral("fields"));
            if (keys.toArray().empty() && fields.toArray().empty())
                baseError(
                    ApiError::requiredParameter(QStringLiteral("aggregate.group.keys || aggregate.group.fields")));
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
                stage.keys.push_back({ name.toString(), prefixed(key.toString(), groupKeys),
                                       condition.value(QStringLiteral("date_format")).toString() });
                newKeys << name.toString();
            }
            for (const JsonValue &condition : fields.toArray())
                stage.fields.push_back(makeGroupField(condition, groupKeys));
            groupKeys += newKeys;
            rules.push_back(stage);
            continue;
        }
        if (const JsonValue *count = stageValue.find(QStringLiteral("count"))) {
            const JsonValue *name = count->find(QStringLiteral("name"));
            if (!name)
                baseError(ApiError::requiredParameter(QStringLiteral("aggregate.count.name")));
            stage.type = Stage::Type::Count;
            stage.name = name->toString();
            rules.push_back(stage);
            continue;
        }
        if (const JsonValue *sort = stageValue.find(QStringLiteral("sort"))) {
            stage.type = Stage::Type::Sort;
            for (const JsonValue &option : sort->toArray()) {
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
            rules.push_back(stage);
            continue;
        }
        if (const JsonValue *project = stageValue.find(QStringLiteral("project"))) {
            const JsonValue fields = project->value(QStringLiteral("fields"));
            if (fields.toArray().empty())
                baseError(ApiError::requiredParameter(QStringLiteral("aggregate.project.fields")));
            stage.type = Stage::Type::Project;
            for (const JsonValue &condition : fields.toArray()) {
                const JsonValue key = pyGet(condition, "key", "k");
                const JsonValue name = pyGet(condition, "name", "n");
                const JsonValue op = pyGet(condition, "operator", "o");
                if (op.isString() && !op.toString().isEmpty() && !projectOperators().contains(op.toString())) {
                    baseError(
                        ApiError::dbQuery(QStringLiteral("'aggregate.project.fields' condition's %1 operator is not "
                                                         "supported. (supported_operator = %2)")
                                              .arg(op.pyStr(), pyList(projectOperators()))));
                }
                if (name.isNull()) {
                    baseError(
                        ApiError::dbQuery(QStringLiteral("'aggregate.project.fields' condition requires a name: %1")
                                              .arg(condition.pyStr())));
                }
                ProjectField pf;
                pf.name = name.toString();
                pf.op = op.toString();
                pf.hasKey = key.isString();
                if (!pf.op.isEmpty()) {
                    const QString which = (pf.op == u"size" || pf.op == u"sum")
                        ? QStringLiteral("'aggregate.project.key'")
                        : QStringLiteral("'aggregate.project.fields'");
                    if (pf.op == u"add" || pf.op == u"subtract" || pf.op == u"multiply" || pf.op == u"divide") {
                        // The proto cannot carry the operands these need.
                        baseError(ApiError::dbQuery(
                            QStringLiteral("'aggregate.project.fields' condition requires a fields: %1")
                                .arg(condition.pyStr())));
                    }
                    if (!pf.hasKey)
                        baseError(ApiError::dbQuery(
                            QStringLiteral("%1 condition requires a key: %2").arg(which, condition.pyStr())));
                }
                pf.path = pf.hasKey ? prefixed(key.toString(), groupKeys) : QStringLiteral("None");
                stage.project.push_back(pf);
            }
            stage.excludeId = project->value(QStringLiteral("exclude_keys")).toBool();
            if (stage.excludeId)
                groupKeys.clear();
            rules.push_back(stage);
            continue;
        }
        if (const JsonValue *limit = stageValue.find(QStringLiteral("limit"))) {
            stage.type = Stage::Type::Limit;
            stage.number = limit->toInt();
            rules.push_back(stage);
            continue;
        }
        if (const JsonValue *skip = stageValue.find(QStringLiteral("skip"))) {
            stage.type = Stage::Type::Skip;
            stage.number = skip->toInt();
            rules.push_back(stage);
            continue;
        }
        baseError(ApiError::requiredParameter(QStringLiteral(
            "aggregate.unwind or aggregate.group or aggregate.count or aggregate.sort or aggregate.project or "
            "aggregate.limit or aggregate.skip")));
    }
    return rules;
}

// ----- pipeline execution ------------------------------------------------------------------------

bool evalSubConditions(const JsonValue &doc, const std::vector<SubCondition> &conditions)
{
    for (const SubCondition &c : conditions) {
        const int cmp = bsonCompare(getPath(doc, c.path), c.value);
        bool ok = false;
        if (c.op == u"eq")
            ok = cmp == 0;
        else if (c.op == u"not")
            ok = cmp != 0;
        else if (c.op == u"gt")
            ok = cmp > 0;
        else if (c.op == u"gte")
            ok = cmp >= 0;
        else if (c.op == u"lt")
            ok = cmp < 0;
        else if (c.op == u"lte")
            ok = cmp <= 0;
        if (!ok)
            return false;
    }
    return true;
}

JsonValue groupKeyValue(const JsonValue &doc, const GroupKey &key, bool *missing)
{
    JsonValue v = getPath(doc, key.path, missing);
    if (key.dateFormat.isEmpty() || *missing)
        return v;
    if (v.isNull())
        return JsonValue();
    if (!v.isDateTime())
        pythonError(QStringLiteral("can't convert from BSON type %1 to Date").arg(bsonTypeName(v)));
    const qint64 ms = v.dateTimeMsecs();
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    if (key.dateFormat == u"year")
        return JsonValue(qint64(date.year()));
    if (key.dateFormat == u"month")
        return JsonValue(qint64(date.month()));
    if (key.dateFormat == u"day")
        return JsonValue(qint64(date.day()));
    return JsonValue(Timestamps::formatMongo(ms, key.dateFormat));
}

struct Accumulator
{
    bool sumIsDouble = false;
    qint64 intSum = 0;
    double doubleSum = 0;
    qint64 count = 0;
    bool has = false;
    JsonValue value;
    JsonValue::Array items;

    void addNumber(const JsonValue &v)
    {
        if (v.isInt()) {
            intSum += v.toInt();
        } else if (v.isDouble()) {
            sumIsDouble = true;
            doubleSum += v.toDouble();
        }
    }
    JsonValue sum() const
    {
        if (sumIsDouble)
            return JsonValue(doubleSum + double(intSum));
        return JsonValue(intSum);
    }
};

bool isDateField(const QString &path)
{
    return path == u"created_at" || path == u"updated_at" || path == u"finished_at";
}

std::vector<JsonValue> runGroup(const std::vector<JsonValue> &docs, const Stage &stage)
{
    struct Group
    {
        JsonValue id;
        std::vector<Accumulator> acc;
    };
    std::vector<Group> groups;
    QHash<QByteArray, int> index;
    for (const JsonValue &doc : docs) {
        JsonValue id = JsonValue::object();
        for (const GroupKey &key : stage.keys) {
            bool missing = false;
            JsonValue v = groupKeyValue(doc, key, &missing);
            if (!missing)
                id.insert(key.name, std::move(v));
        }
        const QByteArray signature = id.toJson() + QByteArray::number(int(id.size()));
        int gi = index.value(signature, -1);
        if (gi < 0) {
            gi = int(groups.size());
            index.insert(signature, gi);
            groups.push_back({ id, std::vector<Accumulator>(stage.fields.size()) });
        }
        Group &g = groups[size_t(gi)];
        for (size_t fi = 0; fi < stage.fields.size(); ++fi) {
            const GroupField &f = stage.fields[fi];
            Accumulator &a = g.acc[fi];
            const bool conditionsHold = f.conditions.empty() || evalSubConditions(doc, f.conditions);
            bool missing = false;
            const JsonValue v = f.path.isEmpty() ? JsonValue() : getPath(doc, f.path, &missing);
            if (f.op == u"count") {
                if (conditionsHold)
                    a.intSum += 1;
            } else if (f.op == u"sum") {
                if (conditionsHold)
                    a.addNumber(v);
            } else if (f.op == u"average") {
                const JsonValue item = conditionsHold ? v : JsonValue(qint64(0));
                if (item.isNumber()) {
                    a.addNumber(item);
                    ++a.count;
                }
            } else if (f.op == u"max" || f.op == u"min") {
                if (!v.isNull()) {
                    const int cmp = a.has ? bsonCompare(v, a.value) : 0;
                    if (!a.has || (f.op == u"max" ? cmp > 0 : cmp < 0)) {
                        a.value = v;
                        a.has = true;
                    }
                }
            } else if (f.op == u"first") {
                if (!a.has) {
                    a.value = v;
                    a.has = true;
                }
            } else if (f.op == u"last") {
                a.value = v;
                a.has = true;
            } else if (f.op == u"push") {
                if (!f.path.isEmpty()) {
                    if (!missing)
                        a.items.push_back(v);
                } else {
                    JsonValue item = JsonValue::object();
                    for (const auto &[name, path] : f.subFields) {
                        bool subMissing = false;
                        JsonValue sv = getPath(doc, path, &subMissing);
                        if (subMissing)
                            continue;
                        if (isDateField(path) && sv.isDateTime())
                            sv = JsonValue(
                                Timestamps::formatMongo(sv.dateTimeMsecs(), QStringLiteral("%Y-%m-%dT%H:%M:%SZ")));
                        item.insert(name, sv);
                    }
                    a.items.push_back(item);
                }
            } else if (f.op == u"add_to_set") {
                if (!missing && std::find(a.items.begin(), a.items.end(), v) == a.items.end())
                    a.items.push_back(v);
            } else if (f.op == u"merge_objects") {
                if (v.isObject()) {
                    if (!a.has) {
                        a.value = JsonValue::object();
                        a.has = true;
                    }
                    for (const auto &member : v.toObject())
                        a.value.insert(member.first, member.second);
                } else if (!v.isNull()) {
                    pythonError(QStringLiteral("$mergeObjects requires object inputs, but input %1 is of type %2")
                                    .arg(QString::fromUtf8(v.toJson()), bsonTypeName(v)));
                }
            }
        }
    }
    std::vector<JsonValue> out;
    out.reserve(groups.size());
    for (Group &g : groups) {
        JsonValue doc = JsonValue::object();
        doc.insert(QStringLiteral("_id"), g.id);
        for (size_t fi = 0; fi < stage.fields.size(); ++fi) {
            const GroupField &f = stage.fields[fi];
            const Accumulator &a = g.acc[fi];
            JsonValue v;
            if (f.op == u"count" || f.op == u"sum")
                v = a.sum();
            else if (f.op == u"average")
                v = a.count > 0 ? JsonValue((a.doubleSum + double(a.intSum)) / double(a.count)) : JsonValue();
            else if (f.op == u"push" || f.op == u"add_to_set")
                v = JsonValue(a.items);
            else if (f.op == u"merge_objects")
                v = a.has ? a.value : JsonValue::object();
            else
                v = a.value;
            doc.insert(f.name, std::move(v));
        }
        out.push_back(std::move(doc));
    }
    return out;
}

bool matchCondition(const JsonValue &doc, const MatchCondition &c)
{
    const JsonValue v = getPath(doc, c.key);
    auto containsText = [](const JsonValue &hay, const JsonValue &needle) {
        return hay.isString() && hay.toString().contains(needle.pyStr());
    };
    if (c.op == u"eq")
        return v == c.value;
    if (c.op == u"not")
        return v != c.value;
    if (c.op == u"in" || c.op == u"not_in") {
        const auto &items = c.value.toArray();
        const bool found = std::find(items.begin(), items.end(), v) != items.end();
        return c.op == u"in" ? found : !found;
    }
    if (c.op == u"contain")
        return containsText(v, c.value);
    if (c.op == u"not_contain")
        return !containsText(v, c.value);
    bool any = false;
    for (const JsonValue &item : c.value.toArray())
        any = any || containsText(v, item);
    return c.op == u"contain_in" ? any : !any;
}

std::vector<JsonValue> runStage(std::vector<JsonValue> docs, const Stage &stage)
{
    switch (stage.type) {
    case Stage::Type::Unwind: {
        std::vector<JsonValue> out;
        for (const JsonValue &doc : docs) {
            bool missing = false;
            const JsonValue v = getPath(doc, stage.name, &missing);
            if (missing || v.isNull())
                continue;
            if (!v.isArray()) {
                out.push_back(doc);
                continue;
            }
            for (const JsonValue &item : v.toArray()) {
                JsonValue copy = doc;
                if (!stage.name.contains(u'.'))
                    copy.insert(stage.name, item);
                out.push_back(std::move(copy));
            }
        }
        return out;
    }
    case Stage::Type::Match: {
        std::vector<JsonValue> out;
        for (const JsonValue &doc : docs) {
            bool all = true;
            for (const MatchCondition &c : stage.match)
                all = all && matchCondition(doc, c);
            if (all)
                out.push_back(doc);
        }
        return out;
    }
    case Stage::Type::Group:
        return runGroup(docs, stage);
    case Stage::Type::Count: {
        if (docs.empty())
            return {};
        JsonValue doc = JsonValue::object();
        doc.insert(stage.name, JsonValue(qint64(docs.size())));
        return { doc };
    }
    case Stage::Type::Sort: {
        if (stage.sort.empty())
            pythonError(QStringLiteral("$sort stage must have at least one sort key"));
        std::stable_sort(docs.begin(), docs.end(), [&stage](const JsonValue &a, const JsonValue &b) {
            for (const auto &[path, desc] : stage.sort) {
                const int c = bsonCompare(getPath(a, path), getPath(b, path));
                if (c != 0)
                    return desc ? c > 0 : c < 0;
            }
            return false;
        });
        return docs;
    }
    case Stage::Type::Project: {
        std::vector<JsonValue> out;
        for (const JsonValue &doc : docs) {
            JsonValue projected = JsonValue::object();
            if (!stage.excludeId) {
                if (const JsonValue *id = doc.find(QStringLiteral("_id")))
                    projected.insert(QStringLiteral("_id"), *id);
            }
            for (const ProjectField &f : stage.project) {
                bool missing = false;
                const JsonValue v = getPath(doc, f.path, &missing);
                if (f.op.isEmpty()) {
                    if (!missing)
                        projected.insert(f.name, v);
                } else if (f.op == u"size") {
                    if (!v.isArray()) {
                        pythonError(QStringLiteral("The argument to $size must be an array. Type of argument: %1")
                                        .arg(missing ? QStringLiteral("missing") : bsonTypeName(v)));
                    }
                    projected.insert(f.name, JsonValue(qint64(v.toArray().size())));
                } else if (f.op == u"sum") {
                    Accumulator a;
                    if (v.isArray()) {
                        for (const JsonValue &item : v.toArray())
                            a.addNumber(item);
                    } else {
                        a.addNumber(v);
                    }
                    projected.insert(f.name, a.sum());
                } else if (f.op == u"object_to_array") {
                    if (v.isObject()) {
                        JsonValue arr = JsonValue::array();
                        for (const auto &member : v.toObject()) {
                            JsonValue kv = JsonValue::object();
                            kv.insert(QStringLiteral("k"), member.first);
                            kv.insert(QStringLiteral("v"), member.second);
                            arr.append(kv);
                        }
                        projected.insert(f.name, arr);
                    } else {
                        projected.insert(f.name, JsonValue());
                    }
                } else if (f.op == u"array_to_object") {
                    JsonValue obj = JsonValue::object();
                    for (const JsonValue &item : v.toArray())
                        obj.insert(item.value(QStringLiteral("k")).toString(), item.value(QStringLiteral("v")));
                    projected.insert(f.name, v.isArray() ? obj : JsonValue());
                }
            }
            out.push_back(std::move(projected));
        }
        return out;
    }
    case Stage::Type::Limit:
        if (stage.number <= 0)
            pythonError(QStringLiteral("the limit must be positive"));
        if (qint64(docs.size()) > stage.number)
            docs.resize(size_t(stage.number));
        return docs;
    case Stage::Type::Skip:
        if (stage.number < 0) {
            pythonError(QStringLiteral("invalid argument to $skip stage: Expected a non-negative number in: $skip: %1")
                            .arg(stage.number));
        }
        if (qint64(docs.size()) <= stage.number)
            return {};
        docs.erase(docs.begin(), docs.begin() + stage.number);
        return docs;
    }
    return docs;
}

// ----- SQL fast path for a leading group stage -----------------------------------------------------

bool sqlGroupable(const Stage &stage)
{
    if (stage.type != Stage::Type::Group)
        return false;
    for (const GroupKey &key : stage.keys) {
        const auto col = QueryCompiler::resolveColumn(key.path);
        if (!col || !key.dateFormat.isEmpty()
            || (col->kind != QueryCompiler::ColumnKind::Text && col->kind != QueryCompiler::ColumnKind::Date))
            return false;
    }
    static const QStringList ops{ QStringLiteral("count"), QStringLiteral("sum"),       QStringLiteral("average"),
                                  QStringLiteral("max"),   QStringLiteral("min"),       QStringLiteral("first"),
                                  QStringLiteral("last"),  QStringLiteral("add_to_set") };
    for (const GroupField &f : stage.fields) {
        if (!ops.contains(f.op) || !f.conditions.empty())
            return false;
        if (f.op == u"count")
            continue;
        const auto col = QueryCompiler::resolveColumn(f.path);
        if (!col || (col->kind != QueryCompiler::ColumnKind::Text && col->kind != QueryCompiler::ColumnKind::Date))
            return false;
    }
    return true;
}

JsonValue columnValue(const QVariant &v, QueryCompiler::ColumnKind kind)
{
    if (v.isNull())
        return JsonValue();
    if (kind == QueryCompiler::ColumnKind::Date) {
        if (const auto ms = Timestamps::parseIso8601(v.toString()))
            return JsonValue::dateTime(*ms);
        return JsonValue();
    }
    return JsonValue(v.toString());
}

std::vector<JsonValue> sqlGroup(const JobStore &store, const Stage &stage, const QString &where,
                                const QVariantList &binds)
{
    QStringList keyCols;
    QStringList innerSelect;
    QStringList outerSelect;
    for (size_t i = 0; i < stage.keys.size(); ++i) {
        keyCols << stage.keys[i].path;
        innerSelect << QStringLiteral("%1 AS k%2").arg(stage.keys[i].path).arg(i);
        outerSelect << QStringLiteral("g.k%1").arg(i);
    }
    for (size_t i = 0; i < stage.fields.size(); ++i) {
        const GroupField &f = stage.fields[i];
        QString expr;
        if (f.op == u"count")
            expr = QStringLiteral("COUNT(*)");
        else if (f.op == u"max")
            expr = QStringLiteral("MAX(%1)").arg(f.path);
        else if (f.op == u"min")
            expr = QStringLiteral("MIN(%1)").arg(f.path);
        else if (f.op == u"add_to_set")
            expr = QStringLiteral("json_group_array(DISTINCT %1)").arg(f.path);
        else
            expr = QStringLiteral("NULL"); // sum/average of strings and dates, first/last below
        innerSelect << QStringLiteral("%1 AS a%2").arg(expr).arg(i);
        if (f.op == u"first")
            outerSelect << QStringLiteral("(SELECT %1 FROM jobs j WHERE j.seq = g.first_seq)").arg(f.path);
        else if (f.op == u"last")
            outerSelect << QStringLiteral("(SELECT %1 FROM jobs j WHERE j.seq = g.last_seq)").arg(f.path);
        else
            outerSelect << QStringLiteral("g.a%1").arg(i);
    }
    innerSelect << QStringLiteral("MIN(seq) AS first_seq") << QStringLiteral("MAX(seq) AS last_seq");
    QString inner = QStringLiteral("SELECT %1 FROM jobs WHERE %2").arg(innerSelect.join(QStringLiteral(", ")), where);
    if (keyCols.isEmpty())
        inner += QStringLiteral(" HAVING COUNT(*) > 0");
    else
        inner += QStringLiteral(" GROUP BY ") + keyCols.join(QStringLiteral(", "));
    const QString sql
        = QStringLiteral("SELECT %1 FROM (%2) g ORDER BY g.first_seq")
              .arg(outerSelect.isEmpty() ? QStringLiteral("g.first_seq") : outerSelect.join(QStringLiteral(", ")),
                   inner);
    QSqlQuery q = store.exec(sql, binds);
    std::vector<JsonValue> out;
    while (q.next()) {
        JsonValue id = JsonValue::object();
        int col = 0;
        for (const GroupKey &key : stage.keys) {
            const auto c = QueryCompiler::resolveColumn(key.path);
            id.insert(key.name, columnValue(q.value(col++), c->kind));
        }
        JsonValue doc = JsonValue::object();
        doc.insert(QStringLiteral("_id"), id);
        for (const GroupField &f : stage.fields) {
            const QVariant raw = q.value(col++);
            JsonValue v;
            if (f.op == u"count") {
                v = JsonValue(raw.toLongLong());
            } else if (f.op == u"sum") {
                v = JsonValue(qint64(0)); // $sum ignores non-numeric values
            } else if (f.op == u"average") {
                v = JsonValue(); // $avg of no numeric value
            } else {
                const auto c = QueryCompiler::resolveColumn(f.path);
                if (f.op == u"add_to_set") {
                    JsonValue parsed;
                    JsonValue::parse(raw.toString().toUtf8(), &parsed);
                    JsonValue items = JsonValue::array();
                    for (const JsonValue &item : parsed.toArray())
                        items.append(item.isNull() ? JsonValue() : columnValue(item.toString(), c->kind));
                    v = items;
                } else {
                    v = columnValue(raw, c->kind);
                }
            }
            doc.insert(f.name, std::move(v));
        }
        out.push_back(std::move(doc));
    }
    return out;
}

std::vector<JsonValue> loadDocuments(const JobStore &store, const QString &where, const QVariantList &binds)
{
    QSqlQuery q = store.exec(
        QStringLiteral("SELECT %1, seq FROM jobs WHERE %2 ORDER BY seq").arg(JobStore::selectColumns(), where), binds);
    std::vector<JsonValue> docs;
    while (q.next()) {
        const JobRecord r = JobStore::recordFromRow(q);
        JsonValue doc = JsonValue::object();
        // MongoDB's ObjectId, printed as its 24 hex digits.
        doc.insert(QStringLiteral("_id"), QStringLiteral("%1").arg(q.value(12).toLongLong(), 24, 16, QLatin1Char('0')));
        const JsonValue fields = r.toDocument();
        for (const auto &member : fields.toObject())
            doc.insert(member.first, member.second);
        docs.push_back(std::move(doc));
    }
    return docs;
}

JsonValue flatten(const std::vector<JsonValue> &docs)
{
    JsonValue results = JsonValue::array();
    for (const JsonValue &doc : docs) {
        JsonValue row = JsonValue::object();
        for (const auto &member : doc.toObject()) {
            if (member.first == u"_id" && member.second.isObject()) {
                for (const auto &idMember : member.second.toObject())
                    row.insert(idMember.first, idMember.second);
            } else {
                row.insert(member.first, member.second);
            }
        }
        results.append(std::move(row));
    }
    return results;
}

JsonValue statDistinct(const JobStore &store, const QString &field, const JsonValue &page, const QString &where,
                       const QVariantList &binds)
{
    JsonValue values = JsonValue::array();
    const auto col = QueryCompiler::resolveColumn(field);
    if (col) {
        // Distinct values in order of first appearance (MongoDB's order when Python cannot sort them).
        QVariantList allBinds = col->binds;
        allBinds += binds;
        QString sql = QStringLiteral("SELECT %1 AS v, MIN(seq) AS s FROM jobs WHERE %2 GROUP BY v ORDER BY s")
                          .arg(col->sql, where);
        if (col->kind == QueryCompiler::ColumnKind::OptionsPath) {
            allBinds = col->binds;
            allBinds += col->binds;
            allBinds += binds;
            sql = QStringLiteral("SELECT %1 AS v, MIN(seq) AS s, json_type(options, ?) AS t FROM jobs WHERE %2 GROUP "
                                 "BY v ORDER BY s")
                      .arg(col->sql, where);
        }
        QSqlQuery q = store.exec(sql, allBinds);
        while (q.next()) {
            const QVariant raw = q.value(0);
            if (col->kind == QueryCompiler::ColumnKind::Options) {
                JsonValue v;
                if (raw.isNull())
                    values.append(JsonValue());
                else if (JsonValue::parse(raw.toString().toUtf8(), &v))
                    values.append(v);
            } else if (col->kind == QueryCompiler::ColumnKind::OptionsPath) {
                const QString type = q.value(2).toString();
                if (raw.isNull() && type.isEmpty())
                    continue; // a missing sub key is not a value
                if (type == u"object" || type == u"array") {
                    JsonValue v;
                    JsonValue::parse(raw.toString().toUtf8(), &v);
                    values.append(v);
                } else if (type == u"integer") {
                    values.append(JsonValue(raw.toLongLong()));
                } else if (type == u"real") {
                    values.append(JsonValue(raw.toDouble()));
                } else if (type == u"true" || type == u"false") {
                    values.append(JsonValue(type == u"true"));
                } else if (type == u"null") {
                    values.append(JsonValue());
                } else {
                    values.append(JsonValue(raw.toString()));
                }
            } else if (col->kind == QueryCompiler::ColumnKind::Seq) {
                values.append(QStringLiteral("%1").arg(raw.toLongLong(), 24, 16, QLatin1Char('0')));
            } else {
                values.append(columnValue(raw, col->kind));
            }
        }
    }
    // values.sort(): works when every value has one orderable Python type (or there is at most one).
    auto &items = values.arrayRef();
    bool sortable = true;
    if (items.size() > 1) {
        const auto family = [](const JsonValue &v) {
            if (v.isNumber() || v.isBool())
                return 1;
            if (v.isString())
                return 2;
            if (v.isDateTime())
                return 3;
            return 0; // None, dict, list: not orderable against each other
        };
        const int f0 = family(items.front());
        for (const JsonValue &v : items)
            sortable = sortable && f0 != 0 && family(v) == f0;
        if (sortable)
            std::stable_sort(items.begin(), items.end(),
                             [](const JsonValue &a, const JsonValue &b) { return bsonCompare(a, b) < 0; });
    }
    JsonValue result = JsonValue::object();
    const qint64 limit = page.value(QStringLiteral("limit")).toInt();
    if (limit > 0) {
        qint64 start = page.contains(QStringLiteral("start")) ? page.value(QStringLiteral("start")).toInt() : 1;
        if (start < 1)
            start = 1;
        result.insert(QStringLiteral("total_count"), JsonValue(qint64(items.size())));
        JsonValue::Array sliced;
        for (qint64 i = start - 1; i < qint64(items.size()) && i < start + limit - 1; ++i)
            sliced.push_back(items[size_t(i)]);
        items = sliced;
    }
    result.insert(QStringLiteral("results"), values);
    return result;
}

} // namespace

StatEngine::StatEngine(const JobStore &store)
    : m_store(store)
{ }

JsonValue StatEngine::stat(const JsonValue &query, qint64 nowMsecs) const
{
    const JsonValue aggregate = query.value(QStringLiteral("aggregate"));
    const JsonValue distinct = query.value(QStringLiteral("distinct"));
    const JsonValue page = query.value(QStringLiteral("page"));
    const bool hasAggregate = aggregate.isArray() ? !aggregate.toArray().empty() : !aggregate.isNull();
    const bool hasDistinct = distinct.isString() && !distinct.toString().isEmpty();
    if (!hasAggregate && !hasDistinct)
        throw ApiError::requiredParameter(QStringLiteral("aggregate"));

    QueryCompiler compiler;
    compiler.setNow(nowMsecs);
    compiler.compileFilter(query.value(QStringLiteral("filter")), query.value(QStringLiteral("filter_or")));

    try {
        if (compiler.deferredError())
            pythonError(*compiler.deferredError());
        const QString &where = compiler.whereSql();
        const QVariantList &binds = compiler.binds();
        if (!hasAggregate)
            return statDistinct(m_store, distinct.toString(), page, where, binds);

        const std::vector<Stage> rules = makeRules(aggregate);
        std::vector<JsonValue> docs;
        size_t first = 0;
        if (!rules.empty() && sqlGroupable(rules.front())) {
            docs = sqlGroup(m_store, rules.front(), where, binds);
            first = 1;
        } else if (!rules.empty() && rules.front().type == Stage::Type::Count) {
            const qint64 n = m_store.countWhere(where, binds);
            if (n > 0) {
                JsonValue doc = JsonValue::object();
                doc.insert(rules.front().name, JsonValue(n));
                docs.push_back(doc);
            }
            first = 1;
        } else {
            docs = loadDocuments(m_store, where, binds);
        }
        for (size_t i = first; i < rules.size(); ++i)
            docs = runStage(std::move(docs), rules[i]);

        JsonValue result = JsonValue::object();
        const qint64 limit = page.value(QStringLiteral("limit")).toInt();
        if (limit > 0) {
            qint64 start = page.contains(QStringLiteral("start")) ? page.value(QStringLiteral("start")).toInt() : 1;
            if (start < 1)
                start = 1;
            result.insert(QStringLiteral("total_count"), JsonValue(qint64(docs.size())));
            std::vector<JsonValue> sliced;
            for (qint64 i = start - 1; i < qint64(docs.size()) && i < start + limit - 1; ++i)
                sliced.push_back(docs[size_t(i)]);
            docs = std::move(sliced);
        }
        result.insert(QStringLiteral("results"), flatten(docs));
        return result;
    } catch (const ApiError &e) {
        // MongoModel.stat: except Exception as e: raise ERROR_DB_QUERY(reason=e.message)
        throw ApiError::dbQuery(e.rawMessage());
    }
}

} // namespace sandbox
