// SPDX-License-Identifier: MIT
#include "sandbox/statpipeline.h"

#include "sandbox/bson.h"
#include "sandbox/timestamps.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace sandbox::pipeline {

namespace {

using bson::getPath;

// ----- group -------------------------------------------------------------------------------------

bool evalSubConditions(const JsonValue &doc, const std::vector<SubCondition> &conditions)
{
    for (const SubCondition &c : conditions) {
        const int cmp = bson::compare(getPath(doc, c.path), c.value);
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
        pythonError(QStringLiteral("can't convert from BSON type %1 to Date").arg(bson::typeName(v)));
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

// The object $push adds for a field with sub fields; dates come out as ISO 8601 text.
JsonValue pushedObject(const JsonValue &doc, const GroupField &f)
{
    JsonValue item = JsonValue::object();
    for (const auto &[name, path] : f.subFields) {
        bool subMissing = false;
        JsonValue sv = getPath(doc, path, &subMissing);
        if (subMissing)
            continue;
        if (isDateField(path) && sv.isDateTime())
            sv = JsonValue(Timestamps::formatMongo(sv.dateTimeMsecs(), QStringLiteral("%Y-%m-%dT%H:%M:%SZ")));
        item.insert(name, sv);
    }
    return item;
}

void mergeObject(Accumulator &a, const JsonValue &v)
{
    if (v.isObject()) {
        if (!a.has) {
            a.value = JsonValue::object();
            a.has = true;
        }
        for (const auto &member : v.toObject())
            a.value.insert(member.first, member.second);
    } else if (!v.isNull()) {
        pythonError(QStringLiteral("$mergeObjects requires object inputs, but input %1 is of type %2")
                        .arg(QString::fromUtf8(v.toJson()), bson::typeName(v)));
    }
}

// One document's contribution to one field of its group.
void accumulate(Accumulator &a, const GroupField &f, const JsonValue &doc)
{
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
            const int cmp = a.has ? bson::compare(v, a.value) : 0;
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
        if (f.path.isEmpty())
            a.items.push_back(pushedObject(doc, f));
        else if (!missing)
            a.items.push_back(v);
    } else if (f.op == u"add_to_set") {
        if (!missing && std::find(a.items.begin(), a.items.end(), v) == a.items.end())
            a.items.push_back(v);
    } else if (f.op == u"merge_objects") {
        mergeObject(a, v);
    }
}

JsonValue accumulated(const Accumulator &a, const GroupField &f)
{
    if (f.op == u"count" || f.op == u"sum")
        return a.sum();
    if (f.op == u"average")
        return a.count > 0 ? JsonValue((a.doubleSum + double(a.intSum)) / double(a.count)) : JsonValue();
    if (f.op == u"push" || f.op == u"add_to_set")
        return JsonValue(a.items);
    if (f.op == u"merge_objects")
        return a.has ? a.value : JsonValue::object();
    return a.value;
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
        for (size_t fi = 0; fi < stage.fields.size(); ++fi)
            accumulate(g.acc[fi], stage.fields[fi], doc);
    }
    std::vector<JsonValue> out;
    out.reserve(groups.size());
    for (Group &g : groups) {
        JsonValue doc = JsonValue::object();
        doc.insert(QStringLiteral("_id"), g.id);
        for (size_t fi = 0; fi < stage.fields.size(); ++fi)
            doc.insert(stage.fields[fi].name, accumulated(g.acc[fi], stage.fields[fi]));
        out.push_back(std::move(doc));
    }
    return out;
}

// ----- the other stages --------------------------------------------------------------------------

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

std::vector<JsonValue> runUnwind(const std::vector<JsonValue> &docs, const Stage &stage)
{
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

std::vector<JsonValue> runMatch(const std::vector<JsonValue> &docs, const Stage &stage)
{
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

std::vector<JsonValue> runSort(std::vector<JsonValue> docs, const Stage &stage)
{
    if (stage.sort.empty())
        pythonError(QStringLiteral("$sort stage must have at least one sort key"));
    std::stable_sort(docs.begin(), docs.end(), [&stage](const JsonValue &a, const JsonValue &b) {
        for (const auto &[path, desc] : stage.sort) {
            const int c = bson::compare(getPath(a, path), getPath(b, path));
            if (c != 0)
                return desc ? c > 0 : c < 0;
        }
        return false;
    });
    return docs;
}

// One field of a project stage into `projected`.
void projectField(const JsonValue &doc, const ProjectField &f, JsonValue &projected)
{
    bool missing = false;
    const JsonValue v = getPath(doc, f.path, &missing);
    if (f.op.isEmpty()) {
        if (!missing)
            projected.insert(f.name, v);
    } else if (f.op == u"size") {
        if (!v.isArray()) {
            pythonError(QStringLiteral("The argument to $size must be an array. Type of argument: %1")
                            .arg(missing ? QStringLiteral("missing") : bson::typeName(v)));
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

std::vector<JsonValue> runProject(const std::vector<JsonValue> &docs, const Stage &stage)
{
    std::vector<JsonValue> out;
    for (const JsonValue &doc : docs) {
        JsonValue projected = JsonValue::object();
        if (!stage.excludeId) {
            if (const JsonValue *id = doc.find(QStringLiteral("_id")))
                projected.insert(QStringLiteral("_id"), *id);
        }
        for (const ProjectField &f : stage.project)
            projectField(doc, f, projected);
        out.push_back(std::move(projected));
    }
    return out;
}

std::vector<JsonValue> runLimit(std::vector<JsonValue> docs, const Stage &stage)
{
    if (stage.number <= 0)
        pythonError(QStringLiteral("the limit must be positive"));
    if (qint64(docs.size()) > stage.number)
        docs.resize(size_t(stage.number));
    return docs;
}

std::vector<JsonValue> runSkip(std::vector<JsonValue> docs, const Stage &stage)
{
    if (stage.number < 0) {
        pythonError(QStringLiteral("invalid argument to $skip stage: Expected a non-negative number in: $skip: %1")
                        .arg(stage.number));
    }
    if (qint64(docs.size()) <= stage.number)
        return {};
    docs.erase(docs.begin(), docs.begin() + stage.number);
    return docs;
}

} // namespace

std::vector<JsonValue> runStage(std::vector<JsonValue> docs, const Stage &stage)
{
    switch (stage.type) {
    case Stage::Type::Unwind:
        return runUnwind(docs, stage);
    case Stage::Type::Match:
        return runMatch(docs, stage);
    case Stage::Type::Group:
        return runGroup(docs, stage);
    case Stage::Type::Count: {
        if (docs.empty())
            return {};
        JsonValue doc = JsonValue::object();
        doc.insert(stage.name, JsonValue(qint64(docs.size())));
        return { doc };
    }
    case Stage::Type::Sort:
        return runSort(std::move(docs), stage);
    case Stage::Type::Project:
        return runProject(docs, stage);
    case Stage::Type::Limit:
        return runLimit(std::move(docs), stage);
    case Stage::Type::Skip:
        return runSkip(std::move(docs), stage);
    }
    return docs;
}

} // namespace sandbox::pipeline
