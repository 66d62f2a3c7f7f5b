// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QStringList>

namespace sandbox {

// The python-core decorators SpaceONE service methods wear, applied to the request parameters
// in the order the methods list them.
class ServiceDecorators
{
public:
    // @change_value_by_rule("APPEND", "workspace_id", "*"): a workspace caller also sees what
    // belongs to the whole domain.
    static void appendWorkspaceWildcard(JsonValue &params);
    // @append_query_filter(keys): each given parameter becomes an `eq` (or, for a list, `in`)
    // condition of query.filter.
    static void appendQueryFilter(JsonValue &params, const QStringList &keys);
    // @append_keyword_filter(keys): query.keyword becomes `contain_in` conditions of filter_or.
    static void appendKeywordFilter(JsonValue &params, const QStringList &keys);
    // pydantic: the first missing required field, in model declaration order (400).
    static void requireFields(const JsonValue &params, const QStringList &required);
};

} // namespace sandbox
