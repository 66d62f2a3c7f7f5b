// SPDX-License-Identifier: MIT
#include "jobdiffbuilder.h"

#include "jobtablemodel.h"

#include <QSet>

namespace {
constexpr quint32 bit(JobTableModel::Column column)
{
    return 1u << column;
}
constexpr quint32 kAllColumns = (1u << JobTableModel::ColumnCount) - 1;
} // namespace

quint32 JobDiffBuilder::changedColumns(const Job &before, const Job &after)
{
    // A status change repaints the whole row: views tint rows by status and by "stuck".
    if (before.status != after.status || before.rawStatus != after.rawStatus)
        return kAllColumns;
    quint32 columns = 0;
    if (before.jobId != after.jobId)
        columns |= bit(JobTableModel::JobIdColumn);
    if (before.workspaceId != after.workspaceId)
        columns |= bit(JobTableModel::WorkspaceColumn);
    if (before.trustedAccountId != after.trustedAccountId)
        columns |= bit(JobTableModel::TrustedAccountColumn);
    if (before.pluginId != after.pluginId)
        columns |= bit(JobTableModel::PluginColumn);
    if (before.resourceGroup != after.resourceGroup || before.rawResourceGroup != after.rawResourceGroup)
        columns |= bit(JobTableModel::ResourceGroupColumn);
    if (before.createdAtMs != after.createdAtMs)
        columns |= bit(JobTableModel::CreatedColumn) | bit(JobTableModel::DurationColumn);
    if (before.updatedAtMs != after.updatedAtMs)
        columns |= bit(JobTableModel::UpdatedColumn);
    if (before.finishedAtMs != after.finishedAtMs)
        columns |= bit(JobTableModel::FinishedColumn) | bit(JobTableModel::DurationColumn);
    if (before.errorMessage != after.errorMessage)
        columns |= bit(JobTableModel::ErrorColumn);
    if (before.domainId != after.domainId)
        columns |= bit(JobTableModel::DomainColumn);
    return columns;
}

JobModelDiff JobDiffBuilder::build(const JobModelSnapshot &base, std::vector<Job> fresh)
{
    static const std::vector<Job> kNoRows;
    const std::vector<Job> &rows = base.rows ? *base.rows : kNoRows;
    const int rowCount = int(rows.size());

    JobModelDiff diff;
    diff.epoch = base.epoch;
    diff.baseGeneration = base.generation;
    diff.prepared = true;

    // Which fresh job (by position) now backs each existing row; -1: the row goes away.
    std::vector<int> freshForRow(size_t(rowCount), -1);
    std::vector<int> newOrder; // positions in `fresh` of unseen ids, first-listed order
    QHash<QString, int> newIdSlot; // id -> index in newOrder, so a duplicate replaces its twin
    QSet<QString> stillListed;
    for (int i = 0; i < int(fresh.size()); ++i) {
        const QString &id = fresh[size_t(i)].jobId;
        const auto known = base.rowById.constFind(id);
        if (known != base.rowById.constEnd() && *known >= 0 && *known < rowCount) {
            freshForRow[size_t(*known)] = i;
            continue;
        }
        if (!base.recentlyRemoved.isEmpty() && base.recentlyRemoved.contains(id)) {
            stillListed.insert(id);
            continue;
        }
        const auto twin = newIdSlot.constFind(id);
        if (twin != newIdSlot.constEnd()) {
            newOrder[size_t(*twin)] = i;
            continue;
        }
        newIdSlot.insert(id, int(newOrder.size()));
        newOrder.push_back(i);
    }

    int removedSoFar = 0;
    for (int row = 0; row < rowCount; ++row) {
        const int source = freshForRow[size_t(row)];
        if (source < 0) {
            if (!diff.removedRuns.empty() && diff.removedRuns.back().second == row - 1)
                diff.removedRuns.back().second = row;
            else
                diff.removedRuns.emplace_back(row, row);
            diff.removedIds.append(rows[size_t(row)].jobId);
            ++removedSoFar;
            continue;
        }
        Job &incoming = fresh[size_t(source)];
        if (incoming.isActive())
            ++diff.activeCount;
        if (incoming != rows[size_t(row)]) {
            const quint32 columns = changedColumns(rows[size_t(row)], incoming);
            diff.updates.push_back({ row - removedSoFar, columns, std::move(incoming) });
        }
    }

    diff.appended.reserve(newOrder.size());
    for (int source : newOrder) {
        if (fresh[size_t(source)].isActive())
            ++diff.activeCount;
        diff.appended.push_back(std::move(fresh[size_t(source)]));
    }

    const int keptCount = rowCount - removedSoFar;
    if (removedSoFar == 0) {
        // Row numbers of existing ids are unchanged: share the index and only add to it.
        diff.rowById = base.rowById;
    } else {
        diff.rowById.reserve(keptCount + int(diff.appended.size()));
        int finalRow = 0;
        for (int row = 0; row < rowCount; ++row) {
            if (freshForRow[size_t(row)] >= 0)
                diff.rowById.insert(rows[size_t(row)].jobId, finalRow++);
        }
    }
    for (int i = 0; i < int(diff.appended.size()); ++i)
        diff.rowById.insert(diff.appended[size_t(i)].jobId, keptCount + i);

    for (auto it = base.recentlyRemoved.constBegin(); it != base.recentlyRemoved.constEnd(); ++it) {
        if (stillListed.contains(it.key()))
            diff.stillListed.append(it.key());
        else
            diff.confirmedRemoved.append(it.key());
    }
    return diff;
}
