// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QByteArray>

#include <vector>

class StringPool;

// The list endpoint decoded with simdjson's on-demand parser into the same Job values as
// JobDecoder::decodeList, for comparison only: no per-field error messages, options skipped.
namespace SimdjsonDecode {
bool decodeList(const QByteArray &body, std::vector<Job> *jobs, StringPool *pool);
} // namespace SimdjsonDecode
