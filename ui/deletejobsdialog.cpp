// SPDX-License-Identifier: MIT
#include "deletejobsdialog.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"
#include "deletejoblist.h"
#include "deleterunreport.h"
#include "iconprovider.h"
#include "jobselectionsummary.h"
#include "model/jobformat.h"
#include "model/jobtablemodel.h"
#include "ui_deletejobsdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

DeleteJobsDialog::DeleteJobsDialog(const QList<Job> &jobs, const QStringList &unlistedIds, JobApiClient *client,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteJobsDialog>())
    , m_deleter(new JobDeleter(client, this))
    , m_goneTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("deleteJobsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_heading = m_ui->heading;
    m_intro = m_ui->intro;
    m_list = m_ui->jobList;
    m_selectionSummary = m_ui->selectionSummary;
    m_typedBox = m_ui->typedBox;
    m_typedLabel = m_ui->typedLabel;
    m_typed = m_ui->typedConfirmation;
    m_progress = m_ui->progress;
    m_summary = m_ui->summary;
    m_retryButton = m_ui->retryButton;
    m_deleteButton = m_ui->deleteButton;
    m_cancelButton = m_ui->cancelButton;

    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_list->fitColumns();

    // The ids are fixed here, once: nothing after this point adds, drops or reorders them.
    for (const Job &job : jobs) {
        if (job.jobId.isEmpty() || m_list->contains(job.jobId))
            continue;
        m_jobs.insert(job.jobId, job);
        addRow(job.jobId, &job);
        m_activeCount += job.isActive() ? 1 : 0;
    }
    for (const QString &id : unlistedIds) {
        if (id.isEmpty() || m_list->contains(id))
            continue;
        addRow(id, nullptr);
        m_unlisted.insert(id, true);
    }

    setUpActiveBox();
    m_typed->setMaximumWidth(m_typed->fontMetrics().averageCharWidth() * 16);
    connect(m_typed, &QLineEdit::textChanged, this, &DeleteJobsDialog::updateDeleteEnabled);
    m_progress->hide();
    m_summary->hide();
    m_retryButton->hide();
    connect(m_retryButton, &QPushButton::clicked, this, &DeleteJobsDialog::retryFailed);
    m_deleteButton->setIcon(IconProvider::actionIcon(QStringLiteral("delete"), palette()));
    connect(m_deleteButton, &QPushButton::clicked, this, &DeleteJobsDialog::confirm);
    // Enter or a stray click must never delete: the safe choice is the default (in the form).
    connect(m_cancelButton, &QPushButton::clicked, this, &DeleteJobsDialog::reject);

    connect(m_deleter, &JobDeleter::jobFinished, this, &DeleteJobsDialog::onJobFinished);
    connect(m_deleter, &JobDeleter::progress, this, &DeleteJobsDialog::onProgress);
    connect(m_deleter, &JobDeleter::finished, this, &DeleteJobsDialog::onRunFinished);

    m_goneTimer->setSingleShot(true);
    m_goneTimer->setInterval(0);
    connect(m_goneTimer, &QTimer::timeout, this, &DeleteJobsDialog::flushGone);

    updateSelection();
    setStage(Stage::Confirm);

    // Tall enough for up to ten rows without scrolling, no taller, and never beyond the screen.
    const int rows = qBound(2, int(m_ids.size()), 10);
    const int rowHeight = qMax(m_list->fontMetrics().height(), 16) + 4;
    QSize size(820, sizeHint().height() + (rows - 2) * rowHeight);
    if (const QScreen *screen = (parent ? parent->screen() : this->screen()))
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
    m_cancelButton->setFocus(Qt::OtherFocusReason);
}

void DeleteJobsDialog::setUpActiveBox()
{
    m_activeBox = m_ui->activeBox;
    QPalette activePalette = m_activeBox->palette();
    activePalette.setColor(QPalette::Window, IconProvider::stuckRowBackground(palette()));
    m_activeBox->setPalette(activePalette);
    m_ui->warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_ui->activeWarning->setText(
        tr("%Ln of these jobs are still active (pending or in progress).", nullptr, m_activeCount) + QLatin1Char(' ')
        + tr("Deleting a job does not stop its collector: only the record goes away, and the collector may keep "
             "running."));
    const int finished = int(m_ids.size()) - m_activeCount;
    if (m_activeCount > 0 && finished > 0) {
        // A mixed selection: the finished jobs can go on their own, and that is the safe choice.
        auto *group = new QButtonGroup(m_activeBox);
        m_skipActive = m_ui->skipActive;
        m_skipActive->setText(tr("&Skip the active jobs: delete only the %Ln finished one(s)", nullptr, finished));
        m_ui->includeActive->setText(tr("&Also delete the %Ln active job(s)", nullptr, m_activeCount));
        group->addButton(m_skipActive);
        group->addButton(m_ui->includeActive);
        m_activeCheck = m_ui->includeActive;
        delete m_ui->alsoDeleteActive;
    } else {
        m_ui->alsoDeleteActive->setText(tr("&Also delete the %Ln active job(s)", nullptr, m_activeCount));
        m_activeCheck = m_ui->alsoDeleteActive;
        delete m_ui->skipActive;
        delete m_ui->includeActive;
    }
    m_activeCheck->setObjectName(QStringLiteral("activeConfirmation"));
    m_activeBox->setVisible(m_activeCount > 0);
    connect(m_activeCheck, &QAbstractButton::toggled, this, &DeleteJobsDialog::updateSelection);
}

QStringList DeleteJobsDialog::idsToDelete() const
{
    if (!isSkippingActive())
        return m_ids;
    QStringList ids;
    ids.reserve(m_ids.size() - m_activeCount);
    for (const QString &id : m_ids) {
        const auto it = m_jobs.constFind(id);
        if (it == m_jobs.constEnd() || !it->isActive())
            ids.append(id);
    }
    return ids;
}

bool DeleteJobsDialog::isSkippingActive() const
{
    return m_skipActive && m_skipActive->isChecked();
}

bool DeleteJobsDialog::needsTypedConfirmation() const
{
    return int(idsToDelete().size()) >= m_typedThreshold;
}

void DeleteJobsDialog::setTypedConfirmationThreshold(int count)
{
    m_typedThreshold = qMax(1, count);
    updateSelection();
}

bool DeleteJobsDialog::typedConfirmationMatches() const
{
    QString typed = m_typed->text().trimmed();
    if (typed.compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0
        || typed.compare(tr("delete", "the word typed to confirm a large deletion"), Qt::CaseInsensitive) == 0)
        return true;
    // "10000", "10,000", "10.000" or "10 000": whatever the user's habit, the digits decide.
    typed.remove(QRegularExpression(QStringLiteral("[\\s,.'\u00a0\u202f]")));
    bool ok = false;
    const qlonglong number = typed.toLongLong(&ok);
    return ok && number == idsToDelete().size();
}

void DeleteJobsDialog::updateSelection()
{
    const QStringList ids = idsToDelete();
    const int count = int(ids.size());
    const QLocale locale;

    m_heading->setText(count == 1 ? tr("Delete job %1?").arg(ids.value(0))
                                  : tr("Delete %1?").arg(DeleteRunReport::jobsText(count)));
    setWindowTitle(count == 1 ? tr("Delete Job") : tr("Delete %1").arg(DeleteRunReport::jobsText(count)));
    m_deleteButton->setText(count == 1 ? tr("&Delete Job") : tr("&Delete %1 Jobs").arg(locale.toString(count)));

    QString intro = count == 1 ? tr("This job will be deleted from the server. This cannot be undone.")
                               : tr("These jobs will be deleted from the server. This cannot be undone.");
    if (isSkippingActive())
        intro += QLatin1Char(' ') + tr("%Ln active job(s) stay.", nullptr, m_activeCount);
    if (!m_unlisted.isEmpty())
        intro += QLatin1Char(' ')
            + tr("Rows marked \"no longer listed\" have left the table since you chose them; they are sent too, "
                 "and the server tells whether they still exist.");
    m_confirmIntro = intro;
    if (m_stage == Stage::Confirm)
        m_intro->setText(intro);

    updateSummary(ids);

    m_typedLabel->setText(tr("This deletes %1 at once. To confirm, type %2 or the word \"%3\":")
                              .arg(DeleteRunReport::jobsText(count), QString::number(count),
                                   tr("delete", "the word typed to confirm a large deletion")));
    m_typedBox->setVisible(m_stage == Stage::Confirm && needsTypedConfirmation());
    updateUnlistedMarks();
    updateDeleteEnabled();
}

void DeleteJobsDialog::updateSummary(const QStringList &ids)
{
    // Counted from the captured copies of exactly the ids that would be sent.
    QList<Job> jobs;
    int withoutDetails = 0;
    for (const QString &id : ids) {
        const auto it = m_jobs.constFind(id);
        if (it == m_jobs.constEnd())
            ++withoutDetails;
        else
            jobs.append(*it);
    }
    const JobSelectionSummary summary(jobs, withoutDetails, &m_names);
    m_selectionSummary->setText(
        tr("By status: %1").toHtmlEscaped().arg(JobSelectionSummary::formatHtml(summary.byStatus(), 6))
        + QStringLiteral("<br>")
        + tr("By workspace: %1").toHtmlEscaped().arg(JobSelectionSummary::formatHtml(summary.byWorkspace(), 4)));
    m_selectionSummary->setVisible(ids.size() > 1);
}

void DeleteJobsDialog::setNameDirectory(NameDirectory *directory)
{
    if (const NameDirectory *old = m_names.directory())
        disconnect(old, nullptr, this, nullptr);
    m_names.setDirectory(directory);
    if (directory) {
        connect(directory, &NameDirectory::namesChanged, this, &DeleteJobsDialog::showNames);
        QStringList workspaces;
        QStringList accounts;
        for (const Job &job : std::as_const(m_jobs)) {
            workspaces << job.workspaceId;
            accounts << job.trustedAccountId;
        }
        workspaces.removeDuplicates();
        accounts.removeDuplicates();
        // Jobs captured from a details window or a server search may name ids the table never had.
        directory->request(NameDirectory::Kind::Workspace, workspaces);
        directory->request(NameDirectory::Kind::TrustedAccount, accounts);
    }
    showNames();
}

void DeleteJobsDialog::showNames()
{
    m_list->showNames(m_names, m_jobs);
    updateSummary(idsToDelete());
}

DeleteJobsDialog::~DeleteJobsDialog() = default;

DeleteJobsDialog *DeleteJobsDialog::create(const QStringList &ids, const JobTableModel *model, JobApiClient *client,
                                           QWidget *parent, const QHash<QString, Job> &known)
{
    QList<Job> jobs;
    QStringList unlisted;
    for (const QString &id : ids) {
        if (const std::optional<Job> row = model ? model->jobAt(model->rowForId(id)) : std::nullopt)
            jobs.append(*row);
        else if (known.contains(id))
            jobs.append(known.value(id));
        else
            unlisted.append(id);
    }
    auto *dialog = new DeleteJobsDialog(jobs, unlisted, client, parent);
    dialog->setJobModel(model);
    return dialog;
}

void DeleteJobsDialog::addRow(const QString &jobId, const Job *job)
{
    m_list->addJob(jobId, job);
    m_ids.append(jobId);
}

void DeleteJobsDialog::setJobModel(const JobTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        // Deferred: the model's id index is only consistent once its change is complete.
        auto deferUpdate
            = [this] { QMetaObject::invokeMethod(this, &DeleteJobsDialog::updateUnlistedMarks, Qt::QueuedConnection); };
        connect(model, &QAbstractItemModel::rowsRemoved, this, deferUpdate);
        connect(model, &QAbstractItemModel::rowsInserted, this, deferUpdate);
        connect(model, &QAbstractItemModel::modelReset, this, deferUpdate);
        connect(model, &QAbstractItemModel::layoutChanged, this, deferUpdate);
    }
    updateUnlistedMarks();
}

bool DeleteJobsDialog::isMarkedUnlisted(const QString &jobId) const
{
    return m_unlisted.value(jobId);
}

void DeleteJobsDialog::updateUnlistedMarks()
{
    if (m_model) {
        for (const QString &id : std::as_const(m_ids))
            m_unlisted.insert(id, m_model->rowForId(id) < 0);
    }
    if (m_stage != Stage::Confirm)
        return;
    m_list->showMarks(m_jobs, isSkippingActive(), m_unlisted);
}

void DeleteJobsDialog::updateDeleteEnabled()
{
    const bool activeDecided = m_activeCount == 0 || isSkippingActive() || m_activeCheck->isChecked();
    const bool typed = !needsTypedConfirmation() || typedConfirmationMatches();
    m_deleteButton->setEnabled(m_stage == Stage::Confirm && !idsToDelete().isEmpty() && activeDecided && typed);
    if (!activeDecided)
        m_deleteButton->setToolTip(tr("Tick the box above to confirm deleting active jobs"));
    else if (!typed)
        m_deleteButton->setToolTip(tr("Type the number of jobs, or the word \"%1\", above to confirm")
                                       .arg(tr("delete", "the word typed to confirm a large deletion")));
    else
        m_deleteButton->setToolTip(tr("Delete the jobs listed above"));
}

void DeleteJobsDialog::confirm()
{
    if (m_stage != Stage::Confirm || !m_deleteButton->isEnabled())
        return;
    const QStringList ids = idsToDelete();
    setStage(Stage::Deleting);
    m_deleter->start(ids);
}

void DeleteJobsDialog::retryFailed()
{
    if (m_stage != Stage::Done || m_deleter->failedIds().isEmpty())
        return;
    setStage(Stage::Deleting);
    m_deleter->retryFailed();
}

void DeleteJobsDialog::reject()
{
    if (m_stage == Stage::Deleting) {
        // Stop sending; what is already sent is answered and shown, then the dialog can close.
        // The bar stays where it is: ids that will never be sent are not progress.
        if (m_frozenProgress < 0)
            m_frozenProgress = m_progress->value();
        m_deleter->cancel();
        m_cancelButton->setEnabled(false);
        if (m_stage == Stage::Deleting) {
            m_heading->setText(tr("Stopping…"));
            m_intro->setText(tr("No more deletes are sent. Waiting for the answers to %n delete(s) already sent.",
                                nullptr, m_deleter->inFlightCount()));
        }
        return;
    }
    QDialog::reject();
}

QString DeleteJobsDialog::resultText(const QString &jobId) const
{
    return m_list->resultText(jobId);
}

void DeleteJobsDialog::onJobFinished(const JobDeleter::Result &result)
{
    m_list->showResult(result);
    if (result.isGone()) {
        m_goneBatch.append(result.jobId);
        m_goneTimer->start();
    }
    // Only a 403 says the role cannot delete at all; a domain-level job refused to a workspace
    // token says nothing about the other jobs.
    if (result.outcome == JobDeleter::Outcome::NotAllowed && result.error.isPermission() && !m_permissionReported) {
        m_permissionReported = true;
        Q_EMIT permissionDenied(JobDeleter::permissionExplanation());
    }
}

void DeleteJobsDialog::onProgress(int done, int total)
{
    if (m_frozenProgress >= 0) {
        if (m_stage == Stage::Deleting)
            m_intro->setText(tr("No more deletes are sent. Waiting for the answers to %n delete(s) already sent.",
                                nullptr, m_deleter->inFlightCount()));
        return;
    }
    m_progress->setMaximum(qMax(1, total));
    m_progress->setValue(done);
    // Mark the ids now in flight, so the list shows what is happening.
    for (const JobDeleter::Result &r : m_deleter->results()) {
        if (r.outcome == JobDeleter::Outcome::Sending)
            m_list->showResult(r);
    }
}

void DeleteJobsDialog::flushGone()
{
    if (m_goneBatch.isEmpty())
        return;
    const QStringList ids = m_goneBatch;
    m_goneBatch.clear();
    Q_EMIT jobsGone(ids);
}

void DeleteJobsDialog::onRunFinished()
{
    flushGone();
    setStage(Stage::Done);
}

void DeleteJobsDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool confirming = stage == Stage::Confirm;
    m_deleteButton->setVisible(confirming);
    m_activeCheck->setEnabled(confirming);
    if (m_skipActive)
        m_skipActive->setEnabled(confirming);
    m_typedBox->setVisible(confirming && needsTypedConfirmation());
    // Once confirmed, the warning has done its job; the results need the room.
    m_activeBox->setVisible(confirming && m_activeCount > 0);
    m_progress->setVisible(stage == Stage::Deleting);
    m_cancelButton->setEnabled(true);
    if (!confirming)
        m_list->setColumnHidden(ResultColumn, false);

    switch (stage) {
    case Stage::Confirm:
        m_cancelButton->setText(tr("Cancel"));
        m_cancelButton->setToolTip(tr("Close without deleting anything"));
        m_retryButton->hide();
        m_summary->hide();
        m_intro->setText(m_confirmIntro);
        break;
    case Stage::Deleting: {
        m_cancelButton->setText(tr("&Stop"));
        m_cancelButton->setToolTip(tr("Send no more deletes; the ones already sent still finish"));
        m_retryButton->hide();
        m_summary->hide();
        m_frozenProgress = -1;
        const int sending = int(idsToDelete().size());
        m_progress->setMaximum(qMax(1, sending));
        m_progress->setValue(0);
        m_heading->setText(tr("Deleting %1…").arg(DeleteRunReport::jobsText(sending)));
        m_intro->setText(tr("Deletes already sent finish even if you stop; the rest are not sent."));
        break;
    }
    case Stage::Done:
        showResults();
        break;
    }
    updateDeleteEnabled();
}

void DeleteJobsDialog::showResults()
{
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setToolTip(QString());
    const DeleteRunReport report(*m_deleter, int(idsToDelete().size()), isSkippingActive() ? m_activeCount : 0);
    m_heading->setText(report.headline());
    m_intro->setText(report.countsLine());
    const QStringList details = report.details();
    m_summary->setText(details.join(QLatin1Char('\n')));
    m_summary->setVisible(!details.isEmpty());
    m_retryButton->setText(report.retryLabel());
    m_retryButton->setVisible(report.failed() > 0);
    m_cancelButton->setFocus(Qt::OtherFocusReason);
}
