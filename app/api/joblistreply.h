// SPDX-License-Identifier: MIT
#pragma once

#include "jobapireply.h"
#include "jobdecoder.h"

// One page of POST .../job/list, decoded off the calling thread.
class JobListReply final : public JobApiReply
{
    Q_OBJECT

public:
    const JobListPage &page() const { return m_page; }
    // Moves the jobs out; cheaper than copying thousands of rows.
    JobListPage takePage() { return std::move(m_page); }

private:
    friend class JobApiClient;
    JobListReply(quint64 generation, JobApiClient *client);

    JobListPage m_page;
};
