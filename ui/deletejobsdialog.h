// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/jobdeleter.h"
#include "deletejoblist.h"
#include "model/jobnamedisplay.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <memory>

class JobApiClient;
class JobTableModel;
class QAbstractButton;
class QLabel;
class QLineEdit;
class QRadioButton;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class DeleteJobsDialog;
}

// Confirms and runs the deletion of one or more jobs, then shows what happened to each.
//
// What gets deleted is fixed when the dialog opens: a copy of each job (id and the fields
// shown) is taken then, and only those ids are ever sent. Polls that reorder or drop rows while
// the dialog is open change nothing. A captured job that the table no longer lists is still
// sent when the user confirms: a missing row is not proof that the job is gone (the list may be
// truncated, or a poll may lag), the server is the judge, and a delete of a vanished job is
// harmless — its 404 is reported as "already gone". Such rows are marked "no longer listed"
// meanwhile, so the user knows before confirming.
//
// Before confirming, the user sees what the selection holds, counted by status and workspace
// from the captured copies (which may describe jobs the table never loaded), can skip the active
// jobs of a mixed selection, and for a large deletion types the count (or the word "delete").
// Stop freezes the progress where it is: what was not sent is reported, not counted as done.
class DeleteJobsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteJobsDialog)

public:
    enum class Stage {
        Confirm, // listing what will be deleted
        Deleting, // requests going out
        Done, // every id has a result
    };
    Q_ENUM(Stage)

    enum Column {
        JobIdColumn = DeleteJobList::JobIdColumn,
        StatusColumn = DeleteJobList::StatusColumn,
        TrustedAccountColumn = DeleteJobList::TrustedAccountColumn,
        CreatedColumn = DeleteJobList::CreatedColumn,
        ResultColumn = DeleteJobList::ResultColumn,
        ColumnCount = DeleteJobList::ColumnCount
    };

    // From this many jobs on, the user types the count (or "delete") to confirm.
    static constexpr int kTypedConfirmationThreshold = 100;

    // `jobs`: copies of the jobs to delete (from the table or straight from the server), in
    // the order to show. `unlistedIds`: ids the user chose that no copy describes (no details
    // to show; still sent on confirm).
    DeleteJobsDialog(const QList<Job> &jobs, const QStringList &unlistedIds, JobApiClient *client,
                     QWidget *parent = nullptr);
    ~DeleteJobsDialog() override;

    // Captures the listed jobs for `ids` from the table now (falling back to `known` copies for
    // ids the table lacks, e.g. from an open details window) and watches the table for rows
    // that leave it.
    static DeleteJobsDialog *create(const QStringList &ids, const JobTableModel *model, JobApiClient *client,
                                    QWidget *parent = nullptr, const QHash<QString, Job> &known = {});

    // Watches the table only to mark captured jobs that it no longer lists; never changes the
    // ids to delete.
    void setJobModel(const JobTableModel *model);
    // Workspaces and trusted accounts by name in the list and the summary, once known.
    void setNameDirectory(NameDirectory *directory);

    // Every id the dialog was opened with, in display order.
    QStringList jobIds() const { return m_ids; }
    // The ids a confirmation sends now: all of them, or the finished ones when skipping active.
    QStringList idsToDelete() const;
    int activeCount() const { return m_activeCount; }
    bool isSkippingActive() const;
    // The typed confirmation asked for now (none below the threshold).
    bool needsTypedConfirmation() const;
    void setTypedConfirmationThreshold(int count);
    Stage stage() const { return m_stage; }
    JobDeleter *deleter() const { return m_deleter; }

    // Starts deleting, as the Delete button does; ignored unless everything is confirmed.
    void confirm();
    // Deletes again the ids that failed, as the Retry button does.
    void retryFailed();

    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    // Checked to delete the active jobs too: a check box when every job is active, else the
    // radio button beside "skip active jobs".
    QAbstractButton *activeConfirmation() const { return m_activeCheck; }
    // "Delete only the finished jobs"; nullptr when there is nothing to choose.
    QRadioButton *skipActiveOption() const { return m_skipActive; }
    QLineEdit *typedConfirmation() const { return m_typed; }
    QLabel *selectionSummaryLabel() const { return m_selectionSummary; }
    QProgressBar *progressBar() const { return m_progress; }
    // What happened, in one line, once done; and the details worth reading in full.
    QLabel *outcomeLabel() const { return m_intro; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *jobList() const { return m_list; }
    // The text of the result column for one id ("Deleted", "Already gone: …").
    QString resultText(const QString &jobId) const;
    bool isMarkedUnlisted(const QString &jobId) const;

public Q_SLOTS:
    // While deleting, stops sending and stays open until the requests in flight are answered.
    void reject() override;

Q_SIGNALS:
    // These jobs are not on the server any more (deleted, or already gone): their rows can
    // leave the table now. Batched per event-loop turn.
    void jobsGone(const QStringList &jobIds);
    // The server refused a delete with 403: the token's role cannot delete.
    void permissionDenied(const QString &explanation);

private:
    void addRow(const QString &jobId, const Job *job);
    void setUpActiveBox();
    void updateSelection(); // after skip-active changes: texts, marks, typed confirmation
    void updateSummary(const QStringList &ids);
    void showNames();
    bool typedConfirmationMatches() const;
    void updateDeleteEnabled();
    void onJobFinished(const JobDeleter::Result &result);
    void onProgress(int done, int total);
    void onRunFinished();
    void setStage(Stage stage);
    void showResults(); // the Done stage: what happened to each job, and what to do next
    void updateUnlistedMarks();
    void flushGone();

    std::unique_ptr<Ui::DeleteJobsDialog> m_ui;
    QPointer<JobDeleter> m_deleter;
    QPointer<const JobTableModel> m_model;
    QStringList m_ids;
    QHash<QString, Job> m_jobs; // the captured copies, by id
    JobNameDisplay m_names;
    QString m_confirmIntro;
    QHash<QString, bool> m_unlisted;
    QStringList m_goneBatch;
    QTimer *m_goneTimer;
    int m_activeCount = 0;
    int m_typedThreshold = kTypedConfirmationThreshold;
    int m_frozenProgress = -1; // the bar's value when Stop was pressed; -1 while running
    Stage m_stage = Stage::Confirm;
    bool m_permissionReported = false;

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    DeleteJobList *m_list = nullptr;
    QLabel *m_selectionSummary = nullptr;
    QWidget *m_activeBox = nullptr;
    QAbstractButton *m_activeCheck = nullptr;
    QRadioButton *m_skipActive = nullptr;
    QWidget *m_typedBox = nullptr;
    QLabel *m_typedLabel = nullptr;
    QLineEdit *m_typed = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
