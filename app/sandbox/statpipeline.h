// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"
#include "sandbox/statstage.h"

#include <vector>

namespace sandbox::pipeline {

// Runs one stage over documents in memory, with MongoDB's semantics: BSON order, missing fields
// apart from nulls, groups in order of first appearance, MongoDB's error texts. Throws ApiError.
std::vector<JsonValue> runStage(std::vector<JsonValue> docs, const Stage &stage);

} // namespace sandbox::pipeline
