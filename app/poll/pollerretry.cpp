// SPDX-License-Identifier: MIT
// How long the poller waits after a failed poll before it tries again.
#include "poller.h"

#include <QRandomGenerator>

#include <cmath>

int Poller::retryDelay(int failures, const ApiError &error) const
{
    // Retrying cannot fix a rejected token or a missing permission; the user has to act (a new
    // token restarts polling at once), and hammering the server with a bad token only fills its logs.
    if (error.isAuthentication() || error.isPermission())
        return qMax(m_maxBackoffMs, kAuthBackoffMs);
    double delay = double(m_intervalMs) * std::pow(2.0, qBound(0, failures - 1, 30));
    delay = qMin(delay, double(m_maxBackoffMs));
    if (m_jitter > 0)
        delay *= 1.0 - m_jitter * QRandomGenerator::global()->generateDouble();
    return qMax(1, int(delay));
}
