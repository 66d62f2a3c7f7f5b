// SPDX-License-Identifier: MIT
#include "requestpolicy.h"

#include "apierror.h"

#include <cmath>
#include <limits>

RequestPolicy RequestPolicy::singleAttempt()
{
    RequestPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

bool RequestPolicy::isIdempotent(const QString &verb)
{
    // A repeated sync would start a second job.
    return verb != QLatin1String("delete") && verb != QLatin1String("sync");
}

bool RequestPolicy::isRetryable(const ApiError &error)
{
    if (!error.isTransient())
        return false;
    // Nothing listens there, or the name does not resolve: seconds later it is the same.
    return error.networkError != QNetworkReply::ConnectionRefusedError
        && error.networkError != QNetworkReply::HostNotFoundError;
}

int RequestPolicy::retryDelay(int attempt, double random) const
{
    double delay = double(retryBaseDelayMs) * std::pow(2.0, double(qBound(0, attempt - 1, 20)));
    delay = qMin(delay, double(retryMaxDelayMs));
    delay *= 1.0 - qBound(0.0, retryJitter, 1.0) * qBound(0.0, random, 1.0);
    return qMax(0, int(delay));
}

int RequestPolicy::deadlineMs(int timeoutMs) const
{
    const qint64 ms = qint64(qMax(1, timeoutMs)) * qMax(1, deadlineFactor);
    return int(qMin<qint64>(ms, std::numeric_limits<int>::max()));
}

qint64 RequestPolicy::responseCap(const QString &verb, int pageLimit) const
{
    if (verb == QLatin1String("list"))
        return qMax(minResponseBytes, qint64(qMax(0, pageLimit)) * maxBytesPerThousandRows / 1000);
    if (verb == QLatin1String("stat"))
        return qMax(minResponseBytes, maxStatResponseBytes);
    return minResponseBytes;
}
