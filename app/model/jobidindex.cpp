// SPDX-License-Identifier: MIT
#include "jobidindex.h"

void JobIdIndex::clear()
{
    m_buckets.clear();
    m_buckets.shrink_to_fit();
    m_mask = 0;
    m_size = 0;
}

size_t JobIdIndex::bucketsFor(int count)
{
    // At most three quarters full, so probes stay short.
    size_t buckets = 16;
    while (buckets * 3 < size_t(count) * 4)
        buckets *= 2;
    return buckets;
}

void JobIdIndex::place(quint64 h, quint32 entry)
{
    size_t b = bucketOf(h);
    while (m_buckets[b] != 0)
        b = (b + 1) & m_mask;
    m_buckets[b] = entry;
}
