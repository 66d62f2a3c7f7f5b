// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/recordedrequest.h"

#include <QList>
#include <QMutex>

#include <deque>

namespace sandbox {

// The requests a sandbox answered, newest last. Thread-safe; bounded in entries and in bytes so
// a long-running sandbox, or a client sending large bodies, cannot grow it without limit: each
// entry keeps at most kBodyPrefixBytes of its body, and the oldest entries are dropped first.
class RequestLog
{
public:
    static constexpr qsizetype kBodyPrefixBytes = 64 * 1024;
    static constexpr qint64 kDefaultByteCapacity = 64 * 1024 * 1024;

    explicit RequestLog(int capacity = 100000, qint64 byteCapacity = kDefaultByteCapacity)
        : m_capacity(capacity)
        , m_byteCapacity(byteCapacity)
    { }

    void append(RecordedRequest request);
    QList<RecordedRequest> all() const;
    void clear();
    int size() const;
    // What the entries hold, about: bodies, texts and a fixed overhead each.
    qint64 bytes() const;

    static qint64 costOf(const RecordedRequest &request);

private:
    mutable QMutex m_mutex;
    std::deque<RecordedRequest> m_requests;
    qint64 m_bytes = 0;
    int m_capacity;
    qint64 m_byteCapacity;
};

} // namespace sandbox
