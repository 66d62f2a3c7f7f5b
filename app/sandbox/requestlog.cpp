// SPDX-License-Identifier: MIT
#include "sandbox/requestlog.h"

#include <QMutexLocker>

namespace sandbox {

void RequestLog::append(const RecordedRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    if (m_requests.size() > m_capacity)
        m_requests.remove(0, m_requests.size() - m_capacity);
}

QList<RecordedRequest> RequestLog::all() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

} // namespace sandbox
