// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutbox.h"
#include "appsettings.h"
#include "emptystateoverlay.h"
#include "errorbanner.h"
#include "errorpreviewpane.h"
#include "filterbar.h"
#include "fontconfigwarmup.h"
#include "iconprovider.h"
#include "jobdecorationproxy.h"
#include "jobmonitorview.h"
#include "jobnotifier.h"
#include "jobtableview.h"
#include "mainwindowmenus.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "noticebar.h"
#include "pendingjobselection.h"
#include "poll/poller.h"
#include "pollstatusbar.h"
#include "serverselectionbar.h"
#include "statusoverview.h"
#include "visiblerowsexporter.h"
#include "windowlayoutsettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenuBar>

MainWindow::MainWindow(JobMonitorSession *session, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_decoration(new JobDecorationProxy(this))
    , m_actions(this)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(IconProvider::appIcon());
    m_decoration->setSourceModel(m_session->proxy());

    m_toolBar = new MainToolBar(m_actions, m_settings->pollIntervalMs(), this);
    addToolBar(m_toolBar);
    m_menus = new MainWindowMenus(menuBar(), m_actions,
                                  { m_toolBar->interval(), m_settings->fullRefreshMinutes(), m_settings->windowSize() },
                                  this);
    createCentralWidget();
    MainWindowMenus::addContextActions(m_table, m_actions);
    m_statusBar = new PollStatusBar(this);
    setStatusBar(m_statusBar);
    m_status = std::make_unique<SessionStatusPresenter>(m_session, m_decoration, m_statusBar, m_banner, m_emptyState);
    m_notifier = new JobNotifier(this);
    m_notifier->setMuted(m_settings->notificationsMuted());
    connect(m_notifier, &JobNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    // Muting is offered only where there is something to mute.
    action(QStringLiteral("actionMute"))->setVisible(m_notifier->canNotify());
    m_session->poller()->setInterval(m_toolBar->interval());
    m_session->poller()->setFullRefreshInterval(m_settings->fullRefreshMinutes() * 60 * 1000);
    m_session->poller()->setWindowSize(m_settings->windowSize());
    connectActions();
    connectSession();
    WindowLayoutSettings::restore(this, m_table, m_splitter, m_settings);
    setErrorPreviewVisible(m_settings->errorPreviewVisible());
    setTabOrder(m_toolBar->connectionBox(), m_toolBar->intervalBox());
    setTabOrder(m_toolBar->intervalBox(), static_cast<JobMonitorView *>(centralWidget())->firstInTabOrder());

    updateWindowTitle();
    updateActionStates();
    updateEmptyState();
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

QSize MainWindow::initialSize(const QSize &available)
{
    return WindowLayoutSettings::initialSize(available);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.action(objectName);
}

void MainWindow::connectActions()
{
    connectJobActions();
    connectTableActions();
    connect(action(QStringLiteral("actionRefresh")), &QAction::triggered, this,
            [this] { m_session->poller()->refreshNow(); });
    connect(action(QStringLiteral("actionFullRefresh")), &QAction::triggered, this,
            [this] { m_session->poller()->refreshFull(); });
    connect(action(QStringLiteral("actionPause")), &QAction::toggled, this, [this](bool paused) {
        if (paused)
            m_session->poller()->pause();
        else
            m_session->poller()->resume();
        m_actions.showPaused(paused);
        onSnapshotApplied();
    });
    action(QStringLiteral("actionKeepJobs"))->setChecked(m_settings->keepsJobsForNextStart());
    connect(action(QStringLiteral("actionKeepJobs")), &QAction::toggled, this, [this](bool keep) {
        m_settings->setKeepsJobsForNextStart(keep);
        Q_EMIT keepJobsChanged(keep);
    });
    action(QStringLiteral("actionMute"))->setChecked(m_settings->notificationsMuted());
    connect(action(QStringLiteral("actionMute")), &QAction::toggled, this, [this](bool muted) {
        m_notifier->setMuted(muted);
        m_settings->setNotificationsMuted(muted);
    });
    connect(action(QStringLiteral("actionConnections")), &QAction::triggered, this,
            &MainWindow::manageConnectionsRequested);
    connect(action(QStringLiteral("actionQuit")), &QAction::triggered, this, &QWidget::close);
    connect(action(QStringLiteral("actionAbout")), &QAction::triggered, this, [this] { AboutBox::show(this); });
    connect(action(QStringLiteral("actionAboutQt")), &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_toolBar, &MainToolBar::connectionActivated, this, [this](const QString &id) {
        if (id != m_session->connectionId())
            Q_EMIT connectionRequested(id);
    });
    connect(m_toolBar, &MainToolBar::intervalChosen, this, &MainWindow::applyInterval);
    connect(m_menus, &MainWindowMenus::intervalChosen, this, &MainWindow::applyInterval);
    connect(m_menus, &MainWindowMenus::fullRefreshChosen, this, [this](int minutes) {
        m_settings->setFullRefreshMinutes(minutes);
        m_session->poller()->setFullRefreshInterval(minutes * 60 * 1000);
        onSnapshotApplied();
    });
    connect(m_menus, &MainWindowMenus::windowSizeChosen, this, [this](int rows) {
        m_settings->setWindowSize(rows);
        m_session->poller()->setWindowSize(rows);
        m_session->poller()->refreshFull();
        onSnapshotApplied();
    });
}

void MainWindow::connectJobActions()
{
    connect(action(QStringLiteral("actionDetails")), &QAction::triggered, this, [this] {
        const QString id = m_table->currentJobId();
        if (!id.isEmpty())
            Q_EMIT openJobRequested(id);
    });
    connect(action(QStringLiteral("actionDelete")), &QAction::triggered, this,
            [this] { requestDelete(m_table->selectedJobIds()); });
    connect(action(QStringLiteral("actionSyncNow")), &QAction::triggered, this, [this] {
        const QStringList ids = m_table->selectedJobIds();
        if (!ids.isEmpty())
            Q_EMIT syncAccountsRequested(ids);
    });
    // The server's set, not the loaded rows: most stuck jobs of a large domain are not loaded.
    connect(action(QStringLiteral("actionSelectStuck")), &QAction::triggered, m_serverSelection,
            &ServerSelectionBar::selectStuck);
    connect(action(QStringLiteral("actionExport")), &QAction::triggered, this, &MainWindow::exportRows);
    connect(action(QStringLiteral("actionCopyError")), &QAction::triggered, this, &MainWindow::copyCurrentError);
}

void MainWindow::connectTableActions()
{
    connect(action(QStringLiteral("actionClearFilters")), &QAction::triggered, m_filters, &JobFilterControls::clearAll);
    connect(action(QStringLiteral("actionFind")), &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });
    connect(action(QStringLiteral("actionFocusTable")), &QAction::triggered, this,
            [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    connect(action(QStringLiteral("actionRelativeTimes")), &QAction::toggled, this,
            [this](bool on) { m_session->model()->setRelativeTimes(on); });
    connect(action(QStringLiteral("actionErrorPreview")), &QAction::toggled, this, [this](bool on) {
        setErrorPreviewVisible(on);
        m_settings->setErrorPreviewVisible(on);
    });
}

void MainWindow::applyInterval(int ms)
{
    m_toolBar->showInterval(ms);
    m_menus->showInterval(ms);
    m_settings->setPollIntervalMs(ms);
    m_session->poller()->setInterval(ms);
    Q_EMIT pollIntervalChosen(ms);
}

void MainWindow::createCentralWidget()
{
    FontconfigWarmup::waitForRunning(); // the first texts are measured here
    auto *view = new JobMonitorView(m_session, m_decoration, this);
    m_banner = view->banner();
    m_notice = view->sandboxNotice();
    m_overview = view->overview();
    m_filterBar = view->filterBar();
    m_serverSelection = view->serverSelection();
    m_table = view->table();
    m_errorPreview = view->errorPreview();
    m_emptyState = view->emptyState();
    m_splitter = view->splitter();
    setCentralWidget(view);

    m_filters = new JobFilterControls(m_session, m_settings, m_overview, m_filterBar, this);
    connect(m_filters, &JobFilterControls::applied, this, &MainWindow::onFilterApplied);
    connect(m_filters, &JobFilterControls::serverFiltersChanging, m_serverSelection, &ServerSelectionBar::clear);
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this] { applyRemedy(m_status->bannerRemedy()); });
    connect(m_emptyState, &EmptyStateOverlay::actionTriggered, this,
            [this] { applyRemedy(m_status->emptyStateRemedy()); });
    connect(m_notice, &NoticeBar::actionTriggered, this, &MainWindow::manageConnectionsRequested);
    connect(m_notice, &NoticeBar::closed, this, [this] { m_settings->setSandboxNoticeDismissed(true); });
    connect(m_errorPreview, &ErrorPreviewPane::copyRequested, this, &MainWindow::copyCurrentError);
    connect(m_errorPreview, &ErrorPreviewPane::closeRequested, this,
            [this] { action(QStringLiteral("actionErrorPreview"))->setChecked(false); });
    connect(m_table, &JobTableView::openRequested, this, &MainWindow::openJobRequested);
    connect(m_table, &JobTableView::deleteRequested, this, &MainWindow::requestDelete);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActionStates);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActionStates);
    connect(m_serverSelection, &ServerSelectionBar::changed, this, &MainWindow::updateActionStates);
    connect(m_serverSelection, &ServerSelectionBar::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_serverSelection, &ServerSelectionBar::deleteRequested, this,
            [this] { requestDelete(m_table->selectedJobIds()); });
}

void MainWindow::applyRemedy(SessionStatusPresenter::Remedy remedy)
{
    switch (remedy) {
    case SessionStatusPresenter::Remedy::Retry:
        m_session->poller()->refreshNow();
        break;
    case SessionStatusPresenter::Remedy::OpenConnections:
        Q_EMIT manageConnectionsRequested();
        break;
    case SessionStatusPresenter::Remedy::ClearFilters:
        m_filters->clearAll();
        break;
    }
}

void MainWindow::connectSession()
{
    m_pendingSelection = new PendingJobSelection(m_table, m_session, this);
    connect(m_pendingSelection, &PendingJobSelection::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_session, &JobMonitorSession::statsChanged, this, &MainWindow::onStatsChanged);
    connect(m_session, &JobMonitorSession::stuckCountChanged, this, &MainWindow::onStuckCountChanged);
    connect(m_session, &JobMonitorSession::snapshotApplied, this, &MainWindow::onSnapshotApplied);
    connect(m_session, &JobMonitorSession::errorChanged, this, &MainWindow::onError);
    connect(m_session, &JobMonitorSession::transitionsDetected, m_notifier, &JobNotifier::notify);
    connect(m_session, &JobMonitorSession::windowChanged, this, &MainWindow::onSnapshotApplied);
    connect(m_session, &JobMonitorSession::fetchMoreFailed, this, [this](const ApiError &error) {
        statusBar()->showMessage(
            tr("Could not load more jobs: %1 Scroll to the end again to retry.").arg(error.humanMessage()), 15000);
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_decoration, signal, this, [this] {
            updateEmptyState();
            onSnapshotApplied();
        });
    }
    connect(m_decoration, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
}

void MainWindow::setConnections(const QList<ConnectionChoice> &connections, const QString &currentId)
{
    m_toolBar->setConnections(connections, currentId);
    m_status->setConnectionName(currentConnectionName());
    updateWindowTitle();
    onSnapshotApplied();
}

QString MainWindow::currentConnectionName() const
{
    return m_toolBar->currentConnectionName();
}

void MainWindow::restoreFilterForConnection()
{
    m_filters->restoreForConnection();
    updateEmptyState();
}

bool MainWindow::showSavedJobs(const SavedJobs &saved)
{
    if (m_session->hasData() || saved.isEmpty())
        return false;
    m_filters->restoreFor(saved.connectionId);
    return m_session->showSavedJobs(saved);
}

void MainWindow::setConnectionPolicy(int pollIntervalMs, const QString &workspaceScope)
{
    if (pollIntervalMs > 0) {
        m_toolBar->showInterval(pollIntervalMs);
        m_menus->showInterval(pollIntervalMs);
        m_session->poller()->setInterval(pollIntervalMs);
    }
    m_filters->setWorkspaceScope(workspaceScope);
}

void MainWindow::setDeleteBlockedReason(const QString &reason)
{
    m_deleteBlockedReason = reason;
    m_serverSelection->setDeleteBlockedReason(reason);
    updateActionStates();
}

void MainWindow::setSyncAvailable(bool available)
{
    m_syncAvailable = available;
    updateActionStates();
}

void MainWindow::selectJobsWhenListed(const QStringList &jobIds)
{
    m_pendingSelection->select(jobIds);
}

void MainWindow::setPendingConnection(const QString &message)
{
    m_status->setPendingConnection(message);
    m_status->showPollState();
    updateEmptyState();
}

void MainWindow::requestDelete(const QStringList &tableIds)
{
    if (const QString blocked = m_status->deleteBlockedReason(m_deleteBlockedReason); !blocked.isEmpty()) {
        statusBar()->showMessage(blocked, 8000);
        return;
    }
    if (m_serverSelection->isActive())
        Q_EMIT deleteCapturedJobsRequested(m_serverSelection->jobs());
    else if (!tableIds.isEmpty())
        Q_EMIT deleteJobsRequested(tableIds);
}

void MainWindow::setFilterField(FilterField field, const QString &value)
{
    m_filters->setField(field, value);
}

void MainWindow::onFilterApplied()
{
    m_table->forgetNewRows(); // rows a wider filter let in are not news
    updateEmptyState();
    updateActionStates();
}

void MainWindow::onStatsChanged()
{
    const JobStats &stats = m_session->stats();
    // Until this connection's counts arrive, none are shown: never the previous server's.
    if (m_session->hasStats())
        m_overview->setStats(stats);
    else
        m_overview->setCounts({}, -1);
    m_filters->updateChoices();
    m_filterBar->setCountSources(stats);
    onStuckCountChanged();
}

void MainWindow::onStuckCountChanged()
{
    // Time makes jobs stuck between polls: the counts change, the poll state does not.
    m_notifier->setCounts(m_session->stats().count(JobStatus::Failure), int(qMax<qint64>(0, m_session->stuckCount())),
                          currentConnectionName());
    showStuckCount();
    updateActionStates();
}

void MainWindow::showStuckCount()
{
    m_overview->setStuckCount(m_session->stuckCount(), m_session->hasData() ? m_session->loadedStuckCount() : -1,
                              m_session->filter().stuckThresholdMs);
}

void MainWindow::onSnapshotApplied()
{
    m_status->showPollState();
    showStuckCount();
    updateEmptyState();
    updateActionStates();
}

void MainWindow::onError(const ApiError &error)
{
    m_status->showError(error);
    onSnapshotApplied();
}

void MainWindow::updateEmptyState()
{
    m_status->showEmptyState();
}

void MainWindow::updateActionStates()
{
    MainWindowActions::State state;
    state.serverSetSize = m_serverSelection->isActive() ? int(m_serverSelection->jobs().size()) : -1;
    state.hasSelection = state.serverSetSize >= 0 || m_table->hasSelectedJobs();
    state.deleteBlockedReason = m_status->deleteBlockedReason(m_deleteBlockedReason);
    state.hasCurrentJob = !m_table->currentJobId().isEmpty();
    state.syncAvailable = m_syncAvailable && !m_session->isShowingSavedJobs();
    state.hasErrorMessage = !currentErrorMessage().isEmpty();
    // Nothing can be asked of a server without a token.
    state.canAsk = m_session->hasEndpoint() && !m_session->needsToken();
    state.hasRows = m_decoration->rowCount() > 0;
    state.canSelectStuck = m_session->stuckCount() > 0 && !m_serverSelection->isCollecting();
    m_actions.update(state);
}

void MainWindow::updateWindowTitle()
{
    const QString name = currentConnectionName();
    setWindowTitle(name.isEmpty() ? tr("SpaceONE Job Monitor") : tr("%1 — SpaceONE Job Monitor").arg(name));
}

QList<Job> MainWindow::visibleJobs() const
{
    return VisibleRowsExporter(m_decoration, m_session->names()).jobs();
}

bool MainWindow::exportVisibleRows(const QString &fileName, JobExporter::Format format, QString *error) const
{
    return VisibleRowsExporter(m_decoration, m_session->names()).save(fileName, format, error);
}

void MainWindow::exportRows()
{
    const QString done = VisibleRowsExporter(m_decoration, m_session->names()).exportInteractively(this);
    if (!done.isEmpty())
        statusBar()->showMessage(done, 8000);
}

void MainWindow::setTokenMissingReason(const QString &reason)
{
    m_status->setTokenMissingReason(reason);
    updateEmptyState();
}

void MainWindow::setConnectionSimulated(bool simulated)
{
    m_status->setSimulated(simulated);
    m_notice->setVisible(simulated && !m_settings->sandboxNoticeDismissed());
    onSnapshotApplied();
}

void MainWindow::setErrorPreviewVisible(bool visible)
{
    QAction *toggle = action(QStringLiteral("actionErrorPreview"));
    if (toggle->isChecked() != visible) {
        const QSignalBlocker block(toggle);
        toggle->setChecked(visible);
    }
    m_errorPreview->setVisible(visible);
}

QString MainWindow::currentErrorMessage() const
{
    return m_table->currentIndex().siblingAtColumn(0).data(JobTableModel::JobRole).value<Job>().errorMessage;
}

void MainWindow::copyCurrentError()
{
    const QString error = currentErrorMessage();
    if (error.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(error);
    statusBar()->showMessage(tr("Copied the error message of %1.").arg(m_table->currentJobId()), 5000);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_toolBar->fitTo(width());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowLayoutSettings::save(this, m_table, m_splitter, m_settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        // Follow a switch between light and dark themes without a restart.
        m_decoration->refreshColors();
        m_actions.refreshIcons();
    }
    QMainWindow::changeEvent(event);
}
