// SPDX-License-Identifier: MIT
#include "jobslotorder.h"

namespace {
int compareTimes(qint64 a, qint64 b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(const QString &a, const QString &b)
{
    const int c = QString::compare(a, b, Qt::CaseSensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

QString statusText(const JobSet &set, int slot)
{
    const JobStatus status = set.status(slot);
    return status == JobStatus::Unknown ? set.rawStatus(slot) : JobStatuses::toWire(status);
}

QString resourceGroupText(const JobSet &set, int slot)
{
    const ResourceGroup group = set.resourceGroup(slot);
    return group == ResourceGroup::Unknown ? set.rawResourceGroup(slot) : ResourceGroups::toWire(group);
}

// Equal texts share one string-table entry: only different ones are read and compared.
int compareTable(const JobSet &set, JobSet::Text text, int a, int b, StringTable::Id x, StringTable::Id y)
{
    return x == y ? 0 : compareText(set.text(a, text), set.text(b, text));
}
} // namespace

int JobSlotOrder::compare(int a, int b) const
{
    const PackedJob &x = m_set.packed(a);
    const PackedJob &y = m_set.packed(b);
    int c = 0;
    switch (m_order.field()) {
    case JobOrder::Field::CreatedAt:
        c = compareTimes(x.createdAtMs, y.createdAtMs);
        break;
    case JobOrder::Field::UpdatedAt:
        c = compareTimes(x.updatedAtMs, y.updatedAtMs);
        break;
    case JobOrder::Field::FinishedAt:
        c = compareTimes(x.finishedAtMs, y.finishedAtMs);
        break;
    case JobOrder::Field::JobId:
        break;
    case JobOrder::Field::Status:
        c = x.status == y.status && x.status != JobStatus::Unknown
            ? 0
            : compareText(statusText(m_set, a), statusText(m_set, b));
        break;
    case JobOrder::Field::ResourceGroup:
        c = x.resourceGroup == y.resourceGroup && x.resourceGroup != ResourceGroup::Unknown
            ? 0
            : compareText(resourceGroupText(m_set, a), resourceGroupText(m_set, b));
        break;
    case JobOrder::Field::WorkspaceId:
        c = compareTable(m_set, JobSet::Text::WorkspaceId, a, b, x.workspaceId, y.workspaceId);
        break;
    case JobOrder::Field::TrustedAccountId:
        c = compareTable(m_set, JobSet::Text::TrustedAccountId, a, b, x.trustedAccountId, y.trustedAccountId);
        break;
    case JobOrder::Field::PluginId:
        c = compareTable(m_set, JobSet::Text::PluginId, a, b, x.pluginId, y.pluginId);
        break;
    case JobOrder::Field::ErrorMessage:
        c = compareTable(m_set, JobSet::Text::ErrorMessage, a, b, x.errorMessage, y.errorMessage);
        break;
    case JobOrder::Field::DomainId:
        c = compareTable(m_set, JobSet::Text::DomainId, a, b, x.domainId, y.domainId);
        break;
    }
    if (c == 0)
        c = m_set.compareIds(a, b);
    return m_order.isDescending() ? -c : c;
}

int JobSlotOrder::compare(int slot, const Job &job) const
{
    int c = 0;
    switch (m_order.field()) {
    case JobOrder::Field::CreatedAt:
        c = compareTimes(m_set.createdAtMs(slot), job.createdAtMs);
        break;
    case JobOrder::Field::UpdatedAt:
        c = compareTimes(m_set.updatedAtMs(slot), job.updatedAtMs);
        break;
    case JobOrder::Field::FinishedAt:
        c = compareTimes(m_set.finishedAtMs(slot), job.finishedAtMs);
        break;
    case JobOrder::Field::JobId:
        break;
    case JobOrder::Field::Status:
        c = compareText(statusText(m_set, slot), job.statusText());
        break;
    case JobOrder::Field::ResourceGroup:
        c = compareText(resourceGroupText(m_set, slot), job.resourceGroupText());
        break;
    case JobOrder::Field::WorkspaceId:
        c = compareText(m_set.workspaceId(slot), job.workspaceId);
        break;
    case JobOrder::Field::TrustedAccountId:
        c = compareText(m_set.trustedAccountId(slot), job.trustedAccountId);
        break;
    case JobOrder::Field::PluginId:
        c = compareText(m_set.pluginId(slot), job.pluginId);
        break;
    case JobOrder::Field::ErrorMessage:
        c = compareText(m_set.errorMessage(slot), job.errorMessage);
        break;
    case JobOrder::Field::DomainId:
        c = compareText(m_set.domainId(slot), job.domainId);
        break;
    }
    if (c == 0)
        c = compareText(m_set.jobId(slot), job.jobId);
    return m_order.isDescending() ? -c : c;
}
