// SPDX-License-Identifier: MIT
#include "jobdeletereply.h"

JobDeleteReply::JobDeleteReply(const QString &jobId, quint64 generation, JobApiClient *client)
    : JobApiReply(QStringLiteral("delete"), generation, client)
    , m_jobId(jobId)
{ }
