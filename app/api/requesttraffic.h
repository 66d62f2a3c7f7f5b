// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class JobApiReply;

// Request and response bodies of a group of requests (one poll, one listing), as the status
// bar and the benchmarks report them.
struct RequestTraffic
{
    int requests = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;

    void add(const JobApiReply *reply);
    void add(const RequestTraffic &other);
    qint64 total() const { return bytesSent + bytesReceived; }
};
