// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QString>

#include <utility>
#include <vector>

// The stat engine's aggregation pipeline: the stages a StatisticsQuery's `aggregate` list turns
// into (statrules.cpp), and how each runs over documents in memory (statpipeline.cpp) or, for a
// leading group stage, in SQL (statsql.cpp).
namespace sandbox::pipeline {

// A condition of a group field (`conditions`): compares a path with a value in BSON order.
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

// A condition of the match stage that follows an unwind with a filter.
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

// Raises a Python exception that is not a SpaceONE error (MongoDB failures, KeyError,
// TypeError...): an ApiError the engine wraps in ERROR_DB_QUERY like every other.
[[noreturn]] void pythonError(const QString &message);

// The part of `items` a StatisticsQuery's `page` asks for: with a limit, `items` keeps the slice
// from the 1-based start and `result` gets the total_count of all; without one, both stay.
void applyPage(const JsonValue &page, std::vector<JsonValue> &items, JsonValue &result);

} // namespace sandbox::pipeline
