// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"
#include "sandbox/statstage.h"

#include <vector>

namespace sandbox::pipeline {

// The stages of a StatisticsQuery's `aggregate` list, checked the way spaceone-core's
// MongoModel._make_aggregate_rules and the stat resolvers check them, with their error texts.
// Throws ApiError.
std::vector<Stage> makeRules(const JsonValue &aggregate);

} // namespace sandbox::pipeline
