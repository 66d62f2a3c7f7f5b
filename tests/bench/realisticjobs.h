// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <vector>

// Jobs as the sandbox's generator makes them (its provider error texts, ids, workspaces and
// timestamps), listed through the app's own client over HTTP: the realistic data the memory
// and filter benchmarks run on. Cached per size in the temporary directory, so a second run
// does not generate 100,000 jobs again.
namespace RealisticJobs {
std::vector<Job> load(int count);
} // namespace RealisticJobs
