// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct ApiError;

// How hard the client tries, and how much it accepts, per request. A server that fails now and
// then must not make the app useless, and one that trickles or floods must not make it hang or
// run out of memory.
struct RequestPolicy
{
    // Attempts of an idempotent request (list, get, stat) before its error is reported; a
    // delete is sent once. Six attempts turn a server failing half of its requests into one
    // request in 64 failing.
    int maxAttempts = 6;
    // The wait before the second attempt; it doubles for each further one, up to the maximum,
    // and is shortened at random by up to `retryJitter` of itself so clients do not retry in step.
    int retryBaseDelayMs = 250;
    int retryMaxDelayMs = 2000;
    double retryJitter = 0.5;
    // Every request, its retries included, ends within this many transfer timeouts: the transfer
    // timeout alone restarts with every byte, so a server trickling one byte a second never hits it.
    int deadlineFactor = 3;
    // The most a list reply may hold per thousand rows asked for (a JobInfo is under 2 KiB, so
    // this leaves room for long error messages and options), and the floor of every reply's cap.
    qint64 maxBytesPerThousandRows = 64 * 1024 * 1024;
    qint64 minResponseBytes = 1024 * 1024;
    qint64 maxStatResponseBytes = 32 * 1024 * 1024;

    // One attempt, no retry: for tests that look at a single answer.
    static RequestPolicy singleAttempt();

    // Whether the verb may be sent again without changing what happens on the server.
    static bool isIdempotent(const QString &verb);
    // Whether another attempt may help: a server error, a dropped connection, a timeout or a
    // garbled body, but not a refused connection, a rejected token or an oversized answer.
    static bool isRetryable(const ApiError &error);
    // The wait before attempt `attempt` + 1 (`attempt` >= 1), for a random draw in [0, 1).
    int retryDelay(int attempt, double random) const;
    // The overall deadline of a request sent with this transfer timeout.
    int deadlineMs(int timeoutMs) const;
    // The largest reply accepted for `verb`; `pageLimit` is the rows a list asked for (0: none).
    qint64 responseCap(const QString &verb, int pageLimit) const;
};
