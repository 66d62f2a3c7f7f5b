// SPDX-License-Identifier: MIT
// The names side of JobTableModel: which ids to ask the directory for, and what to repaint when
// names arrive.
#include "jobtablemodel.h"

namespace {
constexpr JobNameDisplay::Kind kKinds[3]
    = { JobNameDisplay::Kind::Workspace, JobNameDisplay::Kind::TrustedAccount, JobNameDisplay::Kind::Plugin };

int columnOf(JobNameDisplay::Kind kind)
{
    switch (kind) {
    case JobNameDisplay::Kind::Workspace:
        return JobTableModel::WorkspaceColumn;
    case JobNameDisplay::Kind::TrustedAccount:
        return JobTableModel::TrustedAccountColumn;
    case JobNameDisplay::Kind::Plugin:
        return JobTableModel::PluginColumn;
    }
    return -1;
}
} // namespace

void JobTableModel::setNameDirectory(NameDirectory *directory)
{
    if (m_directory == directory)
        return;
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    m_names.setDirectory(directory);
    for (auto &asked : m_namesAsked)
        asked.clear();
    if (directory) {
        connect(directory, &NameDirectory::namesChanged, this,
                [this](NameDirectory::Kind kind, const QStringList &) { onNamesChanged(kind); });
        connect(directory, &NameDirectory::availabilityChanged, this, &JobTableModel::onNamesChanged);
        connect(directory, &QObject::destroyed, this, [this] { setNameDirectory(nullptr); });
    }
    for (NameDirectory::Kind kind : kKinds)
        onNamesChanged(kind);
    if (directory && m_set->slotCount() > 0)
        requestNames(0, m_set->slotCount() - 1);
}

void JobTableModel::requestNamesAgain()
{
    for (auto &asked : m_namesAsked)
        asked.clear();
    if (m_set->slotCount() > 0)
        requestNames(0, m_set->slotCount() - 1);
}

void JobTableModel::requestNames(int firstSlot, int lastSlot)
{
    if (!m_directory)
        return;
    for (int k = 0; k < 3; ++k) {
        const JobSet::Text text = *JobNameDisplay::textOf(kKinds[k]);
        const StringTable &table = m_set->table(text);
        std::vector<QString> &asked = m_namesAsked[k];
        if (asked.size() < table.idCount())
            asked.resize(table.idCount());
        QStringList ids;
        for (int slot = firstSlot; slot <= lastSlot; ++slot) {
            if (!m_set->isLive(slot))
                continue;
            const StringTable::Id id = m_set->tableId(slot, text);
            // Ids are reused for other texts once a text has no jobs left, hence the compare.
            if (id == StringTable::kEmpty || asked[id] == table.text(id))
                continue;
            asked[id] = table.text(id);
            ids.append(asked[id]);
        }
        if (!ids.isEmpty())
            m_directory->request(kKinds[k], ids);
    }
}

void JobTableModel::onNamesChanged(NameDirectory::Kind kind)
{
    m_names.namesChanged();
    const int column = columnOf(kind);
    // One signal for the column: views repaint what they show of it, whatever the row count.
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column), { Qt::DisplayRole, Qt::ToolTipRole });
    emit namesChanged(column);
}
