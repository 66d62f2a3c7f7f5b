// SPDX-License-Identifier: MIT
#include "deletejoblist.h"

#include "api/namedirectory.h"
#include "deleterunreport.h"
#include "iconprovider.h"
#include "model/jobformat.h"
#include "model/jobnamedisplay.h"

#include <QCoreApplication>

DeleteJobList::DeleteJobList(QWidget *parent)
    : QTreeWidget(parent)
{ }

void DeleteJobList::fitColumns()
{
    // Wide enough for the texts of the current language, bold for active jobs.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    int statusWidth = 0;
    for (JobStatus status : JobStatuses::kKnown)
        statusWidth = qMax(statusWidth, boldFm.horizontalAdvance(JobStatuses::label(status)));
    setColumnWidth(JobIdColumn, fontMetrics().horizontalAdvance(QStringLiteral("job-0123456789ab")) + 24);
    setColumnWidth(StatusColumn, statusWidth + 40);
    setColumnWidth(TrustedAccountColumn, fontMetrics().horizontalAdvance(QStringLiteral("ta-0123456789ab")) + 24);
    setColumnWidth(CreatedColumn, fontMetrics().horizontalAdvance(QStringLiteral("2026-11-28 12:00:00")) + 24);
}

void DeleteJobList::addJob(const QString &jobId, const Job *job)
{
    const QString none = QCoreApplication::translate("DeleteJobsDialog", "—");
    auto *item = new QTreeWidgetItem(this);
    item->setText(JobIdColumn, jobId);
    item->setData(JobIdColumn, Qt::UserRole, jobId);
    if (job) {
        item->setIcon(StatusColumn, IconProvider::statusIcon(job->status));
        item->setText(StatusColumn, job->statusLabel());
        item->setForeground(StatusColumn, IconProvider::statusColor(job->status, palette()));
        item->setText(TrustedAccountColumn, job->trustedAccountId.isEmpty() ? none : job->trustedAccountId);
        item->setText(CreatedColumn, JobFormat::localDateTime(job->createdAtMs));
        item->setToolTip(CreatedColumn, JobFormat::utcDateTime(job->createdAtMs));
        if (job->isActive()) {
            QFont bold = item->font(StatusColumn);
            bold.setBold(true);
            item->setFont(StatusColumn, bold);
        }
    } else {
        item->setText(StatusColumn, none);
        item->setText(TrustedAccountColumn, none);
        item->setText(CreatedColumn, none);
    }
    m_items.insert(jobId, item);
}

void DeleteJobList::showNames(const JobNameDisplay &names, const QHash<QString, Job> &jobs)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const auto job = jobs.constFind(it.key());
        if (job == jobs.constEnd() || job->trustedAccountId.isEmpty())
            continue;
        it.value()->setText(TrustedAccountColumn,
                            names.display(NameDirectory::Kind::TrustedAccount, job->trustedAccountId));
        it.value()->setToolTip(TrustedAccountColumn,
                               names.toolTip(NameDirectory::Kind::TrustedAccount, job->trustedAccountId));
        if (const NameDirectory *directory = names.directory())
            it.value()->setIcon(TrustedAccountColumn,
                                IconProvider::providerIcon(directory->provider(job->trustedAccountId)));
    }
}

void DeleteJobList::showMarks(const QHash<QString, Job> &jobs, bool skippingActive,
                              const QHash<QString, bool> &unlisted)
{
    bool any = false;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        QTreeWidgetItem *item = it.value();
        const auto job = jobs.constFind(it.key());
        const bool skipped = skippingActive && job != jobs.constEnd() && job->isActive();
        const bool gone = unlisted.value(it.key());
        any = any || skipped || gone;
        if (skipped) {
            item->setText(ResultColumn, QCoreApplication::translate("DeleteJobsDialog", "Skipped: still active"));
            item->setToolTip(
                ResultColumn,
                QCoreApplication::translate("DeleteJobsDialog", "Not deleted: you chose to skip the active jobs."));
        } else {
            item->setText(ResultColumn,
                          gone ? QCoreApplication::translate("DeleteJobsDialog", "No longer listed") : QString());
            item->setToolTip(ResultColumn,
                             gone ? QCoreApplication::translate(
                                 "DeleteJobsDialog",
                                 "The table no longer shows this job. The delete is still sent; if the "
                                 "server no longer has it, it is reported as already gone.")
                                  : QString());
        }
        item->setForeground(ResultColumn, IconProvider::statusColor(JobStatus::Canceled, palette()));
        item->setDisabled(skipped);
    }
    setColumnHidden(ResultColumn, !any);
}

void DeleteJobList::showResult(const JobDeleter::Result &result)
{
    QTreeWidgetItem *item = m_items.value(result.jobId);
    if (!item)
        return;
    item->setText(ResultColumn, DeleteRunReport::shortResult(result));
    if (result.outcome == JobDeleter::Outcome::Sending)
        return;
    item->setToolTip(ResultColumn, result.message());
    QColor color = IconProvider::statusColor(JobStatus::Canceled, palette());
    if (result.outcome == JobDeleter::Outcome::Deleted)
        color = IconProvider::statusColor(JobStatus::Success, palette());
    else if (result.outcome == JobDeleter::Outcome::Failed || result.outcome == JobDeleter::Outcome::NotAllowed)
        color = IconProvider::statusColor(JobStatus::Failure, palette());
    item->setForeground(ResultColumn, color);
}

QString DeleteJobList::resultText(const QString &jobId) const
{
    const QTreeWidgetItem *item = m_items.value(jobId);
    return item ? item->text(ResultColumn) : QString();
}
