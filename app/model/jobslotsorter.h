// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>
#include <QtGlobal>

#include <functional>
#include <vector>

class JobNameDisplay;
class JobSet;

// The table's column order over the slots of a JobSet, and a sort by it that reads each job
// once. A comparison sort of 100,000 jobs makes about 1.7 million comparisons; comparing the
// packed jobs themselves each time (ranks looked up, ids compared byte by byte, all at random
// places in memory) took longer than a header click may. The sort first copies a key per job
// into one array: the column's value as an integer (text columns by the rank of their text,
// times, durations, the status) and the first 16 bytes of the id, and compares those. Keys
// only ever decide what the full comparison would; when they cannot tell (equal prefixes,
// texts outside ASCII, unusual statuses) the full comparison does.
class JobSlotSorter
{
public:
    // The column comparison alone (negative, zero or positive): JobTableModel's columns. With
    // `names`, the workspace, trusted-account and plugin columns compare the names shown.
    static int compareColumn(const JobSet &set, int a, int b, int column, qint64 nowMs,
                             const JobNameDisplay *names = nullptr);

    // Sorts `heldSlots` into the order `before` gives; `before` must be the column comparison of
    // `column` in `order`, ties broken by JobSet::compareIds and then by slot, as the proxy's is.
    static void sort(std::vector<int> &heldSlots, const JobSet &set, int column, Qt::SortOrder order, qint64 nowMs,
                     const std::function<bool(int, int)> &before, const JobNameDisplay *names = nullptr);
};
