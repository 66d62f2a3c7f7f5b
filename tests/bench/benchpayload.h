// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QByteArray>

#include <vector>

// Realistic list-endpoint data for the benchmarks: ids "job-" + 12 hex digits, a few
// workspaces including "*", about 50 trusted accounts, 8 collector plugins, some failures with
// error messages, gateway-style timestamps and default-valued fields left out.
namespace BenchPayload {
std::vector<Job> makeJobs(int count, quint32 seed);
// The next poll: 1% of the rows changed, of which 60% changed state, 20% were deleted and 20%
// are new jobs.
std::vector<Job> nextPoll(const std::vector<Job> &jobs, quint32 seed);
// {"results":[...],"total_count":N} as the gateway prints it.
QByteArray toListJson(const std::vector<Job> &jobs);
} // namespace BenchPayload
