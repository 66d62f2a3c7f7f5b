// SPDX-License-Identifier: MIT
#include "jobapireply.h"

#include "jobapiclient.h"

JobApiReply::JobApiReply(const QString &verb, quint64 generation, JobApiClient *client, ApiResource resource)
    : QObject(client)
    , m_verb(verb)
    , m_resource(resource)
    , m_generation(generation)
    , m_client(client)
{ }

JobApiReply::~JobApiReply() = default;

void JobApiReply::abort()
{
    if (m_finished)
        return;
    if (m_client)
        m_client->finishReply(this, ApiError::canceled());
}
