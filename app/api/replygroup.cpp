// SPDX-License-Identifier: MIT
#include "replygroup.h"

#include "jobapireply.h"

#include <utility>

void ReplyGroup::add(JobApiReply *reply)
{
    m_replies.append(reply);
}

bool ReplyGroup::settle(JobApiReply *reply, RequestTraffic *traffic)
{
    traffic->add(reply);
    m_replies.removeAll(reply);
    return reply->isOk();
}

void ReplyGroup::abortAll(QObject *receiver)
{
    const QList<QPointer<JobApiReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<JobApiReply> &reply : replies) {
        if (reply) {
            reply->disconnect(receiver);
            reply->abort();
        }
    }
}
