// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace sandbox {

// Fault injection for tests and demos; everything off by default. Rates are probabilities per
// request in [0, 1], drawn from a generator seeded with `seed`, in this order: drop, error,
// truncate, malformed. Latency applies to every request (plus up to latencyJitterMs).
struct FaultOptions
{
    int latencyMs = 0;
    int latencyJitterMs = 0;
    // Answer 500 or 503 without processing the request. A 500 looks like an unhandled server
    // crash (text/plain "Internal Server Error"); a 503 is console-api-v2's ERROR_GRPC_CONNECTION.
    double errorRate = 0;
    // Of the error answers, the share that are 503 (the rest are 500).
    double error503Share = 0.5;
    // Process the request, announce the full Content-Length, send part of the body, close.
    double truncateRate = 0;
    // Process the request, send a complete response whose body is not valid JSON.
    double malformedRate = 0;
    // Close the connection without any response; the request is not processed.
    double dropRate = 0;
    quint32 seed = 1;

    bool any() const
    {
        return latencyMs > 0 || latencyJitterMs > 0 || errorRate > 0 || truncateRate > 0 || malformedRate > 0
            || dropRate > 0;
    }
};

} // namespace sandbox
