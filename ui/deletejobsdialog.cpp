// SPDX-License-Identifier: MIT
#include "deletejobsdialog.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"
#include "iconprovider.h"
#include "jobselectionsummary.h"
#include "model/jobformat.h"
#include "model/jobtablemodel.h"

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

namespace {
// Spelled out rather than "%n job(s)": without a loaded translation Qt would print the "(s)".
QString jobsText(int n)
{
    return n == 1 ? QCoreApplication::translate("DeleteJobsDialog", "1 job")
                  : QCoreApplication::translate("DeleteJobsDialog", "%1 jobs").arg(QLocale().toString(n));
}

QString shortResult(const JobDeleter::Result &r)
{
    switch (r.outcome) {
    case JobDeleter::Outcome::Waiting:
        return QCoreApplication::translate("DeleteJobsDialog", "Waiting");
    case JobDeleter::Outcome::Sending:
        return QCoreApplication::translate("DeleteJobsDialog", "Deleting…");
    case JobDeleter::Outcome::Deleted:
        return QCoreApplication::translate("DeleteJobsDialog", "Deleted");
    case JobDeleter::Outcome::AlreadyGone:
        return QCoreApplication::translate("DeleteJobsDialog", "Already gone");
    case JobDeleter::Outcome::NotAllowed:
        if (r.outOfScope)
            return QCoreApplication::translate("DeleteJobsDialog", "Not allowed: domain-level job");
        return r.sent ? QCoreApplication::translate("DeleteJobsDialog", "Not allowed (403)")
                      : QCoreApplication::translate("DeleteJobsDialog", "Not sent: not allowed");
    case JobDeleter::Outcome::Failed:
        return QCoreApplication::translate("DeleteJobsDialog", "Failed: %1").arg(r.error.humanMessage());
    case JobDeleter::Outcome::NotSent:
        return QCoreApplication::translate("DeleteJobsDialog", "Not sent (stopped)");
    }
    return {};
}
} // namespace

DeleteJobsDialog::DeleteJobsDialog(const QList<Job> &jobs, const QStringList &unlistedIds, JobApiClient *client,
                                   QWidget *parent)
    : QDialog(parent)
    , m_deleter(new JobDeleter(client, this))
    , m_goneTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("deleteJobsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("jobList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Job ID"), tr("Status"), tr("Trusted account"), tr("Created"), tr("Result") });
    m_list->header()->setStretchLastSection(true);
    // Wide enough for the texts of the current language, bold for active jobs.
    QFont bold = m_list->font();
    bold.setBold(true);
    const QFontMetrics fm(m_list->font());
    const QFontMetrics boldFm(bold);
    int statusWidth = 0;
    for (JobStatus status : JobStatuses::kKnown)
        statusWidth = qMax(statusWidth, boldFm.horizontalAdvance(JobStatuses::label(status)));
    m_list->setColumnWidth(JobIdColumn, fm.horizontalAdvance(QStringLiteral("job-0123456789ab")) + 24);
    m_list->setColumnWidth(StatusColumn, statusWidth + 40);
    m_list->setColumnWidth(TrustedAccountColumn, fm.horizontalAdvance(QStringLiteral("ta-0123456789ab")) + 24);
    m_list->setColumnWidth(CreatedColumn, fm.horizontalAdvance(QStringLiteral("2026-11-28 12:00:00")) + 24);
    layout->addWidget(m_list, 1);

    // The ids are fixed here, once: nothing after this point adds, drops or reorders them.
    for (const Job &job : jobs) {
        if (job.jobId.isEmpty() || m_items.contains(job.jobId))
            continue;
        m_jobs.insert(job.jobId, job);
        addRow(job.jobId, &job);
        m_activeCount += job.isActive() ? 1 : 0;
    }
    for (const QString &id : unlistedIds) {
        if (id.isEmpty() || m_items.contains(id))
            continue;
        addRow(id, nullptr);
        m_unlisted.insert(id, true);
    }

    // What the selection holds, before the list: with thousands of rows nobody reads the list.
    m_selectionSummary = new QLabel(this);
    m_selectionSummary->setObjectName(QStringLiteral("selectionSummary"));
    m_selectionSummary->setTextFormat(Qt::RichText); // bold counts; every label is escaped
    m_selectionSummary->setWordWrap(true);
    m_selectionSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->insertWidget(layout->indexOf(m_list), m_selectionSummary);

    buildActiveBox(layout);
    buildTypedBox(layout);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAutoDefault(false);
    m_retryButton->setToolTip(tr("Send the deletes that failed again; not the ones that were refused or already gone"));
    m_retryButton->hide();
    connect(m_retryButton, &QPushButton::clicked, this, &DeleteJobsDialog::retryFailed);
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    const int count = int(m_ids.size());
    m_deleteButton = new QPushButton(IconProvider::actionIcon(QStringLiteral("delete"), palette()), QString(), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAutoDefault(false);
    connect(m_deleteButton, &QPushButton::clicked, this, &DeleteJobsDialog::confirm);
    buttons->addWidget(m_deleteButton);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Enter or a stray click must never delete: the safe choice is the default.
    m_cancelButton->setDefault(true);
    connect(m_cancelButton, &QPushButton::clicked, this, &DeleteJobsDialog::reject);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    connect(m_deleter, &JobDeleter::jobFinished, this, &DeleteJobsDialog::onJobFinished);
    connect(m_deleter, &JobDeleter::progress, this, &DeleteJobsDialog::onProgress);
    connect(m_deleter, &JobDeleter::finished, this, &DeleteJobsDialog::onRunFinished);

    m_goneTimer->setSingleShot(true);
    m_goneTimer->setInterval(0);
    connect(m_goneTimer, &QTimer::timeout, this, &DeleteJobsDialog::flushGone);

    updateSelection();
    setStage(Stage::Confirm);

    // Tall enough for up to ten rows without scrolling, no taller, and never beyond the screen.
    const int rows = qBound(2, count, 10);
    const int rowHeight = qMax(m_list->fontMetrics().height(), 16) + 4;
    QSize size(820, sizeHint().height() + (rows - 2) * rowHeight);
    if (const QScreen *screen = (parent ? parent->screen() : this->screen()))
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
    m_cancelButton->setFocus(Qt::OtherFocusReason);
}

void DeleteJobsDialog::buildActiveBox(QBoxLayout *layout)
{
    m_activeBox = new QWidget(this);
    m_activeBox->setObjectName(QStringLiteral("activeBox"));
    m_activeBox->setAutoFillBackground(true);
    QPalette activePalette = m_activeBox->palette();
    activePalette.setColor(QPalette::Window, IconProvider::stuckRowBackground(palette()));
    m_activeBox->setPalette(activePalette);
    auto *activeLayout = new QHBoxLayout(m_activeBox);
    activeLayout->setContentsMargins(8, 6, 8, 6);
    auto *warningIcon = new QLabel(m_activeBox);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    activeLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    auto *activeText = new QVBoxLayout;
    auto *activeLabel = new QLabel(m_activeBox);
    activeLabel->setObjectName(QStringLiteral("activeWarning"));
    activeLabel->setWordWrap(true);
    activeLabel->setTextFormat(Qt::PlainText);
    activeLabel->setText(
        tr("%Ln of these jobs are still active (pending or in progress).", nullptr, m_activeCount) + QLatin1Char(' ')
        + tr("Deleting a job does not stop its collector: only the record goes away, and the collector may keep "
             "running."));
    activeText->addWidget(activeLabel);
    const int finished = int(m_ids.size()) - m_activeCount;
    if (m_activeCount > 0 && finished > 0) {
        // A mixed selection: the finished jobs can go on their own, and that is the safe choice.
        auto *group = new QButtonGroup(m_activeBox);
        m_skipActive = new QRadioButton(
            tr("&Skip the active jobs: delete only the %Ln finished one(s)", nullptr, finished), m_activeBox);
        m_skipActive->setObjectName(QStringLiteral("skipActive"));
        m_skipActive->setChecked(true);
        auto *include = new QRadioButton(tr("&Also delete the %Ln active job(s)", nullptr, m_activeCount), m_activeBox);
        group->addButton(m_skipActive);
        group->addButton(include);
        m_activeCheck = include;
        activeText->addWidget(m_skipActive);
    } else {
        m_activeCheck = new QCheckBox(tr("&Also delete the %Ln active job(s)", nullptr, m_activeCount), m_activeBox);
    }
    m_activeCheck->setObjectName(QStringLiteral("activeConfirmation"));
    activeText->addWidget(m_activeCheck);
    activeLayout->addLayout(activeText, 1);
    m_activeBox->setVisible(m_activeCount > 0);
    layout->addWidget(m_activeBox);
    connect(m_activeCheck, &QAbstractButton::toggled, this, &DeleteJobsDialog::updateSelection);
}

void DeleteJobsDialog::buildTypedBox(QBoxLayout *layout)
{
    m_typedBox = new QWidget(this);
    m_typedBox->setObjectName(QStringLiteral("typedBox"));
    auto *typedLayout = new QHBoxLayout(m_typedBox);
    typedLayout->setContentsMargins(0, 0, 0, 0);
    m_typedLabel = new QLabel(m_typedBox);
    m_typedLabel->setObjectName(QStringLiteral("typedLabel"));
    m_typedLabel->setTextFormat(Qt::PlainText);
    m_typedLabel->setWordWrap(true);
    typedLayout->addWidget(m_typedLabel, 1);
    m_typed = new QLineEdit(m_typedBox);
    m_typed->setObjectName(QStringLiteral("typedConfirmation"));
    m_typed->setAccessibleName(tr("Confirmation"));
    m_typed->setClearButtonEnabled(true);
    m_typed->setMaximumWidth(m_typed->fontMetrics().averageCharWidth() * 16);
    m_typedLabel->setBuddy(m_typed);
    typedLayout->addWidget(m_typed);
    layout->addWidget(m_typedBox);
    connect(m_typed, &QLineEdit::textChanged, this, &DeleteJobsDialog::updateDeleteEnabled);
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

    m_heading->setText(count == 1 ? tr("Delete job %1?").arg(ids.value(0)) : tr("Delete %1?").arg(jobsText(count)));
    setWindowTitle(count == 1 ? tr("Delete Job") : tr("Delete %1").arg(jobsText(count)));
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

    m_typedLabel->setText(
        tr("This deletes %1 at once. To confirm, type %2 or the word \"%3\":")
            .arg(jobsText(count), QString::number(count), tr("delete", "the word typed to confirm a large deletion")));
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
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const auto job = m_jobs.constFind(it.key());
        if (job == m_jobs.constEnd() || job->trustedAccountId.isEmpty())
            continue;
        it.value()->setText(TrustedAccountColumn,
                            m_names.display(NameDirectory::Kind::TrustedAccount, job->trustedAccountId));
        it.value()->setToolTip(TrustedAccountColumn,
                               m_names.toolTip(NameDirectory::Kind::TrustedAccount, job->trustedAccountId));
        if (const NameDirectory *directory = m_names.directory())
            it.value()->setIcon(TrustedAccountColumn,
                                IconProvider::providerIcon(directory->provider(job->trustedAccountId)));
    }
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
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(JobIdColumn, jobId);
    item->setData(JobIdColumn, Qt::UserRole, jobId);
    if (job) {
        item->setIcon(StatusColumn, IconProvider::statusIcon(job->status));
        item->setText(StatusColumn, job->statusLabel());
        item->setForeground(StatusColumn, IconProvider::statusColor(job->status, palette()));
        item->setText(TrustedAccountColumn, job->trustedAccountId.isEmpty() ? tr("—") : job->trustedAccountId);
        item->setText(CreatedColumn, JobFormat::localDateTime(job->createdAtMs));
        item->setToolTip(CreatedColumn, JobFormat::utcDateTime(job->createdAtMs));
        if (job->isActive()) {
            QFont bold = item->font(StatusColumn);
            bold.setBold(true);
            item->setFont(StatusColumn, bold);
        }
    } else {
        item->setText(StatusColumn, tr("—"));
        item->setText(TrustedAccountColumn, tr("—"));
        item->setText(CreatedColumn, tr("—"));
    }
    m_items.insert(jobId, item);
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
    const bool skipping = isSkippingActive();
    bool any = false;
    for (const QString &id : std::as_const(m_ids)) {
        QTreeWidgetItem *item = m_items.value(id);
        const auto job = m_jobs.constFind(id);
        const bool skipped = skipping && job != m_jobs.constEnd() && job->isActive();
        const bool unlisted = m_unlisted.value(id);
        any = any || skipped || unlisted;
        if (skipped) {
            item->setText(ResultColumn, tr("Skipped: still active"));
            item->setToolTip(ResultColumn, tr("Not deleted: you chose to skip the active jobs."));
        } else {
            item->setText(ResultColumn, unlisted ? tr("No longer listed") : QString());
            item->setToolTip(ResultColumn,
                             unlisted ? tr("The table no longer shows this job. The delete is still sent; if the "
                                           "server no longer has it, it is reported as already gone.")
                                      : QString());
        }
        item->setForeground(ResultColumn, IconProvider::statusColor(JobStatus::Canceled, palette()));
        item->setDisabled(skipped);
    }
    m_list->setColumnHidden(ResultColumn, !any);
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
    const QTreeWidgetItem *item = m_items.value(jobId);
    return item ? item->text(ResultColumn) : QString();
}

void DeleteJobsDialog::onJobFinished(const JobDeleter::Result &result)
{
    QTreeWidgetItem *item = m_items.value(result.jobId);
    if (item) {
        item->setText(ResultColumn, shortResult(result));
        item->setToolTip(ResultColumn, result.message());
        QColor color = IconProvider::statusColor(JobStatus::Canceled, palette());
        if (result.outcome == JobDeleter::Outcome::Deleted)
            color = IconProvider::statusColor(JobStatus::Success, palette());
        else if (result.outcome == JobDeleter::Outcome::Failed || result.outcome == JobDeleter::Outcome::NotAllowed)
            color = IconProvider::statusColor(JobStatus::Failure, palette());
        item->setForeground(ResultColumn, color);
    }
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
        if (r.outcome == JobDeleter::Outcome::Sending) {
            if (QTreeWidgetItem *item = m_items.value(r.jobId))
                item->setText(ResultColumn, shortResult(r));
        }
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
        m_heading->setText(tr("Deleting %1…").arg(jobsText(sending)));
        m_intro->setText(tr("Deletes already sent finish even if you stop; the rest are not sent."));
        break;
    }
    case Stage::Done: {
        m_cancelButton->setText(tr("Close"));
        m_cancelButton->setToolTip(QString());
        const JobDeleter *d = m_deleter;
        const int deleted = d->count(JobDeleter::Outcome::Deleted);
        const int gone = d->count(JobDeleter::Outcome::AlreadyGone);
        const int refused = d->count(JobDeleter::Outcome::NotAllowed);
        const int failed = d->count(JobDeleter::Outcome::Failed);
        const int notSent = d->count(JobDeleter::Outcome::NotSent);
        QStringList parts;
        if (deleted > 0)
            parts << tr("%1 deleted").arg(deleted);
        if (gone > 0)
            parts << tr("%1 already gone").arg(gone);
        if (refused > 0)
            parts << tr("%1 not allowed").arg(refused);
        if (failed > 0)
            parts << tr("%1 failed").arg(failed);
        if (notSent > 0)
            parts << tr("%1 not sent (stopped)").arg(notSent);
        const int skipped = isSkippingActive() ? m_activeCount : 0;
        if (skipped > 0)
            parts << tr("%1 skipped (active)").arg(skipped);
        m_heading->setText(failed > 0 || refused > 0
                               ? tr("Some jobs were not deleted")
                               : (deleted + gone == int(idsToDelete().size()) ? tr("Done") : tr("Stopped")));
        m_intro->setText(parts.join(QStringLiteral(" · ")) + QLatin1Char('.'));
        QStringList details;
        bool roleRefused = false;
        bool scopeRefused = false;
        for (const JobDeleter::Result &r : d->results()) {
            roleRefused = roleRefused || (r.outcome == JobDeleter::Outcome::NotAllowed && !r.outOfScope);
            scopeRefused = scopeRefused || r.outOfScope;
        }
        if (roleRefused)
            details << JobDeleter::permissionExplanation();
        if (scopeRefused)
            details << tr("Domain-level jobs (workspace \"*\") can only be deleted with a domain admin token.");
        // The first failures in full, since the result column cuts them off.
        const QStringList failedIds = d->failedIds();
        for (qsizetype i = 0; i < failedIds.size() && i < 3; ++i)
            details << tr("%1: %2").arg(failedIds.at(i), d->result(failedIds.at(i)).message());
        if (failedIds.size() > 3)
            details << tr("…and %1 more; hover over a result for its message.").arg(failedIds.size() - 3);
        if (failed > 0)
            details << tr("Retry sends only the failed deletes again.");
        m_summary->setText(details.join(QLatin1Char('\n')));
        m_summary->setVisible(!details.isEmpty());
        m_retryButton->setText(failed == 1 ? tr("&Retry 1 Failed") : tr("&Retry %1 Failed").arg(failed));
        m_retryButton->setVisible(failed > 0);
        m_cancelButton->setFocus(Qt::OtherFocusReason);
        break;
    }
    }
    updateDeleteEnabled();
}
