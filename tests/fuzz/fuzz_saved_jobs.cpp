// SPDX-License-Identifier: MIT
// The saved-jobs file is read at every start from a cache directory anything may have written
// to: it must never crash the reader, and what the reader accepts must encode and decode again
// to the same jobs.
#include "fuzzsupport.h"

#include "monitor/savedjobsfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<SavedJobs> saved = SavedJobsFile::decode(fuzz::bytes(data, size), &error);
    if (!saved) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!saved->connectionId.isEmpty());
    FUZZ_CHECK(int(saved->jobs.size()) <= SavedJobs::kMaxJobs);
    const std::optional<SavedJobs> again = SavedJobsFile::decode(SavedJobsFile::encode(*saved), &error);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->jobs.size() == saved->jobs.size());
    for (size_t i = 0; i < saved->jobs.size(); ++i)
        FUZZ_CHECK(again->jobs[i] == saved->jobs[i]);
    FUZZ_CHECK(again->connectionId == saved->connectionId);
    FUZZ_CHECK(again->savedAtMs == saved->savedAtMs);
    return 0;
}
