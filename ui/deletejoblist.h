// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/jobdeleter.h"

#include <QHash>
#include <QTreeWidget>

class JobNameDisplay;

// The rows of a delete dialog: one per captured job id, in the order captured, never added,
// dropped or reordered after. Each row shows the job as it was captured, then what happened to
// it: skipped, no longer listed, sending, deleted, failed.
class DeleteJobList final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { JobIdColumn, StatusColumn, TrustedAccountColumn, CreatedColumn, ResultColumn, ColumnCount };

    explicit DeleteJobList(QWidget *parent = nullptr);

    // Once the columns exist: wide enough for ids, dates and the statuses of the current language.
    void fitColumns();

    // A row for `jobId`; without a captured copy (`job` null) its cells say so.
    void addJob(const QString &jobId, const Job *job);
    bool contains(const QString &jobId) const { return m_items.contains(jobId); }

    // Trusted accounts by name and provider, where the directory knows them.
    void showNames(const JobNameDisplay &names, const QHash<QString, Job> &jobs);
    // Before the run: which rows are skipped (active) or have left the table; the result column
    // shows only when some are.
    void showMarks(const QHash<QString, Job> &jobs, bool skippingActive, const QHash<QString, bool> &unlisted);
    void showResult(const JobDeleter::Result &result);
    QString resultText(const QString &jobId) const;

private:
    QHash<QString, QTreeWidgetItem *> m_items;
};
