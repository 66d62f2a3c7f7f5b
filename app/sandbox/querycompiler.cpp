// SPDX-License-Identifier: MIT
#include "sandbox/querycompiler.h"

#include "sandbox/filtercondition.h"
#include "sandbox/sqlcondition.h"
#include "sandbox/timestamps.h"

#include <QRegularExpression>
#include <QStringList>

namespace sandbox {

std::optional<QueryCompiler::Column> QueryCompiler::resolveColumn(const QString &key, QString *lookupError)
{
    static const QStringList text{ QStringLiteral("job_id"),
                                   QStringLiteral("status"),
                                   QStringLiteral("resource_group"),
                                   QStringLiteral("error_message"),
                                   QStringLiteral("domain_id"),
                                   QStringLiteral("workspace_id"),
                                   QStringLiteral("trusted_account_id"),
                                   QStringLiteral("plugin_id") };
    static const QStringList dates{ QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                    QStringLiteral("finished_at") };
    Column c;
    if (text.contains(key)) {
        c.sql = key;
        c.kind = ColumnKind::Text;
        return c;
    }
    if (dates.contains(key)) {
        c.sql = key;
        c.kind = ColumnKind::Date;
        return c;
    }
    if (key == u"options") {
        c.sql = QStringLiteral("options");
        c.kind = ColumnKind::Options;
        return c;
    }
    if (key == u"id" || key == u"pk" || key == u"_id") {
        c.sql = QStringLiteral("seq");
        c.kind = ColumnKind::Seq;
        return c;
    }
    if (key.startsWith(QStringLiteral("options."))) {
        // A DictField accepts any sub key; SQLite's JSON path quotes each label.
        const QStringList parts = key.mid(8).split(u'.');
        QString path = QStringLiteral("$");
        for (QString part : parts) {
            part.replace(u'"', QStringLiteral("\\\""));
            path += QStringLiteral(".\"%1\"").arg(part);
        }
        c.sql = QStringLiteral("json_extract(options, ?)");
        c.binds = { path };
        c.kind = ColumnKind::OptionsPath;
        return c;
    }
    if (lookupError) {
        const QStringList parts = key.split(u'.');
        const bool knownHead = text.contains(parts.first()) || dates.contains(parts.first());
        *lookupError = QStringLiteral("Cannot resolve field \"%1\"")
                           .arg(knownHead && parts.size() > 1 ? parts.at(1) : parts.first());
    }
    return std::nullopt;
}

void QueryCompiler::defer(const QString &reason)
{
    if (!m_deferred)
        m_deferred = reason;
}

void QueryCompiler::compileFilter(const JsonValue &filter, const JsonValue &filterOr)
{
    QStringList andParts;
    QVariantList andBinds;
    for (const JsonValue &condition : filter.toArray())
        andParts << QStringLiteral("(%1)").arg(compileCondition(condition, &andBinds));
    QStringList orParts;
    QVariantList orBinds;
    for (const JsonValue &condition : filterOr.toArray())
        orParts << QStringLiteral("(%1)").arg(compileCondition(condition, &orBinds));
    QStringList parts;
    m_binds.clear();
    if (!andParts.isEmpty()) {
        parts << andParts.join(QStringLiteral(" AND "));
        m_binds += andBinds;
    }
    if (!orParts.isEmpty()) {
        parts << QStringLiteral("(%1)").arg(orParts.join(QStringLiteral(" OR ")));
        m_binds += orBinds;
    }
    m_where = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

QString QueryCompiler::compileCondition(const JsonValue &condition, QVariantList *binds)
{
    const FilterCondition c = FilterCondition::read(condition);
    const std::optional<JsonValue> time = timeValue(c);

    // Regex operators go through __raw__: no field lookup, an unknown field simply matches nothing.
    if (c.op == u"regex" || c.op == u"regex_in")
        return compileRegex(c, binds);

    QString lookupError;
    const auto col = resolveColumn(c.key, &lookupError);
    if (!col) {
        defer(lookupError);
        return QStringLiteral("0");
    }
    const QString &op = c.op;
    if (op == u"eq" || op == u"not" || op == u"lt" || op == u"lte" || op == u"gt" || op == u"gte")
        return SqlCondition::compare(*col, op, SqlCondition::operandFor(c.value, col->kind), binds);

    if (time) {
        const QString mongoOp = op.mid(op.indexOf(u'_') + 1);
        const SqlCondition::Operand operand = SqlCondition::operandFor(*time, ColumnKind::Date);
        if (col->kind != ColumnKind::Date && operand.kind != SqlCondition::Operand::Kind::Null)
            return QStringLiteral("0");
        return SqlCondition::compare(*col, mongoOp, operand, binds);
    }

    if (op == u"exists") {
        if (col->kind == ColumnKind::OptionsPath) {
            *binds += col->binds;
            return QStringLiteral("json_type(options, ?) IS %1NULL")
                .arg(c.value.toBool() ? QStringLiteral("NOT ") : QString());
        }
        // Every Job field is stored, null or not, so every document has it.
        return c.value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    }

    if (op == u"match")
        return QStringLiteral("0"); // $elemMatch never matches a non-array field

    if (op == u"in" || op == u"not_in")
        return SqlCondition::in(*col, op == u"not_in", c.value.toArray(), binds);
    return compileContain(*col, c, binds);
}

std::optional<JsonValue> QueryCompiler::timeValue(const FilterCondition &c)
{
    if (c.op.startsWith(QStringLiteral("datetime_"))) {
        if (!c.value.isString())
            return JsonValue();
        const auto ms = Timestamps::parseIso8601(c.value.toString());
        if (!ms) {
            throw ApiError::dbQuery(
                QStringLiteral("The value of datetime_%1 operator is required ISO 8601 format.").arg(c.op.mid(9)));
        }
        return JsonValue::dateTime(*ms);
    }
    if (c.op.startsWith(QStringLiteral("timediff_"))) {
        m_usesClock = true;
        const auto ms = c.value.isString()
            ? Timestamps::parseTimediff(c.value.toString(), m_now.value_or(Timestamps::nowMsecs()))
            : std::nullopt;
        if (!ms) {
            throw ApiError::dbQuery(QStringLiteral("The value of timediff_%1 operator is invalid. (value = %2)")
                                        .arg(c.op.mid(9), c.value.pyStr()));
        }
        return JsonValue::dateTime(*ms);
    }
    return std::nullopt;
}

QString QueryCompiler::compileRegex(const FilterCondition &c, QVariantList *binds)
{
    const auto col = resolveColumn(c.key);
    const JsonValue::Array items = c.op == u"regex" ? JsonValue::Array{ c.value } : c.value.toArray();
    QStringList parts;
    for (const JsonValue &item : items) {
        if (!item.isString()) {
            defer(QStringLiteral("$regex has to be a string"));
            parts << QStringLiteral("0");
            continue;
        }
        const QRegularExpression re(item.toString());
        if (!re.isValid()) {
            defer(QStringLiteral("Regular expression is invalid: %1").arg(re.errorString()));
            parts << QStringLiteral("0");
            continue;
        }
        if (!col || col->kind == ColumnKind::Date || col->kind == ColumnKind::Options || col->kind == ColumnKind::Seq) {
            parts << QStringLiteral("0");
            continue;
        }
        *binds += col->binds;
        *binds += col->binds;
        binds->append(QStringLiteral("(?i)") + item.toString());
        parts << QStringLiteral("(%1 IS NOT NULL AND %1 REGEXP ?)").arg(col->sql);
    }
    return parts.join(QStringLiteral(" OR "));
}

// contain, not_contain, contain_in, not_contain_in: mongoengine's icontains builds
// re.compile(re.escape(value), re.IGNORECASE) for string fields.
QString QueryCompiler::compileContain(const Column &col, const FilterCondition &c, QVariantList *binds)
{
    const bool negate = c.op.startsWith(QStringLiteral("not_"));
    const JsonValue::Array items = FilterCondition::takesList(c.op) ? c.value.toArray() : JsonValue::Array{ c.value };
    QStringList parts;
    for (const JsonValue &item : items) {
        if (col.kind == ColumnKind::Date) {
            // For a date field the value is parsed as a date and used as is: an equality test;
            // `$not` of a date is rejected by MongoDB.
            if (negate) {
                defer(QStringLiteral("$not needs a regex or a document"));
                parts << QStringLiteral("0");
            } else {
                parts << SqlCondition::compare(col, QStringLiteral("eq"), SqlCondition::operandFor(item, col.kind),
                                               binds);
            }
            continue;
        }
        if (!item.isString()) {
            defer(QStringLiteral("decoding to str: need a bytes-like object, %1 found").arg(item.pyTypeName()));
            parts << QStringLiteral("0");
            continue;
        }
        parts << SqlCondition::contains(col, item.toString(), negate, binds);
    }
    return parts.join(QStringLiteral(" OR "));
}

QList<QueryCompiler::OrderTerm> QueryCompiler::orderTerms(const JsonValue &sort)
{
    QList<OrderTerm> terms;
    for (const JsonValue &item : sort.toArray()) {
        const JsonValue *key = item.find(QStringLiteral("key"));
        if (!key || !key->isString() || key->toString().isEmpty()) {
            // f'{sort_option["key"]}' on a dict without "key": a bare KeyError in identity.
            throw ApiError::identityUnknown(QStringLiteral("'key'"));
        }
        const bool desc = item.value(QStringLiteral("desc")).toBool();
        const auto col = resolveColumn(key->toString());
        if (!col)
            continue; // mongoengine keeps unknown sort keys; MongoDB sorts them as missing
        if (col->kind == ColumnKind::OptionsPath) {
            QString path = col->binds.value(0).toString();
            path.replace(u'\'', QStringLiteral("''"));
            terms.append({ QStringLiteral("json_extract(options, '%1')").arg(path), desc });
        } else {
            terms.append({ col->sql, desc });
        }
    }
    if (sort.toArray().empty())
        terms.append({ QStringLiteral("created_at"), true });
    terms.append({ QStringLiteral("job_id"), false });
    return terms;
}

QString QueryCompiler::orderBy(const JsonValue &sort)
{
    QStringList parts;
    for (const OrderTerm &term : orderTerms(sort))
        parts << QStringLiteral("%1 %2").arg(term.sql, term.desc ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    return parts.join(QStringLiteral(", "));
}

} // namespace sandbox
