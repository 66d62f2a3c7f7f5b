// SPDX-License-Identifier: MIT
#pragma once

#include "jobapireply.h"
#include "jobdecoder.h"

// POST .../job/stat: the aggregation or distinct result.
class JobStatReply final : public JobApiReply
{
    Q_OBJECT

public:
    const JobStatResult &result() const { return m_result; }

private:
    friend class JobApiClient;
    JobStatReply(quint64 generation, JobApiClient *client);

    JobStatResult m_result;
};
