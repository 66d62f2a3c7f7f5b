// SPDX-License-Identifier: MIT
#include "rankedslots.h"

void RankedSlots::clear()
{
    m_blocks.clear();
    m_freeBlocks.clear();
    m_order.clear();
    m_positionOf.clear();
    std::fill(m_blockOf.begin(), m_blockOf.end(), -1);
    std::fill(m_visible.begin(), m_visible.end(), 0);
    m_sizes.build({});
    m_visibles.build({});
    m_size = 0;
    m_visibleCount = 0;
}

void RankedSlots::ensureSlot(int slot)
{
    if (slot < int(m_blockOf.size()))
        return;
    const size_t grown = std::max(size_t(slot) + 1, m_blockOf.size() * 3 / 2);
    m_blockOf.resize(grown, -1);
    m_visible.resize(grown, 0);
}

int RankedSlots::newBlock()
{
    if (!m_freeBlocks.empty()) {
        const int id = m_freeBlocks.back();
        m_freeBlocks.pop_back();
        m_blocks[size_t(id)] = Block{};
        return id;
    }
    m_blocks.emplace_back();
    m_positionOf.push_back(-1);
    return int(m_blocks.size()) - 1;
}

void RankedSlots::rebuildTrees()
{
    std::vector<int> sizes;
    std::vector<int> visibles;
    sizes.reserve(m_order.size());
    visibles.reserve(m_order.size());
    for (int id : m_order) {
        sizes.push_back(int(m_blocks[size_t(id)].members.size()));
        visibles.push_back(m_blocks[size_t(id)].visible);
    }
    m_sizes.build(sizes);
    m_visibles.build(visibles);
}

void RankedSlots::insertAt(int position, int index, int slot, bool visible)
{
    const int id = m_order[size_t(position)];
    Block &block = m_blocks[size_t(id)];
    block.members.insert(block.members.begin() + index, slot);
    m_blockOf[size_t(slot)] = id;
    m_visible[size_t(slot)] = visible ? 1 : 0;
    ++m_size;
    m_sizes.add(position, 1);
    if (visible) {
        ++block.visible;
        ++m_visibleCount;
        m_visibles.add(position, 1);
    }
    if (int(block.members.size()) > 2 * kBlockSize)
        splitBlock(position);
}

void RankedSlots::splitBlock(int position)
{
    // Amortised: a split costs O(n / B) and happens once per B insertions into a block.
    const int id = m_order[size_t(position)];
    const int upperId = newBlock();
    Block &block = m_blocks[size_t(id)];
    Block &upper = m_blocks[size_t(upperId)];
    const qsizetype half = qsizetype(block.members.size() / 2);
    upper.members.assign(block.members.begin() + half, block.members.end());
    block.members.resize(size_t(half));
    for (int slot : upper.members) {
        m_blockOf[size_t(slot)] = upperId;
        upper.visible += m_visible[size_t(slot)];
    }
    block.visible -= upper.visible;
    m_order.insert(m_order.begin() + position + 1, upperId);
    for (int p = position + 1; p < int(m_order.size()); ++p)
        m_positionOf[size_t(m_order[size_t(p)])] = p;
    rebuildTrees();
}

void RankedSlots::removeBlock(int position)
{
    const int id = m_order[size_t(position)];
    m_order.erase(m_order.begin() + position);
    for (int p = position; p < int(m_order.size()); ++p)
        m_positionOf[size_t(m_order[size_t(p)])] = p;
    m_positionOf[size_t(id)] = -1;
    m_blocks[size_t(id)] = Block{};
    m_freeBlocks.push_back(id);
    rebuildTrees();
}

void RankedSlots::erase(int slot)
{
    if (!contains(slot))
        return;
    const int id = m_blockOf[size_t(slot)];
    const int position = m_positionOf[size_t(id)];
    Block &block = m_blocks[size_t(id)];
    const auto it = std::find(block.members.begin(), block.members.end(), slot);
    block.members.erase(it);
    --m_size;
    m_sizes.add(position, -1);
    if (m_visible[size_t(slot)]) {
        --block.visible;
        --m_visibleCount;
        m_visibles.add(position, -1);
    }
    m_blockOf[size_t(slot)] = -1;
    m_visible[size_t(slot)] = 0;
    if (block.members.empty())
        removeBlock(position);
}

void RankedSlots::setVisible(int slot, bool visible)
{
    if (!contains(slot) || bool(m_visible[size_t(slot)]) == visible)
        return;
    const int id = m_blockOf[size_t(slot)];
    const int delta = visible ? 1 : -1;
    m_visible[size_t(slot)] = visible ? 1 : 0;
    m_blocks[size_t(id)].visible += delta;
    m_visibleCount += delta;
    m_visibles.add(m_positionOf[size_t(id)], delta);
}

int RankedSlots::rank(int slot) const
{
    if (!contains(slot))
        return -1;
    const int id = m_blockOf[size_t(slot)];
    const std::vector<int> &s = m_blocks[size_t(id)].members;
    const int index = int(std::find(s.begin(), s.end(), slot) - s.begin());
    return m_sizes.prefix(m_positionOf[size_t(id)]) + index;
}

int RankedSlots::visibleRank(int slot) const
{
    return isVisible(slot) ? visibleBefore(slot) : -1;
}

int RankedSlots::visibleBefore(int slot) const
{
    if (!contains(slot))
        return -1;
    const int id = m_blockOf[size_t(slot)];
    int before = 0;
    for (int s : m_blocks[size_t(id)].members) {
        if (s == slot)
            break;
        before += m_visible[size_t(s)];
    }
    return m_visibles.prefix(m_positionOf[size_t(id)]) + before;
}

int RankedSlots::at(int rank) const
{
    if (rank < 0 || rank >= m_size)
        return -1;
    int offset = 0;
    const int position = m_sizes.find(rank, &offset);
    return m_blocks[size_t(m_order[size_t(position)])].members[size_t(offset)];
}

int RankedSlots::visibleAt(int row) const
{
    if (row < 0 || row >= m_visibleCount)
        return -1;
    int offset = 0;
    const int position = m_visibles.find(row, &offset);
    for (int slot : m_blocks[size_t(m_order[size_t(position)])].members) {
        if (!m_visible[size_t(slot)])
            continue;
        if (offset-- == 0)
            return slot;
    }
    return -1;
}

int RankedSlots::previous(int slot) const
{
    const int r = rank(slot);
    return r > 0 ? at(r - 1) : -1;
}

int RankedSlots::next(int slot) const
{
    const int r = rank(slot);
    return r >= 0 && r + 1 < m_size ? at(r + 1) : -1;
}
