// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/recordedrequest.h"

#include <QList>
#include <QMutex>

namespace sandbox {

// The requests a sandbox answered, newest last. Thread-safe; bounded so a long-running
// sandbox does not grow without limit (the oldest entries are dropped first).
class RequestLog
{
public:
    explicit RequestLog(int capacity = 100000)
        : m_capacity(capacity)
    { }

    void append(const RecordedRequest &request);
    QList<RecordedRequest> all() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<RecordedRequest> m_requests;
    int m_capacity;
};

} // namespace sandbox
