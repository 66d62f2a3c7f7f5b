// SPDX-License-Identifier: MIT
#include "jobcelltext.h"

#include "jobfilter.h"
#include "jobformat.h"
#include "jobtablemodel.h"

namespace {
QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end);
}
} // namespace

JobCellText::JobCellText(const JobNameDisplay &names, qint64 nowMs, qint64 stuckThresholdMs, bool relativeTimes)
    : m_names(names)
    , m_nowMs(nowMs)
    , m_stuckThresholdMs(stuckThresholdMs)
    , m_relativeTimes(relativeTimes)
{ }

bool JobCellText::isTimeColumn(int column)
{
    return column == JobTableModel::CreatedColumn || column == JobTableModel::UpdatedColumn
        || column == JobTableModel::FinishedColumn;
}

qint64 JobCellText::timeOf(const Job &job, int column)
{
    switch (column) {
    case JobTableModel::CreatedColumn:
        return job.createdAtMs;
    case JobTableModel::UpdatedColumn:
        return job.updatedAtMs;
    case JobTableModel::FinishedColumn:
        return job.finishedAtMs;
    default:
        return JobTime::kNone;
    }
}

QVariant JobCellText::display(const Job &job, int column) const
{
    switch (column) {
    case JobTableModel::StatusColumn:
        return job.statusLabel();
    case JobTableModel::JobIdColumn:
        return job.jobId;
    case JobTableModel::WorkspaceColumn:
        return m_names.display(JobNameDisplay::Kind::Workspace, job.workspaceId);
    case JobTableModel::TrustedAccountColumn:
        return m_names.display(JobNameDisplay::Kind::TrustedAccount, job.trustedAccountId);
    case JobTableModel::PluginColumn:
        return m_names.display(JobNameDisplay::Kind::Plugin, job.pluginId);
    case JobTableModel::ResourceGroupColumn:
        return job.resourceGroup == ResourceGroup::Unknown ? job.rawResourceGroup
                                                           : ResourceGroups::label(job.resourceGroup);
    case JobTableModel::CreatedColumn:
    case JobTableModel::UpdatedColumn:
    case JobTableModel::FinishedColumn:
        return m_relativeTimes ? JobFormat::relativeTime(timeOf(job, column), m_nowMs)
                               : JobFormat::localDateTime(timeOf(job, column));
    case JobTableModel::DurationColumn:
        return JobFormat::duration(job.durationMs(m_nowMs));
    case JobTableModel::ErrorColumn:
        // Tracebacks span many lines; a table row shows the first, the tooltip the rest.
        return firstLine(job.errorMessage);
    case JobTableModel::DomainColumn:
        return job.domainId;
    default:
        return {};
    }
}

QVariant JobCellText::raw(const Job &job, int column) const
{
    switch (column) {
    case JobTableModel::StatusColumn:
        return int(job.status);
    case JobTableModel::CreatedColumn:
    case JobTableModel::UpdatedColumn:
    case JobTableModel::FinishedColumn: {
        const qint64 ms = timeOf(job, column);
        return ms == JobTime::kNone ? QVariant() : QVariant(ms);
    }
    case JobTableModel::DurationColumn: {
        const qint64 ms = job.durationMs(m_nowMs);
        return ms < 0 ? QVariant() : QVariant(ms);
    }
    case JobTableModel::ResourceGroupColumn:
        return job.resourceGroupText();
    case JobTableModel::JobIdColumn:
        return job.jobId;
    case JobTableModel::WorkspaceColumn:
        return job.workspaceId;
    case JobTableModel::TrustedAccountColumn:
        return job.trustedAccountId;
    case JobTableModel::PluginColumn:
        return job.pluginId;
    case JobTableModel::ErrorColumn:
        return job.errorMessage;
    case JobTableModel::DomainColumn:
        return job.domainId;
    default:
        return {};
    }
}

QVariant JobCellText::toolTip(const Job &job, int column) const
{
    switch (column) {
    case JobTableModel::StatusColumn: {
        QString tip = job.status == JobStatus::Unknown && !job.rawStatus.isEmpty()
            ? tr("Status \"%1\" is not one the server defines").arg(job.rawStatus)
            : job.statusLabel();
        if (JobFilter::isStuck(job, m_nowMs, m_stuckThresholdMs)) {
            const qint64 since = job.updatedAtMs != JobTime::kNone ? job.updatedAtMs : job.createdAtMs;
            tip += QLatin1Char('\n')
                + tr("No progress for %1: probably stuck").arg(JobFormat::duration(m_nowMs - since));
        }
        return tip;
    }
    case JobTableModel::WorkspaceColumn:
        return m_names.toolTip(JobNameDisplay::Kind::Workspace, job.workspaceId);
    case JobTableModel::TrustedAccountColumn:
        return m_names.toolTip(JobNameDisplay::Kind::TrustedAccount, job.trustedAccountId);
    case JobTableModel::PluginColumn:
        return m_names.toolTip(JobNameDisplay::Kind::Plugin, job.pluginId);
    case JobTableModel::CreatedColumn:
    case JobTableModel::UpdatedColumn:
    case JobTableModel::FinishedColumn: {
        const qint64 ms = timeOf(job, column);
        if (ms == JobTime::kNone)
            return column == JobTableModel::FinishedColumn && job.isActive() ? tr("Not finished yet") : QVariant();
        return JobFormat::localDateTime(ms) + QLatin1Char('\n') + JobFormat::utcDateTime(ms) + QLatin1Char('\n')
            + JobFormat::relativeTime(ms, m_nowMs);
    }
    case JobTableModel::DurationColumn: {
        const qint64 ms = job.durationMs(m_nowMs);
        if (ms < 0)
            return {};
        return job.isActive() ? tr("Running for %1").arg(JobFormat::duration(ms))
                              : tr("Ran for %1").arg(JobFormat::duration(ms));
    }
    case JobTableModel::ResourceGroupColumn:
        return job.resourceGroupText();
    case JobTableModel::ErrorColumn:
        return job.errorMessage.isEmpty() ? QVariant() : QVariant(job.errorMessage);
    default:
        return display(job, column);
    }
}
