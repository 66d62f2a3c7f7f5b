// SPDX-License-Identifier: MIT
// A stat reply and the two ways the app reads it (counts per key, distinct values).
#include "fuzzsupport.h"

#include "api/jobdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    JobStatResult result;
    QString error;
    if (!JobDecoder::decodeStat(fuzz::bytes(data, size), &result, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QHash<QString, qint64> counts = result.countsBy(QStringLiteral("status"));
    for (qint64 n : counts)
        FUZZ_CHECK(n >= 0);
    (void)result.countsBy(QStringLiteral("workspace_id"), QStringLiteral("total"));
    (void)result.distinctValues();
    return 0;
}
