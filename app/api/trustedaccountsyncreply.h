// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "jobapireply.h"

// POST .../trusted-account/sync for one trusted account: the server starts the account's
// collector again and answers with the new job (normally PENDING). Never retried: a second
// attempt would start a second job.
class TrustedAccountSyncReply final : public JobApiReply
{
    Q_OBJECT

public:
    QString trustedAccountId() const { return m_trustedAccountId; }
    // The job the sync created; empty until the reply finished without error.
    const Job &job() const { return m_job; }

private:
    friend class JobApiClient;
    TrustedAccountSyncReply(const QString &trustedAccountId, quint64 generation, JobApiClient *client);

    QString m_trustedAccountId;
    Job m_job;
};
