// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "jobapireply.h"

// POST .../job/get for one job id.
class JobGetReply final : public JobApiReply
{
    Q_OBJECT

public:
    const Job &job() const { return m_job; }

private:
    friend class JobApiClient;
    JobGetReply(quint64 generation, JobApiClient *client);

    Job m_job;
};
