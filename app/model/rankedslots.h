// SPDX-License-Identifier: MIT
#pragma once

#include "fenwicktree.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

// Slot numbers (indexes into a JobSet) kept in an order the caller defines, each marked visible
// or not, answering "where is this slot" and "which slot is at this position" among all slots
// or among the visible ones in O(B + log n), and taking an insertion or removal in the same
// time (B = kBlockSize). It is a list of small sorted blocks with Fenwick trees over the blocks'
// sizes, so a change touches one block and log n tree nodes, never the whole sequence.
//
// The order itself is the caller's: insert() and lowerBound() take a "comes before" predicate,
// which must agree with the order of the slots already held.
class RankedSlots
{
public:
    static constexpr int kBlockSize = 256; // a block splits at twice this

    void clear();
    // Replaces the contents with `members` in this order; `visible(slot)` marks each.
    template <typename Visible> void assign(const std::vector<int> &members, Visible visible);

    int size() const { return m_size; }
    int visibleCount() const { return m_visibleCount; }
    bool contains(int slot) const { return slot >= 0 && slot < int(m_blockOf.size()) && m_blockOf[size_t(slot)] >= 0; }
    bool isVisible(int slot) const { return contains(slot) && m_visible[size_t(slot)]; }

    // Inserts before the first held slot s for which before(slot, s) holds, after any equal ones.
    template <typename Before> void insert(int slot, bool visible, Before before);
    void erase(int slot);
    void setVisible(int slot, bool visible);

    // Position among all slots, or among the visible ones (-1 when hidden or absent).
    int rank(int slot) const;
    int visibleRank(int slot) const;
    // Visible slots ahead of this one, whether it is visible or not.
    int visibleBefore(int slot) const;
    int at(int rank) const;
    int visibleAt(int row) const;
    // Neighbours in the full order, -1 at either end.
    int previous(int slot) const;
    int next(int slot) const;
    // The number of leading slots s for which isBefore(s) holds (the order keeps them first).
    template <typename IsBefore> int lowerBound(IsBefore isBefore) const;

    template <typename F> void forEach(F f) const;
    // Marks every slot visible or not in one pass over the order; returns how many changed.
    template <typename Visible> int refilter(Visible visible);

private:
    struct Block
    {
        std::vector<int> members;
        int visible = 0;
    };

    void ensureSlot(int slot);
    void insertAt(int position, int index, int slot, bool visible);
    void splitBlock(int position);
    void removeBlock(int position);
    void rebuildTrees();
    int newBlock();

    std::vector<Block> m_blocks; // by block id; ids are reused
    std::vector<int> m_freeBlocks;
    std::vector<int> m_order; // block ids in sequence order
    std::vector<int> m_positionOf; // block id -> index in m_order
    std::vector<int> m_blockOf; // slot -> block id, -1 when absent
    std::vector<quint8> m_visible; // slot -> visible
    FenwickTree m_sizes;
    FenwickTree m_visibles;
    int m_size = 0;
    int m_visibleCount = 0;
};

template <typename Visible> void RankedSlots::assign(const std::vector<int> &members, Visible visible)
{
    clear();
    for (size_t first = 0; first < members.size(); first += kBlockSize) {
        const int id = newBlock();
        Block &block = m_blocks[size_t(id)];
        const size_t last = std::min(members.size(), first + size_t(kBlockSize));
        block.members.assign(members.begin() + qsizetype(first), members.begin() + qsizetype(last));
        for (int slot : block.members) {
            ensureSlot(slot);
            const bool shown = visible(slot);
            m_blockOf[size_t(slot)] = id;
            m_visible[size_t(slot)] = shown ? 1 : 0;
            block.visible += shown ? 1 : 0;
        }
        m_positionOf[size_t(id)] = int(m_order.size());
        m_order.push_back(id);
        m_size += int(block.members.size());
        m_visibleCount += block.visible;
    }
    rebuildTrees();
}

template <typename Before> void RankedSlots::insert(int slot, bool visible, Before before)
{
    ensureSlot(slot);
    if (m_order.empty()) {
        const int id = newBlock();
        m_positionOf[size_t(id)] = 0;
        m_order.push_back(id);
        rebuildTrees();
    }
    // The first block whose last slot the new one comes before; else the last block.
    int lo = 0;
    int hi = int(m_order.size()) - 1;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const std::vector<int> &s = m_blocks[size_t(m_order[size_t(mid)])].members;
        if (before(slot, s.back()))
            hi = mid;
        else
            lo = mid + 1;
    }
    const std::vector<int> &s = m_blocks[size_t(m_order[size_t(lo)])].members;
    int a = 0;
    int b = int(s.size());
    while (a < b) {
        const int mid = (a + b) / 2;
        if (before(slot, s[size_t(mid)]))
            b = mid;
        else
            a = mid + 1;
    }
    insertAt(lo, a, slot, visible);
}

template <typename IsBefore> int RankedSlots::lowerBound(IsBefore isBefore) const
{
    int lo = 0;
    int hi = int(m_order.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (isBefore(m_blocks[size_t(m_order[size_t(mid)])].members.back()))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == int(m_order.size()))
        return m_size;
    const std::vector<int> &s = m_blocks[size_t(m_order[size_t(lo)])].members;
    int a = 0;
    int b = int(s.size());
    while (a < b) {
        const int mid = (a + b) / 2;
        if (isBefore(s[size_t(mid)]))
            a = mid + 1;
        else
            b = mid;
    }
    return m_sizes.prefix(lo) + a;
}

template <typename F> void RankedSlots::forEach(F f) const
{
    for (int id : m_order) {
        for (int slot : m_blocks[size_t(id)].members)
            f(slot);
    }
}

template <typename Visible> int RankedSlots::refilter(Visible visible)
{
    int changed = 0;
    m_visibleCount = 0;
    for (int id : m_order) {
        Block &block = m_blocks[size_t(id)];
        block.visible = 0;
        for (int slot : block.members) {
            const quint8 shown = visible(slot) ? 1 : 0;
            changed += shown != m_visible[size_t(slot)] ? 1 : 0;
            m_visible[size_t(slot)] = shown;
            block.visible += shown;
        }
        m_visibleCount += block.visible;
    }
    rebuildTrees();
    return changed;
}
