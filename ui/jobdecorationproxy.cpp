// SPDX-License-Identifier: MIT
#include "jobdecorationproxy.h"

#include "iconprovider.h"
#include "model/jobtablemodel.h"

#include <vector>

JobDecorationProxy::JobDecorationProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

QVariant JobDecorationProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!isDecoration(role))
        return QIdentityProxyModel::data(index, role);
    return decoration(role, index.column(), index.data(JobTableModel::JobStatusRole).toInt(),
                      index.data(JobTableModel::StuckRole).toBool());
}

void JobDecorationProxy::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    const QModelIndex source = mapToSource(index);
    if (!source.isValid()) {
        for (QModelRoleData &roleData : roleDataSpan)
            roleData.clearData();
        return;
    }
    // A view asks for seven roles per cell it paints: the list keeps its memory between cells.
    std::vector<QModelRoleData> &asked = m_asked;
    asked.clear();
    for (const QModelRoleData &roleData : roleDataSpan) {
        if (!isDecoration(roleData.role()))
            asked.push_back(QModelRoleData(roleData.role()));
    }
    const size_t statusAt = asked.size();
    asked.push_back(QModelRoleData(JobTableModel::JobStatusRole));
    asked.push_back(QModelRoleData(JobTableModel::StuckRole));
    sourceModel()->multiData(source, QModelRoleDataSpan(asked));
    const int status = asked[statusAt].data().toInt();
    const bool stuck = asked[statusAt + 1].data().toBool();
    size_t next = 0;
    for (QModelRoleData &roleData : roleDataSpan) {
        if (isDecoration(roleData.role()))
            roleData.setData(decoration(roleData.role(), index.column(), status, stuck));
        else
            roleData.setData(asked[next++].data());
    }
}

bool JobDecorationProxy::isDecoration(int role)
{
    return role == Qt::DecorationRole || role == Qt::ForegroundRole || role == Qt::BackgroundRole;
}

QVariant JobDecorationProxy::decoration(int role, int column, int status, bool stuck)
{
    switch (role) {
    case Qt::DecorationRole:
        if (column == JobTableModel::StatusColumn)
            return IconProvider::statusIcon(JobStatus(status));
        if (column == JobTableModel::DurationColumn && stuck)
            return IconProvider::stuckIcon();
        return {};
    case Qt::ForegroundRole:
        if (column == JobTableModel::StatusColumn)
            return IconProvider::statusColor(JobStatus(status));
        if (column == JobTableModel::ErrorColumn)
            return IconProvider::statusColor(JobStatus::Failure);
        return {};
    case Qt::BackgroundRole:
        return stuck ? QVariant(IconProvider::stuckRowBackground()) : QVariant();
    default:
        return {};
    }
}

void JobDecorationProxy::refreshColors()
{
    IconProvider::clearCache();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           { Qt::DecorationRole, Qt::ForegroundRole, Qt::BackgroundRole });
}
