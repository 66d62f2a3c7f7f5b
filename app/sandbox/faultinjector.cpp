// SPDX-License-Identifier: MIT
#include "sandbox/faultinjector.h"

#include <QMutexLocker>

namespace sandbox {

void FaultInjector::setOptions(const FaultOptions &options)
{
    QMutexLocker lock(&m_mutex);
    m_options = options;
    m_rng.seed(options.seed);
}

FaultOptions FaultInjector::options() const
{
    QMutexLocker lock(&m_mutex);
    return m_options;
}

FaultInjector::Decision FaultInjector::decide()
{
    QMutexLocker lock(&m_mutex);
    Decision d;
    if (!m_options.any())
        return d;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    d.latencyMs = m_options.latencyMs;
    if (m_options.latencyJitterMs > 0)
        d.latencyMs += std::uniform_int_distribution<int>(0, m_options.latencyJitterMs)(m_rng);
    // Always draw the same number of values, so one rate does not shift the others' sequence.
    const double drop = unit(m_rng);
    const double error = unit(m_rng);
    const double which = unit(m_rng);
    const double truncate = unit(m_rng);
    const double malformed = unit(m_rng);
    if (drop < m_options.dropRate)
        d.kind = Kind::Drop;
    else if (error < m_options.errorRate)
        d.kind = which < m_options.error503Share ? Kind::Error503 : Kind::Error500;
    else if (truncate < m_options.truncateRate)
        d.kind = Kind::Truncate;
    else if (malformed < m_options.malformedRate)
        d.kind = Kind::Malformed;
    return d;
}

QString FaultInjector::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Error500:
        return QStringLiteral("error500");
    case Kind::Error503:
        return QStringLiteral("error503");
    case Kind::Truncate:
        return QStringLiteral("truncate");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Drop:
        return QStringLiteral("drop");
    }
    return {};
}

} // namespace sandbox
