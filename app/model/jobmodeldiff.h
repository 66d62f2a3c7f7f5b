// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

// The difference between the table's rows and one poll's result, prepared away from the GUI
// thread by JobDiffBuilder so that JobTableModel::applyDiff only moves values and emits signals.
struct JobModelDiff
{
    struct RowUpdate
    {
        int row = -1; // after the removals
        quint32 columns = 0; // bit (1 << JobTableModel::Column) per cell whose text changed
        Job job;
    };

    quint64 epoch = 0;
    quint64 baseGeneration = 0; // the snapshot generation this was computed against
    bool prepared = false; // set by JobDiffBuilder; a default-constructed diff is never applied
    // Rows of the snapshot that left the result: ascending, disjoint, inclusive [first, last].
    std::vector<std::pair<int, int>> removedRuns;
    QStringList removedIds; // the same rows by id, to rebase onto a model that changed meanwhile
    std::vector<RowUpdate> updates; // ascending by row
    std::vector<Job> appended; // new ids, in the order the server listed them
    QHash<QString, int> rowById; // id -> row once applied, built off the GUI thread
    int activeCount = 0; // PENDING + IN_PROGRESS rows once applied
    QStringList confirmedRemoved; // recently deleted ids the server no longer lists
    QStringList stillListed; // recently deleted ids the server still lists (kept hidden)

    bool isEmpty() const { return removedRuns.empty() && updates.empty() && appended.empty(); }
    int removedCount() const
    {
        int n = 0;
        for (const auto &run : removedRuns)
            n += run.second - run.first + 1;
        return n;
    }
};
