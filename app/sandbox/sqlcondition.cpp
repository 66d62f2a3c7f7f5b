// SPDX-License-Identifier: MIT
#include "sandbox/sqlcondition.h"

#include "sandbox/timestamps.h"

#include <QRegularExpression>
#include <QStringList>

namespace sandbox {

namespace {

// QtSql binds a null QString as SQL NULL; an empty string in a query is a value, as in MongoDB.
QVariant textBind(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
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

SqlCondition::Operand SqlCondition::operandFor(const JsonValue &v, QueryCompiler::ColumnKind kind)
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

// One comparison with MongoDB's null and type rules.
QString SqlCondition::compare(const QueryCompiler::Column &col, const QString &op, const Operand &operand,
                              QVariantList *binds)
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

QString SqlCondition::in(const QueryCompiler::Column &col, bool negate, const JsonValue::Array &items,
                         QVariantList *binds)
{
    QStringList placeholders;
    QVariantList values;
    bool hasNull = false;
    for (const JsonValue &item : items) {
        const Operand o = operandFor(item, col.kind);
        if (o.kind == Operand::Kind::Null) {
            hasNull = true;
        } else if (o.kind == Operand::Kind::Comparable) {
            placeholders << QStringLiteral("?");
            values << o.bind;
        }
    }
    const QString inList = QStringLiteral("%1 IN (%2)").arg(col.sql, placeholders.join(u','));
    if (!negate) {
        QStringList parts;
        if (!placeholders.isEmpty()) {
            *binds += col.binds;
            *binds += values;
            parts << inList;
        }
        if (hasNull) {
            *binds += col.binds;
            parts << QStringLiteral("%1 IS NULL").arg(col.sql);
        }
        return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(" OR "));
    }
    if (placeholders.isEmpty()) {
        if (!hasNull)
            return QStringLiteral("1");
        *binds += col.binds;
        return QStringLiteral("%1 IS NOT NULL").arg(col.sql);
    }
    *binds += col.binds;
    *binds += col.binds;
    *binds += values;
    return QStringLiteral("(%1 IS %2NULL %3 NOT (%4))")
        .arg(col.sql, hasNull ? QStringLiteral("NOT ") : QString(),
             hasNull ? QStringLiteral("AND") : QStringLiteral("OR"), inList);
}

QString SqlCondition::contains(const QueryCompiler::Column &col, const QString &text, bool negate, QVariantList *binds)
{
    QString test;
    QVariantList testBinds = col.binds;
    if (isAscii(text)) {
        testBinds.append(likePattern(text));
        test = QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(col.sql);
    } else {
        testBinds.append(QStringLiteral("(?i)") + QRegularExpression::escape(text));
        test = QStringLiteral("%1 REGEXP ?").arg(col.sql);
    }
    *binds += col.binds;
    *binds += testBinds;
    if (negate)
        return QStringLiteral("(%1 IS NULL OR NOT (%2))").arg(col.sql, test);
    return QStringLiteral("(%1 IS NOT NULL AND %2)").arg(col.sql, test);
}

} // namespace sandbox
