// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

// Slot numbers by job id, in an open-addressing hash table of 4-byte entries: about 8 bytes per
// job where a QHash<QString, int> needs a node and a second reference to every id. The table
// holds no ids; the caller hashes and compares them (JobSet keeps ids packed). Linear probing,
// deletion by backward shift, so no tombstones pile up.
class JobIdIndex
{
public:
    // The hash of an id, computed the same for every spelling of it (UTF-16 or Latin-1).
    template <typename C> static quint64 hash(const C *units, qsizetype size);

    int size() const { return m_size; }
    void clear();
    // Room for `count` ids; `hashOf(slot)` re-hashes the held ones when the table grows.
    template <typename HashOf> void reserve(int count, HashOf hashOf);

    // The slot whose id `matches(slot)` says is the one hashed to `h`, or -1.
    template <typename Matches> int find(quint64 h, Matches matches) const;
    // Adds a slot whose id is known to be absent.
    template <typename HashOf> void insert(quint64 h, int slot, HashOf hashOf);
    // Removes `slot`, which is present under hash `h`. `hashOf(slot)` re-hashes other held slots.
    template <typename HashOf> void remove(quint64 h, int slot, HashOf hashOf);

private:
    static size_t bucketsFor(int count);
    template <typename HashOf> void grow(size_t buckets, HashOf hashOf);
    size_t bucketOf(quint64 h) const { return size_t(h) & m_mask; }
    void place(quint64 h, quint32 entry);

    std::vector<quint32> m_buckets; // 1 + slot, 0 when empty
    size_t m_mask = 0;
    int m_size = 0;
};

template <typename C> quint64 JobIdIndex::hash(const C *units, qsizetype size)
{
    quint64 h = 0xcbf29ce484222325ULL ^ quint64(size);
    for (qsizetype i = 0; i < size; ++i) {
        if constexpr (sizeof(C) == 1)
            h = (h ^ quint64(static_cast<unsigned char>(units[i]))) * 0x100000001b3ULL;
        else
            h = (h ^ quint64(units[i])) * 0x100000001b3ULL;
    }
    h ^= h >> 31;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

template <typename Matches> int JobIdIndex::find(quint64 h, Matches matches) const
{
    if (m_buckets.empty())
        return -1;
    for (size_t b = bucketOf(h);; b = (b + 1) & m_mask) {
        const quint32 entry = m_buckets[b];
        if (entry == 0)
            return -1;
        if (matches(int(entry - 1)))
            return int(entry - 1);
    }
}

template <typename HashOf> void JobIdIndex::remove(quint64 h, int slot, HashOf hashOf)
{
    if (m_buckets.empty())
        return;
    size_t hole = bucketOf(h);
    while (m_buckets[hole] != quint32(slot) + 1) {
        if (m_buckets[hole] == 0)
            return;
        hole = (hole + 1) & m_mask;
    }
    // Backward shift: move each following entry of the run into the hole when its home bucket
    // is not between the hole and where it sits.
    for (size_t next = (hole + 1) & m_mask; m_buckets[next] != 0; next = (next + 1) & m_mask) {
        const size_t home = bucketOf(hashOf(int(m_buckets[next] - 1)));
        const bool between = hole <= next ? (home > hole && home <= next) : (home > hole || home <= next);
        if (between)
            continue;
        m_buckets[hole] = m_buckets[next];
        hole = next;
    }
    m_buckets[hole] = 0;
    --m_size;
}

template <typename HashOf> void JobIdIndex::reserve(int count, HashOf hashOf)
{
    const size_t wanted = bucketsFor(count);
    if (wanted > m_buckets.size())
        grow(wanted, hashOf);
}

template <typename HashOf> void JobIdIndex::grow(size_t buckets, HashOf hashOf)
{
    std::vector<quint32> old = std::move(m_buckets);
    m_buckets.assign(buckets, 0);
    m_mask = buckets - 1;
    for (quint32 entry : old) {
        if (entry != 0)
            place(hashOf(int(entry - 1)), entry);
    }
}

template <typename HashOf> void JobIdIndex::insert(quint64 h, int slot, HashOf hashOf)
{
    reserve(m_size + 1, hashOf);
    place(h, quint32(slot) + 1);
    ++m_size;
}
