// SPDX-License-Identifier: MIT
#include "sandbox/statsql.h"

#include "sandbox/bson.h"
#include "sandbox/jobstore.h"
#include "sandbox/querycompiler.h"
#include "sandbox/timestamps.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace sandbox::pipeline {

namespace {

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

// SELECT ... FROM (inner GROUP BY) g ORDER BY g.first_seq: keys k<i>, aggregates a<i>, and the
// first and last row of each group for $first and $last.
QString groupSql(const Stage &stage, const QString &where)
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
    return QStringLiteral("SELECT %1 FROM (%2) g ORDER BY g.first_seq")
        .arg(outerSelect.isEmpty() ? QStringLiteral("g.first_seq") : outerSelect.join(QStringLiteral(", ")), inner);
}

// The value of one group field from its column of groupSql().
JsonValue groupFieldValue(const GroupField &f, const QVariant &raw)
{
    if (f.op == u"count")
        return JsonValue(raw.toLongLong());
    if (f.op == u"sum")
        return JsonValue(qint64(0)); // $sum ignores non-numeric values
    if (f.op == u"average")
        return JsonValue(); // $avg of no numeric value
    const auto c = QueryCompiler::resolveColumn(f.path);
    if (f.op != u"add_to_set")
        return columnValue(raw, c->kind);
    JsonValue parsed;
    JsonValue::parse(raw.toString().toUtf8(), &parsed);
    JsonValue items = JsonValue::array();
    for (const JsonValue &item : parsed.toArray())
        items.append(item.isNull() ? JsonValue() : columnValue(item.toString(), c->kind));
    return items;
}

// One value of `distinct` on a column of the given kind.
std::optional<JsonValue> distinctValue(const QSqlQuery &q, QueryCompiler::ColumnKind kind)
{
    const QVariant raw = q.value(0);
    JsonValue v;
    switch (kind) {
    case QueryCompiler::ColumnKind::Options:
        if (raw.isNull())
            return JsonValue();
        if (JsonValue::parse(raw.toString().toUtf8(), &v))
            return v;
        return std::nullopt;
    case QueryCompiler::ColumnKind::OptionsPath: {
        const QString type = q.value(2).toString();
        if (raw.isNull() && type.isEmpty())
            return std::nullopt; // a missing sub key is not a value
        if (type == u"object" || type == u"array") {
            JsonValue::parse(raw.toString().toUtf8(), &v);
            return v;
        }
        if (type == u"integer")
            return JsonValue(raw.toLongLong());
        if (type == u"real")
            return JsonValue(raw.toDouble());
        if (type == u"true" || type == u"false")
            return JsonValue(type == u"true");
        if (type == u"null")
            return JsonValue();
        return JsonValue(raw.toString());
    }
    case QueryCompiler::ColumnKind::Seq:
        return JsonValue(QStringLiteral("%1").arg(raw.toLongLong(), 24, 16, QLatin1Char('0')));
    default:
        return columnValue(raw, kind);
    }
}

// The distinct values of a column in order of first appearance (MongoDB's order when Python
// cannot sort them); none for a field the Job model does not have.
JsonValue distinctValues(const JobStore &store, const QString &field, const QString &where, const QVariantList &binds)
{
    JsonValue values = JsonValue::array();
    const auto col = QueryCompiler::resolveColumn(field);
    if (!col)
        return values;
    QVariantList allBinds = col->binds;
    allBinds += binds;
    QString sql
        = QStringLiteral("SELECT %1 AS v, MIN(seq) AS s FROM jobs WHERE %2 GROUP BY v ORDER BY s").arg(col->sql, where);
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
        if (const auto v = distinctValue(q, col->kind))
            values.append(*v);
    }
    return values;
}

// values.sort(): works when every value has one orderable Python type (or there is at most one).
void sortLikePython(JsonValue::Array &items)
{
    if (items.size() <= 1)
        return;
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
    bool sortable = true;
    for (const JsonValue &v : items)
        sortable = sortable && f0 != 0 && family(v) == f0;
    if (sortable)
        std::stable_sort(items.begin(), items.end(),
                         [](const JsonValue &a, const JsonValue &b) { return bson::compare(a, b) < 0; });
}

} // namespace

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

std::vector<JsonValue> sqlGroup(const JobStore &store, const Stage &stage, const QString &where,
                                const QVariantList &binds)
{
    QSqlQuery q = store.exec(groupSql(stage, where), binds);
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
        for (const GroupField &f : stage.fields)
            doc.insert(f.name, groupFieldValue(f, q.value(col++)));
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

JsonValue statDistinct(const JobStore &store, const QString &field, const JsonValue &page, const QString &where,
                       const QVariantList &binds)
{
    JsonValue values = distinctValues(store, field, where, binds);
    auto &items = values.arrayRef();
    sortLikePython(items);
    JsonValue result = JsonValue::object();
    applyPage(page, items, result);
    result.insert(QStringLiteral("results"), values);
    return result;
}

} // namespace sandbox::pipeline
