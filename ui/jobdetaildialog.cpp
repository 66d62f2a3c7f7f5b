// SPDX-License-Identifier: MIT
#include "jobdetaildialog.h"

#include "api/jobapiclient.h"
#include "api/jobgetreply.h"
#include "iconprovider.h"
#include "jsontreemodel.h"
#include "model/jobformat.h"

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
#include <QTimer>
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

// Selectable, plain-text value label for the form.
QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    return label;
}
} // namespace

JobDetailDialog::JobDetailDialog(const Job &cached, JobApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_job(cached)
    , m_client(client)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("jobDetailDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setWindowTitle(tr("Job %1").arg(m_job.jobId));
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    // Header: what state the job is in, in colour and words, before any detail.
    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    m_statusIcon = new QLabel(this);
    m_statusIcon->setObjectName(QStringLiteral("statusIcon"));
    m_statusIcon->setFixedSize(32, 32);
    header->addWidget(m_statusIcon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    m_statusWord = new QLabel(this);
    m_statusWord->setObjectName(QStringLiteral("statusWord"));
    QFont big = m_statusWord->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_statusWord->setFont(big);
    m_statusWord->setTextFormat(Qt::PlainText);
    headerText->addWidget(m_statusWord);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    headerText->addWidget(m_subtitle);
    header->addLayout(headerText, 1);
    layout->addLayout(header);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(6);
    m_message->setAutoFillBackground(true);
    m_message->hide();
    layout->addWidget(m_message);

    {
        QToolButton probe;
        probe.setText(tr("Copy"));
        m_rowHeight = probe.sizeHint().height();
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    addField(form, tr("Job ID:"), QStringLiteral("jobIdValue"),
             { makeCopyButton(tr("Copy the job id"), [this] { return m_job.jobId; }) });
    addField(form, tr("Resource group:"), QStringLiteral("resourceGroupValue"));
    m_workspaceFilter = makeFilterButton(tr("Show only this workspace's jobs in the main window"),
                                         [this] { Q_EMIT filterByWorkspaceRequested(m_job.workspaceId); });
    addField(form, tr("Workspace:"), QStringLiteral("workspaceValue"),
             { makeCopyButton(tr("Copy the workspace id"), [this] { return m_job.workspaceId; }), m_workspaceFilter });
    m_trustedAccountFilter = makeFilterButton(tr("Show only this trusted account's jobs in the main window"), [this] {
        Q_EMIT filterByTrustedAccountRequested(m_job.trustedAccountId);
    });
    m_providerIcon = new QLabel(this);
    m_providerIcon->setObjectName(QStringLiteral("providerIcon"));
    addField(form, tr("Trusted account:"), QStringLiteral("trustedAccountValue"),
             { makeCopyButton(tr("Copy the trusted account id"), [this] { return m_job.trustedAccountId; }),
               m_trustedAccountFilter },
             m_providerIcon);
    m_pluginFilter = makeFilterButton(tr("Show only this plugin's jobs in the main window"),
                                      [this] { Q_EMIT filterByPluginRequested(m_job.pluginId); });
    addField(form, tr("Plugin:"), QStringLiteral("pluginValue"),
             { makeCopyButton(tr("Copy the plugin id"), [this] { return m_job.pluginId; }), m_pluginFilter });
    addField(form, tr("Domain:"), QStringLiteral("domainValue"),
             { makeCopyButton(tr("Copy the domain id"), [this] { return m_job.domainId; }) });
    addField(form, tr("Created:"), QStringLiteral("createdValue"));
    addField(form, tr("Updated:"), QStringLiteral("updatedValue"));
    addField(form, tr("Finished:"), QStringLiteral("finishedValue"));
    layout->addLayout(form);

    auto *errorLabel = new QLabel(tr("&Error message:"), this);
    layout->addWidget(errorLabel);
    m_errorBox = new QPlainTextEdit(this);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorBox->setReadOnly(true);
    m_errorBox->setFont(monospaceFont());
    m_errorBox->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorBox->setPlaceholderText(tr("No error message."));
    m_errorBox->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_errorBox->setFixedHeight(QFontMetrics(m_errorBox->font()).lineSpacing() * 6 + 14);
    errorLabel->setBuddy(m_errorBox);
    layout->addWidget(m_errorBox);

    auto *optionsLabel = new QLabel(tr("&Options:"), this);
    layout->addWidget(optionsLabel);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("optionsTabs"));
    tabs->setDocumentMode(true);
    m_optionsModel = new JsonTreeModel(this);
    m_optionsTree = new QTreeView(tabs);
    m_optionsTree->setObjectName(QStringLiteral("optionsTree"));
    m_optionsTree->setModel(m_optionsModel);
    m_optionsTree->setUniformRowHeights(true);
    m_optionsTree->setAlternatingRowColors(true);
    m_optionsTree->header()->setStretchLastSection(false);
    m_optionsTree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_optionsTree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_optionsTree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_optionsTree->setColumnWidth(JsonTreeModel::KeyColumn, 200);
    tabs->addTab(m_optionsTree, tr("Tree"));
    m_optionsRaw = new QPlainTextEdit(tabs);
    m_optionsRaw->setObjectName(QStringLiteral("optionsRaw"));
    m_optionsRaw->setReadOnly(true);
    m_optionsRaw->setFont(monospaceFont());
    m_optionsRaw->setLineWrapMode(QPlainTextEdit::NoWrap);
    tabs->addTab(m_optionsRaw, tr("Raw JSON"));
    optionsLabel->setBuddy(tabs);
    layout->addWidget(tabs, 1);

    auto *buttons = new QHBoxLayout;
    auto *copyJson = new QPushButton(tr("Copy as &JSON"), this);
    copyJson->setObjectName(QStringLiteral("copyJsonButton"));
    copyJson->setToolTip(tr("Copy the whole job as JSON, as the server sends it"));
    copyJson->setAutoDefault(false);
    connect(copyJson, &QPushButton::clicked, this, &JobDetailDialog::copyJobAsJson);
    buttons->addWidget(copyJson);
    m_deleteButton
        = new QPushButton(IconProvider::actionIcon(QStringLiteral("delete"), palette()), tr("&Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAutoDefault(false);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_job.jobId); });
    buttons->addWidget(m_deleteButton);
    m_syncButton
        = new QPushButton(IconProvider::actionIcon(QStringLiteral("sync"), palette()), tr("S&ync Account Now…"), this);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setAutoDefault(false);
    connect(m_syncButton, &QPushButton::clicked, this, [this] { Q_EMIT syncRequested(m_job.jobId); });
    buttons->addWidget(m_syncButton);
    buttons->addStretch(1);
    m_refreshButton
        = new QPushButton(IconProvider::actionIcon(QStringLiteral("refresh"), palette()), tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Fetch this job from the server now"));
    m_refreshButton->setAutoDefault(false);
    connect(m_refreshButton, &QPushButton::clicked, this, &JobDetailDialog::refreshNow);
    buttons->addWidget(m_refreshButton);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &JobDetailDialog::fetch);

    resize(720, 660);
    showJob();
    updateMessage();
    updateButtons();
    // The cached row is on screen; now ask the server for the current one.
    fetch();
}

JobDetailDialog::~JobDetailDialog()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QLabel *JobDetailDialog::addField(QFormLayout *form, const QString &label, const QString &objectName,
                                  const QList<QWidget *> &buttons, QWidget *leading)
{
    QLabel *value = valueLabel(this, objectName);
    // Every row as tall as one with buttons, so the form does not look ragged.
    value->setMinimumHeight(m_rowHeight);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    if (leading)
        row->addWidget(leading);
    row->addWidget(value);
    row->addSpacing(8);
    // The actions sit right after the value they act on, not at the far edge of the dialog.
    for (QWidget *button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    form->addRow(caption, row);
    return value;
}

QToolButton *JobDetailDialog::makeCopyButton(const QString &toolTip, std::function<QString()> text)
{
    auto *button = new QToolButton(this);
    button->setText(tr("Copy"));
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    connect(button, &QToolButton::clicked, this,
            [text = std::move(text)] { QGuiApplication::clipboard()->setText(text()); });
    return button;
}

QToolButton *JobDetailDialog::makeFilterButton(const QString &toolTip, std::function<void()> onClick)
{
    auto *button = new QToolButton(this);
    button->setText(tr("Show only"));
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    connect(button, &QToolButton::clicked, this, std::move(onClick));
    return button;
}

QString JobDetailDialog::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

bool JobDetailDialog::isRefreshScheduled() const
{
    return m_refreshTimer->isActive();
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
    m_refreshTimer->stop();
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
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
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
    m_refreshTimer->stop();
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
        m_lastFetchedAtMs = QDateTime::currentMSecsSinceEpoch();
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
    if (canChange && m_job.isActive() && !m_reply)
        m_refreshTimer->start(m_refreshIntervalMs);
    updateMessage();
}

void JobDetailDialog::setState(State state)
{
    m_state = state;
    if (state == State::Gone || state == State::Deleted)
        m_refreshTimer->stop();
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
