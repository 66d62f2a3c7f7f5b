// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace sandbox {

// One item of a Query's filter or filter_or, `{k, v, o}` or `{key, value, operator}`, and the
// operator table of spaceone-core's filter_operator.py (FILTER_OPERATORS) it is checked against.
// The job list (QueryCompiler, in SQL) and the directory lists (DirectoryQuery, in memory) check
// their conditions here, so both raise the same errors in the same order.
struct FilterCondition
{
    // What an operator does, whatever its polarity or value shape.
    enum class Family {
        Comparison, // eq not lt lte gt gte
        Exists,
        Contain, // contain not_contain contain_in not_contain_in: case-insensitive substrings
        In, // in not_in
        Match, // $elemMatch
        Regex, // regex regex_in: case-insensitive, on the raw document
        Time, // datetime_* (an ISO 8601 value), timediff_* (relative to now)
    };

    QString key;
    JsonValue value;
    QString op;
    Family family = Family::Comparison;

    // The operators of filter_operator.py, in its order (the order error messages list them).
    static const QStringList &operators();
    // Whether the operator takes a list value (in, not_in, contain_in, not_contain_in, regex_in).
    static bool takesList(const QString &op);
    // The family of a known operator.
    static Family familyOf(const QString &op);

    // Reads a condition with the checks MongoModel makes while it builds the query: a known
    // operator (500 ERROR_DB_QUERY listing them), list or single value as the operator wants
    // (400), a key, a boolean for exists and a dict for match (400), a non-empty list for the
    // operators reduced over their values (a bare TypeError). Throws ApiError.
    static FilterCondition read(const JsonValue &condition);
};

} // namespace sandbox
