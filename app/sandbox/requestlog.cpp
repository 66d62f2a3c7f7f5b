// SPDX-License-Identifier: MIT
#include "sandbox/requestlog.h"

#include <QMutexLocker>

namespace sandbox {

qint64 RequestLog::costOf(const RecordedRequest &request)
{
    // The parsed body is kept only for bodies within the prefix; count it like the raw bytes.
    const qint64 parsed = request.body.isUndefined() ? 0 : 2 * request.rawBody.size();
    return 256 + request.rawBody.size() + parsed
        + 2
        * (request.method.size() + request.path.size() + request.verb.size() + request.token.size()
           + request.fault.size() + request.deletedJobId.size());
}

void RequestLog::append(RecordedRequest request)
{
    request.rawBodyBytes = qMax<qint64>(request.rawBodyBytes, request.rawBody.size());
    if (request.rawBody.size() > kBodyPrefixBytes) {
        request.rawBody.truncate(kBodyPrefixBytes);
        request.body = QJsonValue(QJsonValue::Undefined);
    }
    request.rawBody.squeeze();
    const qint64 cost = costOf(request);
    QMutexLocker lock(&m_mutex);
    m_requests.push_back(std::move(request));
    m_bytes += cost;
    while (!m_requests.empty()
           && (int(m_requests.size()) > m_capacity || (m_bytes > m_byteCapacity && m_requests.size() > 1))) {
        m_bytes -= costOf(m_requests.front());
        m_requests.pop_front();
    }
}

QList<RecordedRequest> RequestLog::all() const
{
    QMutexLocker lock(&m_mutex);
    return QList<RecordedRequest>(m_requests.begin(), m_requests.end());
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_bytes = 0;
}

int RequestLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

qint64 RequestLog::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

} // namespace sandbox
