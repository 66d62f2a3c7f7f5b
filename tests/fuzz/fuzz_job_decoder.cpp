// SPDX-License-Identifier: MIT
// A get reply (one JobInfo): decoded or refused with a reason, never a crash; what decodes
// survives a round trip through the app's own JSON form.
#include "fuzzsupport.h"

#include "api/jobdecoder.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Job job;
    QString error;
    if (!JobDecoder::decodeJob(fuzz::bytes(data, size), &job, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    Job again;
    const QByteArray json = QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact);
    FUZZ_CHECK(JobDecoder::decodeJob(json, &again, &error));
    FUZZ_CHECK(again.jobId == job.jobId);
    FUZZ_CHECK(again.status == job.status);
    return 0;
}
