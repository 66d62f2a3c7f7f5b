// SPDX-License-Identifier: MIT
#include "sandbox/querycompiler.h"

#include "sandbox/filtercondition.h"
#include "sandbox/timestamps.h"

#include <QRegularExpression>
#include <QStringList>

namespace sandbox {

namespace {

// A query value after mongoengine's prepare_query_value for the target field.
struct Operand
{
    enum class Kind { Null, Comparable, Incomparable };
    Kind kind = Kind::Incomparable;
    QVariant bind;
};

// QtSql binds a null QString as SQL NULL; an empty string in a query is a value, as in MongoDB.
QVariant textBind(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

Operand operandFor(const JsonValue &v, QueryCompiler::ColumnKind kind)
{
    Operand o;
    if (v.isNull()) {
        o.kind = Operand::Kind::Null;
        return o;
    }
    switch (kind) {
    case QueryCompiler::ColumnKind::Text:
        if (v.isString()) {
            o.kind = Operand::Kind::Comparable;
            o.bind = textBind(v.toString());
        }
        break;
    case QueryCompiler::ColumnKind::Date:
        // DateTimeField.to_mongo: strings are parsed with dateutil, anything else becomes None.
        if (v.isDateTime()) {
            o.kind = Operand::Kind::Comparable;
            o.bind = Timestamps::format(v.dateTimeMsecs());
        } else if (v.isString()) {
            if (const auto ms = Timestamps::parseLoose(v.toString())) {
                o.kind = Operand::Kind::Comparable;
                o.bind = Timestamps::format(*ms);
            } else {
                o.kind = Operand::Kind::Null;
            }
        } else {
            o.kind = Operand::Kind::Null;
        }
        break;
    case QueryCompiler::ColumnKind::OptionsPath:
        if (v.isString()) {
            o.kind = Operand::Kind::Comparable;
            o.bind = textBind(v.toString());
        } else if (v.isNumber()) {
            o.kind = Operand::Kind::Comparable;
            o.bind = v.toDouble();
        } else if (v.isBool()) {
            o.kind = Operand::Kind::Comparable;
            o.bind = v.toBool() ? 1 : 0;
        }
        break;
    case QueryCompiler::ColumnKind::Options:
        if (v.isObject()) {
            o.kind = Operand::Kind::Comparable;
            o.bind = QString::fromUtf8(v.toJson());
        }
        break;
    case QueryCompiler::ColumnKind::Seq:
        if (v.isInt()) {
            o.kind = Operand::Kind::Comparable;
            o.bind = v.toInt();
        }
        break;
    }
    return o;
}

QString sqlComparison(const QString &op)
{
    if (op == u"lt")
        return QStringLiteral("<");
    if (op == u"lte")
        return QStringLiteral("<=");
    if (op == u"gt")
        return QStringLiteral(">");
    return QStringLiteral(">=");
}

// One comparison with MongoDB's null and type rules.
QString compare(const QueryCompiler::Column &col, const QString &op, const Operand &operand, QVariantList *binds)
{
    switch (operand.kind) {
    case Operand::Kind::Null:
        if (op == u"eq" || op == u"lte" || op == u"gte") {
            *binds += col.binds;
            return QStringLiteral("%1 IS NULL").arg(col.sql);
        }
        if (op == u"not") {
            *binds += col.binds;
            return QStringLiteral("%1 IS NOT NULL").arg(col.sql);
        }
        return QStringLiteral("0");
    case Operand::Kind::Incomparable:
        return op == u"not" ? QStringLiteral("1") : QStringLiteral("0");
    case Operand::Kind::Comparable:
        break;
    }
    *binds += col.binds;
    binds->append(operand.bind);
    if (op == u"eq")
        return QStringLiteral("%1 = ?").arg(col.sql);
    if (op == u"not")
        return QStringLiteral("%1 IS NOT ?").arg(col.sql);
    return QStringLiteral("%1 %2 ?").arg(col.sql, sqlComparison(op));
}

QString likePattern(const QString &value)
{
    QString escaped;
    for (const QChar c : value) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

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
    const QString &key = c.key;
    const JsonValue &value = c.value;
    const QString &op = c.op;
    std::optional<Operand> timeOperand;
    if (op.startsWith(QStringLiteral("datetime_"))) {
        const QString mongoOp = op.mid(9);
        if (value.isString()) {
            const auto ms = Timestamps::parseIso8601(value.toString());
            if (!ms) {
                throw ApiError::dbQuery(
                    QStringLiteral("The value of datetime_%1 operator is required ISO 8601 format.").arg(mongoOp));
            }
            timeOperand = operandFor(JsonValue::dateTime(*ms), ColumnKind::Date);
        } else {
            timeOperand = Operand{ Operand::Kind::Null, {} };
        }
    } else if (op.startsWith(QStringLiteral("timediff_"))) {
        m_usesClock = true;
        const QString mongoOp = op.mid(9);
        const auto ms = value.isString()
            ? Timestamps::parseTimediff(value.toString(), m_now.value_or(Timestamps::nowMsecs()))
            : std::nullopt;
        if (!ms) {
            throw ApiError::dbQuery(QStringLiteral("The value of timediff_%1 operator is invalid. (value = %2)")
                                        .arg(mongoOp, value.pyStr()));
        }
        timeOperand = operandFor(JsonValue::dateTime(*ms), ColumnKind::Date);
    }

    // Regex operators go through __raw__: no field lookup, an unknown field simply matches nothing.
    if (op == u"regex" || op == u"regex_in") {
        const auto col = resolveColumn(key);
        const JsonValue::Array items = op == u"regex" ? JsonValue::Array{ value } : value.toArray();
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
            if (!col || col->kind == ColumnKind::Date || col->kind == ColumnKind::Options
                || col->kind == ColumnKind::Seq) {
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

    QString lookupError;
    const auto col = resolveColumn(key, &lookupError);
    if (!col) {
        defer(lookupError);
        return QStringLiteral("0");
    }

    if (op == u"eq" || op == u"not" || op == u"lt" || op == u"lte" || op == u"gt" || op == u"gte")
        return compare(*col, op, operandFor(value, col->kind), binds);

    if (timeOperand) {
        const QString mongoOp = op.mid(op.indexOf(u'_') + 1);
        if (col->kind != ColumnKind::Date)
            return timeOperand->kind == Operand::Kind::Null ? compare(*col, mongoOp, *timeOperand, binds)
                                                            : QStringLiteral("0");
        return compare(*col, mongoOp, *timeOperand, binds);
    }

    if (op == u"exists") {
        if (col->kind == ColumnKind::OptionsPath) {
            *binds += col->binds;
            return QStringLiteral("json_type(options, ?) IS %1NULL")
                .arg(value.toBool() ? QStringLiteral("NOT ") : QString());
        }
        // Every Job field is stored, null or not, so every document has it.
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    }

    if (op == u"match")
        return QStringLiteral("0"); // $elemMatch never matches a non-array field

    if (op == u"in" || op == u"not_in") {
        QStringList placeholders;
        QVariantList values;
        bool hasNull = false;
        for (const JsonValue &item : value.toArray()) {
            const Operand o = operandFor(item, col->kind);
            if (o.kind == Operand::Kind::Null) {
                hasNull = true;
            } else if (o.kind == Operand::Kind::Comparable) {
                placeholders << QStringLiteral("?");
                values << o.bind;
            }
        }
        const QString inList = QStringLiteral("%1 IN (%2)").arg(col->sql, placeholders.join(u','));
        if (op == u"in") {
            QStringList parts;
            if (!placeholders.isEmpty()) {
                *binds += col->binds;
                *binds += values;
                parts << inList;
            }
            if (hasNull) {
                *binds += col->binds;
                parts << QStringLiteral("%1 IS NULL").arg(col->sql);
            }
            return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(" OR "));
        }
        if (placeholders.isEmpty()) {
            if (!hasNull)
                return QStringLiteral("1");
            *binds += col->binds;
            return QStringLiteral("%1 IS NOT NULL").arg(col->sql);
        }
        *binds += col->binds;
        *binds += col->binds;
        *binds += values;
        return QStringLiteral("(%1 IS %2NULL %3 NOT (%4))")
            .arg(col->sql, hasNull ? QStringLiteral("NOT ") : QString(),
                 hasNull ? QStringLiteral("AND") : QStringLiteral("OR"), inList);
    }

    // contain, not_contain, contain_in, not_contain_in: mongoengine's icontains builds
    // re.compile(re.escape(value), re.IGNORECASE) for string fields.
    const bool negate = op.startsWith(QStringLiteral("not_"));
    const JsonValue::Array items = FilterCondition::takesList(op) ? value.toArray() : JsonValue::Array{ value };
    QStringList parts;
    for (const JsonValue &item : items) {
        if (col->kind == ColumnKind::Date) {
            // For a date field the value is parsed as a date and used as is: an equality test;
            // `$not` of a date is rejected by MongoDB.
            if (negate) {
                defer(QStringLiteral("$not needs a regex or a document"));
                parts << QStringLiteral("0");
            } else {
                parts << compare(*col, QStringLiteral("eq"), operandFor(item, col->kind), binds);
            }
            continue;
        }
        if (!item.isString()) {
            defer(QStringLiteral("decoding to str: need a bytes-like object, %1 found").arg(item.pyTypeName()));
            parts << QStringLiteral("0");
            continue;
        }
        const QString s = item.toString();
        QString test;
        QVariantList testBinds = col->binds;
        if (isAscii(s)) {
            testBinds.append(likePattern(s));
            test = QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(col->sql);
        } else {
            testBinds.append(QStringLiteral("(?i)") + QRegularExpression::escape(s));
            test = QStringLiteral("%1 REGEXP ?").arg(col->sql);
        }
        *binds += col->binds;
        *binds += testBinds;
        if (negate)
            parts << QStringLiteral("(%1 IS NULL OR NOT (%2))").arg(col->sql, test);
        else
            parts << QStringLiteral("(%1 IS NOT NULL AND %2)").arg(col->sql, test);
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
