// SPDX-License-Identifier: MIT
#include "jobdecorationproxy.h"

#include "iconprovider.h"
#include "model/jobtablemodel.h"

JobDecorationProxy::JobDecorationProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

QVariant JobDecorationProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() == JobTableModel::StatusColumn) {
            const auto status = JobStatus(index.data(JobTableModel::JobStatusRole).toInt());
            return IconProvider::statusIcon(status);
        }
        if (index.column() == JobTableModel::DurationColumn && index.data(JobTableModel::StuckRole).toBool())
            return IconProvider::stuckIcon();
        return {};
    case Qt::ForegroundRole:
        if (index.column() == JobTableModel::StatusColumn)
            return IconProvider::statusColor(JobStatus(index.data(JobTableModel::JobStatusRole).toInt()));
        if (index.column() == JobTableModel::ErrorColumn)
            return IconProvider::statusColor(JobStatus::Failure);
        return {};
    case Qt::BackgroundRole:
        if (index.data(JobTableModel::StuckRole).toBool())
            return IconProvider::stuckRowBackground();
        return {};
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

void JobDecorationProxy::refreshColors()
{
    IconProvider::clearCache();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           { Qt::DecorationRole, Qt::ForegroundRole, Qt::BackgroundRole });
}
