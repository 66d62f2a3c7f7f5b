// SPDX-License-Identifier: MIT
#pragma once

#include "jobapireply.h"

// POST .../job/delete for one job id. A 404 with ERROR_NOT_FOUND means the job is already gone
// (or belongs to a scope this token cannot touch); error().isNotFound() tells.
class JobDeleteReply final : public JobApiReply
{
    Q_OBJECT

public:
    QString jobId() const { return m_jobId; }

private:
    friend class JobApiClient;
    JobDeleteReply(const QString &jobId, quint64 generation, JobApiClient *client);

    QString m_jobId;
};
