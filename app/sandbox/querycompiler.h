// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/apierror.h"
#include "sandbox/jsonvalue.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sandbox {

struct FilterCondition;

// Turns a SpaceONE Query's filter / filter_or / sort into SQL over the `jobs` table, with the
// semantics of spaceone-core's MongoModel on top of mongoengine and MongoDB:
// - operators of filter_operator.py FILTER_OPERATORS, checked in the same order with the same
//   errors (FilterCondition, then datetime_* and timediff_* values);
// - MongoDB's comparison rules as they apply to the Job document: strings never equal numbers,
//   `not`/`not_in`/`not_contain` also match null fields, query values for date fields are
//   parsed as dates (or become null), case-insensitive contain/regex;
// - errors the real server only meets while running the query (an unknown field name, a
//   non-string value for contain, a bad regex) are kept in deferredError() so that the caller
//   raises them where the real code does: inside its try block, after every condition was built.
class QueryCompiler
{
public:
    enum class ColumnKind { Text, Date, Options, OptionsPath, Seq };
    struct Column
    {
        QString sql;
        QVariantList binds;
        ColumnKind kind = ColumnKind::Text;
    };

    // Resolves a document key to an SQL expression. Returns nullopt for a field the Job model
    // does not have; *lookupError then holds mongoengine's message.
    static std::optional<Column> resolveColumn(const QString &key, QString *lookupError = nullptr);

    // Builds `(<filter AND ...>) AND (<filter_or OR ...>)`. Throws ApiError for errors raised
    // while building conditions.
    void compileFilter(const JsonValue &filter, const JsonValue &filterOr);
    const QString &whereSql() const { return m_where; }
    const QVariantList &binds() const { return m_binds; }
    // The reason text of the first such error (a Python exception's str()).
    const std::optional<QString> &deferredError() const { return m_deferred; }
    // The filter compares with the current time (timediff_*): its result changes by itself.
    bool usesClock() const { return m_usesClock; }

    // ORDER BY for a list query: the given keys in order, then job_id as a tie-break; with no sort
    // the model's default ordering, newest created_at first. Throws for a sort item without key.
    static QString orderBy(const JsonValue &sort);
    // The same as terms: SQL expression and direction, job_id ascending last.
    struct OrderTerm
    {
        QString sql;
        bool desc = false;
    };
    static QList<OrderTerm> orderTerms(const JsonValue &sort);

    // The time the timediff operators are relative to (tests pin it; default: wall clock).
    void setNow(qint64 msecs) { m_now = msecs; }

private:
    QString compileCondition(const JsonValue &condition, QVariantList *binds);
    // The date a datetime_* or timediff_* value stands for (null for a datetime_* value that is
    // not a string); nullopt for other operators. Throws for a value that is no such date.
    std::optional<JsonValue> timeValue(const FilterCondition &c);
    QString compileRegex(const FilterCondition &c, QVariantList *binds);
    QString compileContain(const Column &col, const FilterCondition &c, QVariantList *binds);
    void defer(const QString &reason);

    QString m_where = QStringLiteral("1");
    QVariantList m_binds;
    std::optional<QString> m_deferred;
    bool m_usesClock = false;
    std::optional<qint64> m_now;
};

} // namespace sandbox
