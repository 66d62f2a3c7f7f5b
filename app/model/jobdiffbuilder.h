// SPDX-License-Identifier: MIT
#pragma once

#include "jobmodeldiff.h"
#include "jobmodelsnapshot.h"

#include <vector>

// Computes what one poll changes in the table. A pure function of its inputs: it touches no
// QObject and no shared state, so it runs on any thread (typically the one that decoded the
// reply) and the GUI thread only applies the result.
class JobDiffBuilder
{
public:
    // Duplicate ids in `fresh`: the last one wins. Ids the user just deleted stay hidden.
    static JobModelDiff build(const JobModelSnapshot &base, std::vector<Job> fresh);
    // Bit (1 << JobTableModel::Column) for every column whose shown content differs.
    static quint32 changedColumns(const Job &before, const Job &after);
};
