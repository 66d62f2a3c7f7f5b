// SPDX-License-Identifier: MIT
#pragma once

#include "requesttraffic.h"

#include <QList>
#include <QPointer>

class JobApiReply;
class QObject;

// The requests in flight of one operation made of several (a delta poll, a sweep): their traffic
// is counted together, and they are aborted together when the operation ends early.
class ReplyGroup
{
public:
    void add(JobApiReply *reply);
    // For a reply's finished handler: adds its traffic to `traffic` and forgets it. False when
    // it failed.
    bool settle(JobApiReply *reply, RequestTraffic *traffic);
    // Aborts what is still in flight without telling `receiver`.
    void abortAll(QObject *receiver);
    void forgetAll() { m_replies.clear(); }
    const QList<QPointer<JobApiReply>> &replies() const { return m_replies; }

private:
    QList<QPointer<JobApiReply>> m_replies;
};
