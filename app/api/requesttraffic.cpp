// SPDX-License-Identifier: MIT
#include "requesttraffic.h"

#include "jobapireply.h"

void RequestTraffic::add(const JobApiReply *reply)
{
    if (!reply)
        return;
    ++requests;
    bytesSent += reply->bytesSent();
    bytesReceived += reply->bytesReceived();
}

void RequestTraffic::add(const RequestTraffic &other)
{
    requests += other.requests;
    bytesSent += other.bytesSent;
    bytesReceived += other.bytesReceived;
}
