// SPDX-License-Identifier: MIT
#include "syncaccountsdialog.h"

#include "api/namedirectory.h"
#include "iconprovider.h"
#include "model/jobnamedisplay.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

SyncAccountsDialog::SyncAccountsDialog(const QList<TrustedAccountSyncer::Target> &targets, JobApiClient *client,
                                       const NameDirectory *names, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_syncer(new TrustedAccountSyncer(client, this))
    , m_headline(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("syncAccountsDialog"));
    setWindowModality(Qt::WindowModal);
    const int allowed = allowedCount();
    setWindowTitle(m_targets.size() == 1 ? tr("Sync Trusted Account") : tr("Sync Trusted Accounts"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createHeader(allowed));
    setUpList(names);
    layout->addWidget(m_list, 1);
    layout->addWidget(createButtons(allowed));

    connect(m_syncer, &TrustedAccountSyncer::resultChanged, this, &SyncAccountsDialog::onResultChanged);
    connect(m_syncer, &TrustedAccountSyncer::finished, this, &SyncAccountsDialog::onFinished);
    // Wrapped texts need the height they take at this width, which minimumSizeHint() ignores.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int width = qMax(60 * em, sizeHint().width());
    resize(width, qMax(minimumSizeHint().height(), layout->hasHeightForWidth() ? layout->heightForWidth(width) : 0));
}

SyncAccountsDialog::~SyncAccountsDialog() = default;

QHBoxLayout *SyncAccountsDialog::createHeader(int allowed)
{
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(IconProvider::actionIcon(QStringLiteral("sync"), palette()).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    if (allowed == 1) {
        for (const TrustedAccountSyncer::Target &t : std::as_const(m_targets)) {
            if (t.isAllowed())
                m_headline->setText(
                    tr("Sync %1 now?").arg(t.name.isEmpty() ? t.trustedAccountId : QStringLiteral("“%1”").arg(t.name)));
        }
    } else if (allowed > 1) {
        m_headline->setText(tr("Sync %n trusted account(s) now?", nullptr, allowed));
    } else {
        m_headline->setText(tr("This token may not sync these trusted accounts"));
    }
    texts->addWidget(m_headline);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        allowed > 0 ? tr("The collector of each account runs again: the server starts one new job per account, which "
                         "appears in the table and is selected. A sync that is already running is not started twice.")
                    : tr("Syncing needs a domain admin, or a workspace owner for the workspace's own accounts."));
    if (allowed > 0 && allowed < m_targets.size()) {
        QStringList refused;
        for (const TrustedAccountSyncer::Target &t : std::as_const(m_targets)) {
            if (!t.isAllowed())
                refused << tr("Not synced: %1 (%2)").arg(t.displayName(), t.refusal);
        }
        m_explanation->setText(m_explanation->text() + QLatin1Char('\n') + refused.join(QLatin1Char('\n')));
    }
    texts->addWidget(m_explanation);
    // Spare height, when the answers are shorter than the question was, goes below the texts.
    texts->addStretch(1);
    top->addLayout(texts, 1);
    return top;
}

void SyncAccountsDialog::setUpList(const NameDirectory *names)
{
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Trusted account"), tr("Workspace"), tr("Result") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setStretchLastSection(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fillList(names);
    // Long names are cut at the end (the tooltip has them whole), so the answers keep their room.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_list->resizeColumnToContents(AccountColumn);
    m_list->resizeColumnToContents(WorkspaceColumn);
    m_list->setColumnWidth(AccountColumn, qMin(m_list->columnWidth(AccountColumn), 18 * em));
    m_list->setColumnWidth(WorkspaceColumn, qMin(m_list->columnWidth(WorkspaceColumn), 12 * em));
    // Short lists stay short; long ones scroll.
    const int rows = qBound(1, int(m_targets.size()), 8);
    const int listHeight = m_list->header()->sizeHint().height() + rows * (m_list->sizeHintForRow(0) + 2) + 6;
    m_list->setMinimumHeight(listHeight);
    // A few accounts take the rows they need, not the dialog's spare height.
    if (m_targets.size() <= 8)
        m_list->setMaximumHeight(listHeight);
}

QDialogButtonBox *SyncAccountsDialog::createButtons(int allowed)
{
    auto *box = new QDialogButtonBox(this);
    m_syncButton = box->addButton(allowed > 1 ? tr("&Sync %n Accounts", nullptr, allowed) : tr("&Sync Now"),
                                  QDialogButtonBox::AcceptRole);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setIcon(IconProvider::actionIcon(QStringLiteral("sync"), palette()));
    m_syncButton->setEnabled(allowed > 0);
    m_syncButton->setDefault(allowed > 0);
    m_cancelButton = box->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setDefault(allowed == 0);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncAccountsDialog::confirm);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        stop();
        reject();
    });
    return box;
}

int SyncAccountsDialog::allowedCount() const
{
    int n = 0;
    for (const TrustedAccountSyncer::Target &t : m_targets)
        n += t.isAllowed() ? 1 : 0;
    return n;
}

void SyncAccountsDialog::fillList(const NameDirectory *names)
{
    const QColor muted = palette().color(QPalette::Disabled, QPalette::WindowText);
    // Workspaces as the rest of the window names them: "Global (domain)" for the domain's own.
    const JobNameDisplay display(names);
    for (const TrustedAccountSyncer::Target &t : std::as_const(m_targets)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(AccountColumn, t.displayName());
        item->setIcon(AccountColumn, IconProvider::providerIcon(t.provider));
        QString tip = t.trustedAccountId;
        if (!t.provider.isEmpty())
            tip += QStringLiteral(" · %1").arg(IconProvider::providerLabel(t.provider));
        item->setToolTip(AccountColumn, t.name.isEmpty() ? tip : t.name + QLatin1Char('\n') + tip);
        item->setText(WorkspaceColumn, display.display(NameDirectory::Kind::Workspace, t.workspaceId));
        item->setToolTip(WorkspaceColumn, display.toolTip(NameDirectory::Kind::Workspace, t.workspaceId));
        if (!t.isAllowed()) {
            item->setText(ResultColumn, tr("Not allowed"));
            item->setToolTip(ResultColumn, t.refusal);
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, muted);
        }
    }
}

void SyncAccountsDialog::confirm()
{
    if (m_stage != Stage::Confirm || allowedCount() == 0)
        return;
    m_stage = Stage::Syncing;
    m_syncButton->setEnabled(false);
    m_cancelButton->setText(tr("&Stop"));
    m_headline->setText(tr("Syncing…"));
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).isAllowed())
            m_list->topLevelItem(i)->setText(ResultColumn, tr("Waiting"));
    }
    m_syncer->start(m_targets);
}

void SyncAccountsDialog::stop()
{
    if (m_stage != Stage::Syncing)
        return;
    // What was sent may have started jobs; those are still worth showing.
    m_syncer->cancel();
    announceStarted();
}

QList<Job> SyncAccountsDialog::announceStarted()
{
    m_stage = Stage::Done;
    const QList<Job> started = m_syncer->startedJobs();
    if (!started.isEmpty())
        Q_EMIT jobsStarted(started);
    return started;
}

void SyncAccountsDialog::onResultChanged(int index)
{
    const TrustedAccountSyncer::Result &r = m_syncer->results().at(index);
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    using Outcome = TrustedAccountSyncer::Outcome;
    // A few words in the row; the whole answer in its tooltip and, for problems, under the list.
    JobStatus shade = JobStatus::Failure;
    QString text;
    switch (r.outcome) {
    case Outcome::Started:
        shade = JobStatus::Success;
        text = tr("Started %1").arg(r.job.jobId);
        break;
    case Outcome::AlreadyRunning:
        shade = JobStatus::Canceled;
        text = tr("Already syncing");
        break;
    case Outcome::NotFound:
        text = tr("Account not found");
        break;
    case Outcome::NotAllowed:
        text = tr("Not allowed");
        break;
    case Outcome::Unknown:
        shade = JobStatus::Canceled;
        text = tr("No answer");
        break;
    case Outcome::Failed:
    case Outcome::Waiting:
        text = tr("Failed");
        break;
    }
    item->setText(ResultColumn, text);
    item->setToolTip(ResultColumn, r.message());
    item->setForeground(ResultColumn, IconProvider::statusColor(shade, palette()));
}

void SyncAccountsDialog::onFinished()
{
    const QList<Job> started = announceStarted();
    const int tried = allowedCount();
    if (started.size() == tried) {
        accept();
        return;
    }
    m_headline->setText(started.isEmpty() ? tr("No sync was started")
                                          : tr("%1 of %2 syncs started").arg(started.size()).arg(tried));
    QStringList problems;
    for (const TrustedAccountSyncer::Result &r : m_syncer->results()) {
        if (r.target.isAllowed() && r.outcome != TrustedAccountSyncer::Outcome::Started)
            problems << QStringLiteral("%1: %2").arg(r.target.displayName(), r.message());
    }
    m_explanation->setText(problems.join(QLatin1Char('\n')));
    if (layout()->hasHeightForWidth())
        resize(width(), qMax(height(), layout()->heightForWidth(width())));
    m_cancelButton->setText(tr("&Close"));
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
}

void SyncAccountsDialog::keyPressEvent(QKeyEvent *event)
{
    // Escape while syncing stops sending, as the Stop button does.
    if (event->key() == Qt::Key_Escape)
        stop();
    QDialog::keyPressEvent(event);
}
