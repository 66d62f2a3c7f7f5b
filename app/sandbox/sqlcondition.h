// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"
#include "sandbox/querycompiler.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace sandbox {

// SQL for one condition on one column of the jobs table, with MongoDB's rules as they apply to
// the Job document: mongoengine's prepare_query_value per field kind, strings never equal to
// numbers, null fields matched by `not` and by `eq null`.
class SqlCondition
{
public:
    // A query value after mongoengine's prepare_query_value for the target field.
    struct Operand
    {
        enum class Kind { Null, Comparable, Incomparable };
        Kind kind = Kind::Incomparable;
        QVariant bind;
    };
    static Operand operandFor(const JsonValue &v, QueryCompiler::ColumnKind kind);

    // One comparison (eq, not, lt, lte, gt, gte).
    static QString compare(const QueryCompiler::Column &col, const QString &op, const Operand &operand,
                           QVariantList *binds);
    // `in` or, negated, `not_in` over the items of the list.
    static QString in(const QueryCompiler::Column &col, bool negate, const JsonValue::Array &items,
                      QVariantList *binds);
    // A case-insensitive substring test of the column, as LIKE for ASCII text and as REGEXP
    // otherwise (SQLite's LIKE folds only ASCII case); negated, a null field passes too.
    static QString contains(const QueryCompiler::Column &col, const QString &text, bool negate, QVariantList *binds);
};

} // namespace sandbox
