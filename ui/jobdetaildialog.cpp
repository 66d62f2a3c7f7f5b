// SPDX-License-Identifier: MIT
#include "jobdetaildialog.h"

#include "api/jobapiclient.h"
#include "api/jobgetreply.h"
#include "api/timersource.h"
#include "iconprovider.h"
#include "jsontreemodel.h"
#include "model/jobformat.h"
#include "ui_jobdetaildialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QString timeText(qint64 ms)
{
    if (ms == JobTime::kNone)
        return {};
    return QCoreApplication::translate("JobDetailDialog", "%1 local · %2")
        .arg(JobFormat::localDateTime(ms), JobFormat::utcDateTime(ms));
}

QString optionsJson(const QJsonObject &options)
{
    return QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Indented)).trimmed();
}

QFont monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace

JobDetailDialog::JobDetailDialog(const Job &cached, JobApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JobDetailDialog>())
    , m_job(cached)
    , m_client(client)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("jobDetailDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setWindowTitle(tr("Job %1").arg(m_job.jobId));
    m_statusIcon = m_ui->statusIcon;
    m_statusWord = m_ui->statusWord;
    m_subtitle = m_ui->subtitle;
    m_message = m_ui->message;
    m_providerIcon = m_ui->providerIcon;
    m_errorBox = m_ui->errorBox;
    m_optionsTree = m_ui->optionsTree;
    m_optionsRaw = m_ui->optionsRaw;
    m_deleteButton = m_ui->deleteButton;
    m_syncButton = m_ui->syncButton;
    m_refreshButton = m_ui->refreshButton;
    m_workspaceFilter = m_ui->filterWorkspaceButton;
    m_trustedAccountFilter = m_ui->filterTrustedAccountButton;
    m_pluginFilter = m_ui->filterPluginButton;

    // Header: what state the job is in, in colour and words, before any detail.
    m_statusIcon->setFixedSize(32, 32);
    QFont big = m_statusWord->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_statusWord->setFont(big);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_message->hide();
    setUpFields();

    m_errorBox->setFont(monospaceFont());
    m_errorBox->setFixedHeight(QFontMetrics(m_errorBox->font()).lineSpacing() * 6 + 14);
    m_optionsModel = new JsonTreeModel(this);
    m_optionsTree->setModel(m_optionsModel);
    m_optionsTree->header()->setStretchLastSection(false);
    m_optionsTree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_optionsTree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_optionsTree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_optionsTree->setColumnWidth(JsonTreeModel::KeyColumn, 200);
    m_optionsRaw->setFont(monospaceFont());

    connect(m_ui->copyJsonButton, &QPushButton::clicked, this, &JobDetailDialog::copyJobAsJson);
    m_deleteButton->setIcon(IconProvider::actionIcon(QStringLiteral("delete"), palette()));
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_job.jobId); });
    m_syncButton->setIcon(IconProvider::actionIcon(QStringLiteral("sync"), palette()));
    connect(m_syncButton, &QPushButton::clicked, this, [this] { Q_EMIT syncRequested(m_job.jobId); });
    m_refreshButton->setIcon(IconProvider::actionIcon(QStringLiteral("refresh"), palette()));
    connect(m_refreshButton, &QPushButton::clicked, this, &JobDetailDialog::refreshNow);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);

    showJob();
    updateMessage();
    updateButtons();
    // The cached row is on screen; now ask the server for the current one.
    fetch();
}

void JobDetailDialog::setUpFields()
{
    // Every row as tall as one with buttons, so the form does not look ragged.
    const int rowHeight = m_ui->copyJobIdButton->sizeHint().height();
    for (QLabel *value :
         { m_ui->jobIdValue, m_ui->resourceGroupValue, m_ui->workspaceValue, m_ui->trustedAccountValue,
           m_ui->pluginValue, m_ui->domainValue, m_ui->createdValue, m_ui->updatedValue, m_ui->finishedValue })
        value->setMinimumHeight(rowHeight);
    const auto copies = [this](QToolButton *button, QString Job::*field) {
        connect(button, &QToolButton::clicked, this,
                [this, field] { QGuiApplication::clipboard()->setText(m_job.*field); });
    };
    copies(m_ui->copyJobIdButton, &Job::jobId);
    copies(m_ui->copyWorkspaceButton, &Job::workspaceId);
    copies(m_ui->copyTrustedAccountButton, &Job::trustedAccountId);
    copies(m_ui->copyPluginButton, &Job::pluginId);
    copies(m_ui->copyDomainButton, &Job::domainId);
    connect(m_workspaceFilter, &QToolButton::clicked, this,
            [this] { Q_EMIT filterByWorkspaceRequested(m_job.workspaceId); });
    connect(m_trustedAccountFilter, &QToolButton::clicked, this,
            [this] { Q_EMIT filterByTrustedAccountRequested(m_job.trustedAccountId); });
    connect(m_pluginFilter, &QToolButton::clicked, this, [this] { Q_EMIT filterByPluginRequested(m_job.pluginId); });
}

JobDetailDialog::~JobDetailDialog()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QString JobDetailDialog::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

bool JobDetailDialog::isRefreshScheduled() const
{
    return !m_refreshTimer.isNull();
}

void JobDetailDialog::stopRefresh()
{
    delete m_refreshTimer.data();
}

TimerSource *JobDetailDialog::timers() const
{
    return m_client ? m_client->timerSource() : TimerSource::system();
}

void JobDetailDialog::setRefreshInterval(int ms)
{
    m_refreshIntervalMs = qMax(1, ms);
}

void JobDetailDialog::refreshNow()
{
    fetch();
}

void JobDetailDialog::setDeleteBlockedReason(const QString &reason)
{
    m_deleteBlockedReason = reason;
    updateButtons();
}

void JobDetailDialog::setSyncPolicy(bool available, const QString &refusal)
{
    m_syncButton->setVisible(available);
    m_syncRefusal = refusal;
    updateButtons();
}

void JobDetailDialog::markDeleted()
{
    stopRefresh();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    setState(State::Deleted);
}

QByteArray JobDetailDialog::jobJson() const
{
    return QJsonDocument(m_job.toJson()).toJson(QJsonDocument::Indented);
}

void JobDetailDialog::copyJobAsJson()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(jobJson()));
}

void JobDetailDialog::setNameDirectory(NameDirectory *directory)
{
    if (const NameDirectory *old = m_names.directory())
        disconnect(old, nullptr, this, nullptr);
    m_names.setDirectory(directory);
    if (directory) {
        connect(directory, &NameDirectory::namesChanged, this, &JobDetailDialog::showJob);
        connect(directory, &NameDirectory::availabilityChanged, this, &JobDetailDialog::showJob);
        // A job opened from outside the table (a search on the server) may name new ids.
        directory->request(NameDirectory::Kind::Workspace, { m_job.workspaceId });
        directory->request(NameDirectory::Kind::TrustedAccount, { m_job.trustedAccountId });
        directory->request(NameDirectory::Kind::Plugin, { m_job.pluginId });
    }
    showJob();
}

QString JobDetailDialog::nameText(NameDirectory::Kind kind, const QString &id) const
{
    // Name and id side by side: the dialog is where an administrator reads both.
    QString text = m_names.withId(kind, id);
    if (kind == NameDirectory::Kind::TrustedAccount && m_names.directory()) {
        const QString provider = m_names.directory()->provider(id);
        if (!provider.isEmpty())
            text += QStringLiteral(" · %1").arg(IconProvider::providerLabel(provider));
    }
    return text;
}

void JobDetailDialog::showJob()
{
    const qint64 nowMs = timers()->nowMs();
    const QColor color = IconProvider::statusColor(m_job.status, palette());
    m_statusIcon->setPixmap(IconProvider::statusIcon(m_job.status).pixmap(32, 32));
    m_statusWord->setText(m_job.statusLabel());
    QPalette wordPalette = m_statusWord->palette();
    wordPalette.setColor(QPalette::WindowText, color);
    m_statusWord->setPalette(wordPalette);

    auto set = [this](const char *name, const QString &text, const QString &toolTip = QString()) {
        auto *label = findChild<QLabel *>(QLatin1String(name));
        label->setText(text.isEmpty() ? tr("—") : text);
        label->setToolTip(toolTip);
    };
    set("jobIdValue", m_job.jobId);
    set("resourceGroupValue",
        m_job.resourceGroup == ResourceGroup::Unknown ? m_job.rawResourceGroup
                                                      : ResourceGroups::label(m_job.resourceGroup));
    if (m_job.isDomainLevel())
        set("workspaceValue", tr("Global (domain)"), tr("workspace_id \"*\": a domain-level job"));
    else
        set("workspaceValue", nameText(JobNameDisplay::Kind::Workspace, m_job.workspaceId),
            m_names.toolTip(JobNameDisplay::Kind::Workspace, m_job.workspaceId));
    set("trustedAccountValue", nameText(JobNameDisplay::Kind::TrustedAccount, m_job.trustedAccountId),
        m_names.toolTip(JobNameDisplay::Kind::TrustedAccount, m_job.trustedAccountId));
    const QString provider = m_names.directory() ? m_names.directory()->provider(m_job.trustedAccountId) : QString();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_providerIcon->setPixmap(IconProvider::providerIcon(provider).pixmap(iconSize, iconSize));
    m_providerIcon->setToolTip(IconProvider::providerLabel(provider));
    m_providerIcon->setVisible(!provider.isEmpty());
    set("pluginValue", nameText(JobNameDisplay::Kind::Plugin, m_job.pluginId),
        m_names.toolTip(JobNameDisplay::Kind::Plugin, m_job.pluginId));
    set("domainValue", m_job.domainId);
    set("createdValue", timeText(m_job.createdAtMs), JobFormat::relativeTime(m_job.createdAtMs, nowMs));
    set("updatedValue", timeText(m_job.updatedAtMs), JobFormat::relativeTime(m_job.updatedAtMs, nowMs));
    const QString duration = JobFormat::duration(m_job.durationMs(nowMs));
    if (m_job.finishedAtMs != JobTime::kNone) {
        QString text = timeText(m_job.finishedAtMs);
        if (!duration.isEmpty())
            text += tr(" · took %1").arg(duration);
        set("finishedValue", text, JobFormat::relativeTime(m_job.finishedAtMs, nowMs));
    } else if (m_job.isActive()) {
        set("finishedValue",
            duration.isEmpty() ? tr("Not finished yet") : tr("Not finished yet · running for %1").arg(duration));
    } else {
        set("finishedValue", QString());
    }
    m_workspaceFilter->setEnabled(!m_job.workspaceId.isEmpty());
    m_trustedAccountFilter->setEnabled(!m_job.trustedAccountId.isEmpty());
    m_pluginFilter->setEnabled(!m_job.pluginId.isEmpty());

    // Only replace text that changed, so a refresh does not drop the user's selection or the
    // expanded branches of the options tree.
    if (m_errorBox->toPlainText() != m_job.errorMessage)
        m_errorBox->setPlainText(m_job.errorMessage);
    if (m_optionsModel->json() != QJsonValue(m_job.options)) {
        m_optionsModel->setJson(m_job.options);
        // Options are usually a handful of keys: show them all; a big tree starts folded.
        if (m_optionsModel->nodeCount() <= 60)
            m_optionsTree->expandAll();
        else
            m_optionsTree->expandToDepth(0);
        m_optionsRaw->setPlainText(optionsJson(m_job.options));
    }
    setWindowTitle(tr("Job %1 — %2").arg(m_job.jobId, m_job.statusLabel()));
}

void JobDetailDialog::fetch()
{
    if (m_reply || !m_client || m_state == State::Gone || m_state == State::Deleted)
        return;
    stopRefresh();
    JobGetReply *reply = m_client->get(m_job.jobId);
    m_reply = reply;
    connect(reply, &JobApiReply::finished, this, &JobDetailDialog::onFetched);
    updateButtons();
    updateMessage();
}

void JobDetailDialog::onFetched()
{
    JobGetReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    ++m_fetchCount;
    const ApiError error = reply->error();
    if (!error.isError()) {
        m_lastFetchedAtMs = timers()->nowMs();
        m_lastError = {};
        m_job = reply->job();
        showJob();
        setState(State::Fresh);
    } else if (error.isNotFound()) {
        m_lastError = error;
        setState(State::Gone);
    } else if (error.kind == ApiError::Kind::Canceled) {
        // Another connection was chosen or the app is closing: nothing to tell.
        updateButtons();
        updateMessage();
    } else {
        m_lastError = error;
        setState(State::Error);
    }
    scheduleRefresh();
}

void JobDetailDialog::scheduleRefresh()
{
    // Only a job that can still change is worth asking for again; a transient error on an
    // active job is retried at the same pace.
    const bool canChange = m_state == State::Cached || m_state == State::Fresh || m_state == State::Error;
    stopRefresh();
    if (canChange && m_job.isActive() && !m_reply)
        m_refreshTimer = timers()->singleShot(m_refreshIntervalMs, this, [this] {
            m_refreshTimer = nullptr; // firing: the source disposes of it
            fetch();
        });
    updateMessage();
}

void JobDetailDialog::setState(State state)
{
    m_state = state;
    if (state == State::Gone || state == State::Deleted)
        stopRefresh();
    updateMessage();
    updateButtons();
}

void JobDetailDialog::updateMessage()
{
    QString subtitle;
    const QString intervalText = tr("refreshes every %1 s while the job runs").arg(m_refreshIntervalMs / 1000.0);
    switch (m_state) {
    case State::Cached:
        subtitle = tr("From the job list · fetching the current state…");
        break;
    case State::Fresh:
    case State::Error:
        subtitle = m_lastFetchedAtMs > 0
            ? tr("Fetched from the server at %1")
                  .arg(QDateTime::fromMSecsSinceEpoch(m_lastFetchedAtMs).toString(QStringLiteral("HH:mm:ss")))
            : tr("From the job list");
        if (m_job.isActive())
            subtitle += QStringLiteral(" · ") + intervalText;
        break;
    case State::Gone:
    case State::Deleted:
        subtitle = tr("Last known state");
        break;
    }
    m_subtitle->setText(subtitle);

    QString message;
    bool problem = false;
    switch (m_state) {
    case State::Gone:
        message = tr("This job no longer exists on the server: it was deleted elsewhere (or is outside this "
                     "token's workspace). The details below are the last known state.");
        break;
    case State::Deleted:
        message = tr("This job was deleted. The details below are its last known state.");
        break;
    case State::Error:
        message = tr("Could not refresh this job: %1 The details below are the last known state.")
                      .arg(m_lastError.humanMessage());
        problem = true;
        break;
    case State::Cached:
    case State::Fresh:
        break;
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        QPalette p = m_message->palette();
        const QColor accent = problem ? IconProvider::statusColor(JobStatus::Failure, palette())
                                      : IconProvider::statusColor(JobStatus::Unknown, palette());
        p.setColor(QPalette::Window, IconProvider::stuckRowBackground(palette()));
        p.setColor(QPalette::WindowText, accent.darker(problem ? 100 : 130));
        m_message->setPalette(p);
    }
}

void JobDetailDialog::updateButtons()
{
    const bool gone = m_state == State::Gone || m_state == State::Deleted;
    m_refreshButton->setEnabled(!gone && !m_reply);
    m_deleteButton->setEnabled(!gone && m_deleteBlockedReason.isEmpty());
    if (gone)
        m_deleteButton->setToolTip(tr("This job no longer exists."));
    else if (!m_deleteBlockedReason.isEmpty())
        m_deleteButton->setToolTip(m_deleteBlockedReason);
    else
        m_deleteButton->setToolTip(tr("Delete this job from the server, after confirmation"));
    // A deleted job's account can still be synced: its id is all the sync needs.
    m_syncButton->setEnabled(!m_job.trustedAccountId.isEmpty() && m_syncRefusal.isEmpty());
    m_syncButton->setToolTip(
        m_syncRefusal.isEmpty() ? tr("Run this trusted account's collector again, after confirmation") : m_syncRefusal);
}
