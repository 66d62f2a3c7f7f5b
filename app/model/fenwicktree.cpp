// SPDX-License-Identifier: MIT
#include "fenwicktree.h"

#include <cstddef>

void FenwickTree::build(const std::vector<int> &values)
{
    const int n = int(values.size());
    m_tree.assign(std::size_t(n) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        m_tree[std::size_t(i)] += values[std::size_t(i - 1)];
        const int parent = i + (i & -i);
        if (parent <= n)
            m_tree[std::size_t(parent)] += m_tree[std::size_t(i)];
    }
    m_top = 1;
    while (m_top * 2 <= n)
        m_top *= 2;
}

void FenwickTree::add(int position, int delta)
{
    for (int i = position + 1; i < int(m_tree.size()); i += i & -i)
        m_tree[std::size_t(i)] += delta;
}

int FenwickTree::prefix(int position) const
{
    int sum = 0;
    for (int i = position; i > 0; i -= i & -i)
        sum += m_tree[std::size_t(i)];
    return sum;
}

int FenwickTree::find(int k, int *offset) const
{
    // Descends the implicit tree: the largest position whose prefix is <= k.
    int position = 0;
    int remaining = k;
    const int n = int(m_tree.size()) - 1;
    for (int step = m_top; step > 0; step /= 2) {
        const int probe = position + step;
        if (probe <= n && m_tree[std::size_t(probe)] <= remaining) {
            position = probe;
            remaining -= m_tree[std::size_t(probe)];
        }
    }
    *offset = remaining;
    return position; // 0-based index of the element's block
}
