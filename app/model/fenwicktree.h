// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

// Prefix sums over a fixed number of counters with O(log n) update and lookup: "how many live
// rows come before this slot" and "which slot holds row k" without touching every row.
class FenwickTree
{
public:
    void build(const std::vector<int> &values);
    int size() const { return int(m_tree.size()) - 1; }
    void add(int position, int delta);
    int prefix(int position) const; // sum of [0, position)
    // The position holding the element numbered `k` (0-based) and k's offset inside it.
    int find(int k, int *offset) const;

private:
    std::vector<int> m_tree{ 0 };
    int m_top = 1;
};
