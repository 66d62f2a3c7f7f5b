// SPDX-License-Identifier: MIT
// The list reply decoders, Qt's and simdjson's, on the same bytes: neither may crash, and where
// the fast one accepts a reply it must agree with the Qt one row for row.
#include "fuzzsupport.h"

#include "api/jobdecoder.h"
#include "api/jobfastdecoder.h"
#include "api/stringpool.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    JobListPage slow;
    QString error;
    StringPool pool;
    const bool slowOk = JobDecoder::decodeList(body, &slow, &error, &pool);
    FUZZ_CHECK(slowOk || !error.isEmpty());

    JobListPage fast;
    StringPool fastPool;
    if (JobFastDecoder::isAvailable() && JobFastDecoder::decodeList(body, &fast, &fastPool)) {
        FUZZ_CHECK(slowOk);
        FUZZ_CHECK(fast.jobs.size() == slow.jobs.size());
        FUZZ_CHECK(fast.hasTotalCount == slow.hasTotalCount);
        FUZZ_CHECK(fast.totalCount == slow.totalCount);
        for (size_t i = 0; i < fast.jobs.size(); ++i) {
            FUZZ_CHECK(fast.jobs[i].jobId == slow.jobs[i].jobId);
            FUZZ_CHECK(fast.jobs[i].status == slow.jobs[i].status);
            FUZZ_CHECK(fast.jobs[i].createdAtMs == slow.jobs[i].createdAtMs);
            FUZZ_CHECK(fast.jobs[i].updatedAtMs == slow.jobs[i].updatedAtMs);
            FUZZ_CHECK(fast.jobs[i].errorMessage == slow.jobs[i].errorMessage);
        }
    }
    return 0;
}
