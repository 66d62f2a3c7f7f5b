// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "api/jobapiclient.h"
#include "appsettings.h"
#include "buildinfo/buildinfo.h"
#include "emptystateoverlay.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "iconprovider.h"
#include "jobdecorationproxy.h"
#include "jobtableview.h"
#include "jobtraynotifier.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/poller.h"
#include "pollstatusbar.h"
#include "statusoverview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int kIntervalsMs[] = { 5000, 10000, 30000, 60000, 300000 };
constexpr int kFullRefreshMinutes[] = { 2, 5, 10, 30, 60 };
constexpr int kWindowSizes[] = { 1000, 5000, 10000, 25000, 50000, 100000 };

QString intervalLabel(int ms)
{
    return ms < 60000 ? QCoreApplication::translate("MainWindow", "Every %n s", nullptr, ms / 1000)
                      : QCoreApplication::translate("MainWindow", "Every %n min", nullptr, ms / 60000);
}

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}
} // namespace

MainWindow::MainWindow(JobMonitorSession *session, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_decoration(new JobDecorationProxy(this))
    , m_headerSaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(IconProvider::appIcon());
    m_decoration->setSourceModel(m_session->proxy());

    createActions();
    createCentralWidget();
    createToolBar();
    createMenus();
    m_statusBar = new PollStatusBar(this);
    setStatusBar(m_statusBar);
    m_tray = new JobTrayNotifier(this);
    m_tray->setMuted(m_settings->notificationsMuted());
    connect(m_tray, &JobTrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connectSession();

    // Header state is written after a pause, not on every pixel of a column resize.
    m_headerSaveTimer->setSingleShot(true);
    m_headerSaveTimer->setInterval(500);
    connect(m_headerSaveTimer, &QTimer::timeout, this,
            [this] { m_settings->setHeaderState(m_table->horizontalHeader()->saveState()); });
    connect(m_table, &JobTableView::headerStateChanged, m_headerSaveTimer, qOverload<>(&QTimer::start));

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 760);
    restoreState(m_settings->windowState());
    m_table->restoreHeaderState(m_settings->headerState());

    setTabOrder(m_connectionBox, m_intervalBox);
    setTabOrder(m_intervalBox, m_overview->allButton());
    QWidget *previous = m_overview->allButton();
    for (JobStatus status : JobStatuses::kKnown) {
        setTabOrder(previous, m_overview->buttonFor(status));
        previous = m_overview->buttonFor(status);
    }
    setTabOrder(previous, m_overview->stuckButton());
    setTabOrder(m_overview->stuckButton(), m_filterBar->workspaceBox());
    setTabOrder(m_filterBar->workspaceBox(), m_filterBar->trustedAccountBox());
    setTabOrder(m_filterBar->trustedAccountBox(), m_filterBar->pluginBox());
    setTabOrder(m_filterBar->pluginBox(), m_filterBar->searchEdit());
    setTabOrder(m_filterBar->searchEdit(), m_filterBar->clearButton());
    setTabOrder(m_filterBar->clearButton(), m_table);

    updateWindowTitle();
    updateActionStates();
    updateEmptyState();
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(const QString &objectName, const QString &text, const QString &iconName,
                               const QKeySequence &shortcut, const QString &toolTip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    if (!iconName.isEmpty()) {
        a->setProperty("iconName", iconName);
        a->setIcon(IconProvider::actionIcon(iconName, palette()));
    }
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setToolTip(withShortcut(toolTip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : toolTip, shortcut));
    a->setStatusTip(toolTip);
    QMainWindow::addAction(a); // shortcuts work even when the menu bar is hidden
    return a;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    QAction *refresh = addAction(QStringLiteral("actionRefresh"), tr("&Refresh Now"), QStringLiteral("refresh"),
                                 QKeySequence(Qt::Key_F5), tr("Fetch the jobs now"));
    refresh->setIconText(tr("Refresh"));
    connect(refresh, &QAction::triggered, this, [this] { m_session->poller()->refreshNow(); });

    QAction *fullRefresh
        = addAction(QStringLiteral("actionFullRefresh"), tr("Re&load Everything"), QStringLiteral("refresh"),
                    QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("List every job again instead of only what changed"));
    connect(fullRefresh, &QAction::triggered, this, [this] { m_session->poller()->refreshFull(); });

    QAction *pause = addAction(QStringLiteral("actionPause"), tr("&Pause Updates"), QStringLiteral("pause"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                               tr("Stop polling the server; the table keeps its rows"));
    pause->setCheckable(true);
    pause->setIconText(tr("Pause"));
    connect(pause, &QAction::toggled, this, [this, pause](bool paused) {
        if (paused)
            m_session->poller()->pause();
        else
            m_session->poller()->resume();
        pause->setText(paused ? tr("&Resume Updates") : tr("&Pause Updates"));
        pause->setIconText(paused ? tr("Resume") : tr("Pause"));
        pause->setProperty("iconName", paused ? QStringLiteral("resume") : QStringLiteral("pause"));
        pause->setIcon(IconProvider::actionIcon(pause->property("iconName").toString(), palette()));
        pause->setToolTip(
            withShortcut(paused ? tr("Resume polling the server") : tr("Stop polling the server"), pause->shortcut()));
        onSnapshotApplied();
    });

    QAction *details = addAction(QStringLiteral("actionDetails"), tr("Job &Details…"), QStringLiteral("details"),
                                 QKeySequence(Qt::Key_Return), tr("Show everything about the current job"));
    details->setShortcutContext(Qt::WidgetShortcut); // Enter belongs to the table
    details->setIconText(tr("Details"));
    connect(details, &QAction::triggered, this, [this] {
        const QString id = m_table->currentJobId();
        if (!id.isEmpty())
            Q_EMIT openJobRequested(id);
    });

    QAction *del = addAction(QStringLiteral("actionDelete"), tr("&Delete Jobs…"), QStringLiteral("delete"),
                             QKeySequence::Delete, tr("Delete the selected jobs, after confirmation"));
    del->setShortcutContext(Qt::WidgetShortcut);
    del->setIconText(tr("Delete"));
    connect(del, &QAction::triggered, this, [this] {
        const QStringList ids = m_table->selectedJobIds();
        if (!ids.isEmpty())
            Q_EMIT deleteJobsRequested(ids);
    });

    QAction *stuck = addAction(QStringLiteral("actionSelectStuck"), tr("Select All &Stuck Jobs"),
                               QStringLiteral("select-stuck"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                               tr("Select every stuck job in the table, ready to delete"));
    stuck->setIconText(tr("Select Stuck"));
    connect(stuck, &QAction::triggered, this, &MainWindow::selectStuckJobs);

    QAction *exportAction
        = addAction(QStringLiteral("actionExport"), tr("&Export Visible Rows…"), QStringLiteral("export"),
                    QKeySequence(Qt::CTRL | Qt::Key_E), tr("Save the rows shown to CSV or JSON"));
    exportAction->setIconText(tr("Export"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportRows);

    QAction *clear
        = addAction(QStringLiteral("actionClearFilters"), tr("&Clear All Filters"), QStringLiteral("clear-filter"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), tr("Show every job again"));
    connect(clear, &QAction::triggered, this, &MainWindow::clearAllFilters);

    QAction *find = addAction(QStringLiteral("actionFind"), tr("&Search…"), QString(), QKeySequence::Find,
                              tr("Search job id, trusted account, plugin and error message"));
    connect(find, &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });

    QAction *focusTable = addAction(QStringLiteral("actionFocusTable"), tr("Go to &Table"), QString(),
                                    QKeySequence(Qt::CTRL | Qt::Key_L), tr("Move the keyboard focus to the job table"));
    connect(focusTable, &QAction::triggered, this, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });

    QAction *relative
        = addAction(QStringLiteral("actionRelativeTimes"), tr("&Relative Times"), QString(),
                    QKeySequence(Qt::CTRL | Qt::Key_T), tr("Show times as \"5 min ago\" instead of the local time"));
    relative->setCheckable(true);
    connect(relative, &QAction::toggled, this, [this](bool on) { m_session->model()->setRelativeTimes(on); });

    QAction *mute = addAction(QStringLiteral("actionMute"), tr("&Mute Notifications"), QString(), QKeySequence(),
                              tr("No desktop notification when a job fails or becomes stuck"));
    mute->setCheckable(true);
    mute->setChecked(m_settings->notificationsMuted());
    connect(mute, &QAction::toggled, this, [this](bool muted) {
        m_tray->setMuted(muted);
        m_settings->setNotificationsMuted(muted);
    });

    QAction *connections
        = addAction(QStringLiteral("actionConnections"), tr("&Connections…"), QStringLiteral("connection"),
                    QKeySequence(Qt::CTRL | Qt::Key_K), tr("Add, edit or test SpaceONE connections"));
    connections->setIconText(tr("Connections"));
    connect(connections, &QAction::triggered, this, &MainWindow::manageConnectionsRequested);

    QAction *quit = addAction(QStringLiteral("actionQuit"), tr("&Quit"), QString(), QKeySequence(Qt::CTRL | Qt::Key_Q),
                              tr("Quit"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *about = addAction(QStringLiteral("actionAbout"), tr("&About SpaceONE Job Monitor"), QString(),
                               QKeySequence(), tr("Version, licence and libraries"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = addAction(QStringLiteral("actionAboutQt"), tr("About &Qt"), QString(), QKeySequence(),
                                 tr("About the Qt toolkit"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionExport")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("actionRefresh")));
    view->addAction(action(QStringLiteral("actionFullRefresh")));
    view->addAction(action(QStringLiteral("actionPause")));
    QMenu *interval = view->addMenu(tr("Update &Interval"));
    auto *group = new QActionGroup(this);
    for (int ms : kIntervalsMs) {
        QAction *a = interval->addAction(intervalLabel(ms));
        a->setCheckable(true);
        a->setData(ms);
        a->setChecked(ms == m_settings->pollIntervalMs());
        group->addAction(a);
        connect(a, &QAction::triggered, this,
                [this, ms] { m_intervalBox->setCurrentIndex(m_intervalBox->findData(ms)); });
    }
    connect(m_intervalBox, qOverload<int>(&QComboBox::currentIndexChanged), group, [this, group] {
        const int ms = m_intervalBox->currentData().toInt();
        for (QAction *a : group->actions())
            a->setChecked(a->data().toInt() == ms);
    });
    QMenu *full = view->addMenu(tr("Reload &Everything Every"));
    full->setObjectName(QStringLiteral("fullRefreshMenu"));
    auto *fullGroup = new QActionGroup(this);
    for (int minutes : kFullRefreshMinutes) {
        QAction *a = full->addAction(tr("%n minute(s)", nullptr, minutes));
        a->setCheckable(true);
        a->setData(minutes);
        a->setChecked(minutes == m_settings->fullRefreshMinutes());
        fullGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] {
            m_settings->setFullRefreshMinutes(minutes);
            m_session->poller()->setFullRefreshInterval(minutes * 60 * 1000);
            onSnapshotApplied();
        });
    }
    createWindowSizeMenu(view);
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionFind")));
    view->addAction(action(QStringLiteral("actionFocusTable")));
    view->addAction(action(QStringLiteral("actionClearFilters")));
    view->addAction(action(QStringLiteral("actionRelativeTimes")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionMute")));

    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    jobs->addAction(action(QStringLiteral("actionDetails")));
    jobs->addAction(action(QStringLiteral("actionDelete")));
    jobs->addSeparator();
    jobs->addAction(action(QStringLiteral("actionSelectStuck")));

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addAction(action(QStringLiteral("actionConnections")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionAbout")));
    help->addAction(action(QStringLiteral("actionAboutQt")));

    // Right-click on the table offers the job actions too.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(action(QStringLiteral("actionDetails")));
    m_table->addAction(action(QStringLiteral("actionDelete")));
    m_table->addAction(action(QStringLiteral("actionSelectStuck")));
    m_table->addAction(action(QStringLiteral("actionExport")));
}

void MainWindow::createWindowSizeMenu(QMenu *view)
{
    QMenu *window = view->addMenu(tr("&Window Size"));
    window->setObjectName(QStringLiteral("windowSizeMenu"));
    window->setToolTipsVisible(true);
    auto *windowGroup = new QActionGroup(this);
    QList<int> sizes(std::begin(kWindowSizes), std::end(kWindowSizes));
    if (!sizes.contains(m_settings->windowSize())) {
        // A size set in the settings file is offered as it is.
        sizes.append(m_settings->windowSize());
        std::sort(sizes.begin(), sizes.end());
    }
    for (int rows : std::as_const(sizes)) {
        QAction *a = window->addAction(tr("%1 jobs").arg(QLocale().toString(rows)));
        a->setCheckable(true);
        a->setData(rows);
        a->setChecked(rows == m_settings->windowSize());
        a->setToolTip(tr("Load every job while at most %1 match; beyond that, load the first %1 in the table's order "
                         "and more as the table is scrolled")
                          .arg(QLocale().toString(rows)));
        windowGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, rows] {
            m_settings->setWindowSize(rows);
            m_session->poller()->setWindowSize(rows);
            m_session->poller()->refreshFull();
            onSnapshotApplied();
        });
    }
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_connectionBox = new QComboBox(bar);
    m_connectionBox->setObjectName(QStringLiteral("connectionBox"));
    m_connectionBox->setAccessibleName(tr("Connection"));
    m_connectionBox->setToolTip(tr("The SpaceONE server whose jobs are shown"));
    m_connectionBox->setMinimumContentsLength(14);
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *connectionLabel = new QLabel(tr("Co&nnection:"), bar);
    connectionLabel->setBuddy(m_connectionBox);
    connectionLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(connectionLabel);
    bar->addWidget(m_connectionBox);
    connect(m_connectionBox, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString id = m_connectionBox->itemData(index).toString();
        if (id != m_session->connectionId())
            Q_EMIT connectionRequested(id);
    });
    bar->addAction(action(QStringLiteral("actionConnections")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("actionRefresh")));
    bar->addAction(action(QStringLiteral("actionPause")));

    m_intervalBox = new QComboBox(bar);
    m_intervalBox->setObjectName(QStringLiteral("intervalBox"));
    m_intervalBox->setAccessibleName(tr("Update interval"));
    m_intervalBox->setToolTip(tr("How often the jobs are fetched"));
    for (int ms : kIntervalsMs)
        m_intervalBox->addItem(intervalLabel(ms), ms);
    const int saved = m_intervalBox->findData(m_settings->pollIntervalMs());
    m_intervalBox->setCurrentIndex(saved >= 0 ? saved : 1);
    bar->addWidget(m_intervalBox);
    connect(m_intervalBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const int ms = m_intervalBox->currentData().toInt();
        m_settings->setPollIntervalMs(ms);
        m_session->poller()->setInterval(ms);
        Q_EMIT pollIntervalChosen(ms);
    });
    m_session->poller()->setInterval(m_intervalBox->currentData().toInt());
    m_session->poller()->setFullRefreshInterval(m_settings->fullRefreshMinutes() * 60 * 1000);
    m_session->poller()->setWindowSize(m_settings->windowSize());

    bar->addSeparator();
    bar->addAction(action(QStringLiteral("actionDetails")));
    bar->addAction(action(QStringLiteral("actionDelete")));
    bar->addAction(action(QStringLiteral("actionSelectStuck")));
    bar->addAction(action(QStringLiteral("actionExport")));
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);

    m_banner = new ErrorBanner(central);
    layout->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this] {
        if (m_session->lastError().isAuthentication() || m_session->lastError().isUnknownPath())
            Q_EMIT manageConnectionsRequested();
        else
            m_session->poller()->refreshNow();
    });

    m_overview = new StatusOverview(central);
    layout->addWidget(m_overview);
    connect(m_overview, &StatusOverview::selectionChanged, this, &MainWindow::applyWidgetFilter);

    m_filterBar = new FilterBar(central);
    layout->addWidget(m_filterBar);
    connect(m_filterBar, &FilterBar::serverFilterChanged, this, &MainWindow::applyWidgetFilter);
    connect(m_filterBar, &FilterBar::searchTextChanged, this, &MainWindow::applyWidgetFilter);
    connect(m_filterBar, &FilterBar::clearAllRequested, this, &MainWindow::clearAllFilters);

    m_table = new JobTableView(central);
    m_table->setModel(m_decoration);
    layout->addWidget(m_table, 1);
    connect(m_table, &JobTableView::openRequested, this, &MainWindow::openJobRequested);
    connect(m_table, &JobTableView::deleteRequested, this, [this](const QStringList &ids) {
        if (m_deleteBlockedReason.isEmpty())
            Q_EMIT deleteJobsRequested(ids);
        else
            statusBar()->showMessage(m_deleteBlockedReason, 8000);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActionStates);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActionStates);

    m_emptyState = new EmptyStateOverlay(m_table->viewport());
    connect(m_emptyState, &EmptyStateOverlay::actionTriggered, this, [this] {
        if (m_session->filter().isEmpty())
            Q_EMIT manageConnectionsRequested();
        else
            clearAllFilters();
    });

    setCentralWidget(central);
}

void MainWindow::connectSession()
{
    connect(m_session, &JobMonitorSession::statsChanged, this, &MainWindow::onStatsChanged);
    connect(m_session, &JobMonitorSession::snapshotApplied, this, &MainWindow::onSnapshotApplied);
    connect(m_session, &JobMonitorSession::errorChanged, this, &MainWindow::onError);
    connect(m_session, &JobMonitorSession::transitionsDetected, m_tray, &JobTrayNotifier::notify);
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
    const QSignalBlocker block(m_connectionBox);
    m_connectionBox->clear();
    for (const ConnectionChoice &c : connections)
        m_connectionBox->addItem(c.name, c.id);
    m_connectionBox->setCurrentIndex(qMax(0, m_connectionBox->findData(currentId)));
    updateWindowTitle();
    onSnapshotApplied();
}

QString MainWindow::currentConnectionName() const
{
    return m_connectionBox->currentText();
}

void MainWindow::restoreFilterForConnection()
{
    m_restoringFilter = true;
    JobFilter f = m_settings->filter(m_session->connectionId());
    if (!m_workspaceScope.isEmpty())
        f.workspaceId = m_workspaceScope;
    m_overview->setSelection(f.statuses, f.stuckOnly);
    m_filterBar->setValues(f.workspaceId, f.trustedAccountId, f.pluginId, f.text);
    m_restoringFilter = false;
    m_session->setFilter(f);
    updateEmptyState();
}

void MainWindow::setConnectionPolicy(int pollIntervalMs, const QString &workspaceScope)
{
    if (pollIntervalMs > 0) {
        const QSignalBlocker block(m_intervalBox);
        int index = m_intervalBox->findData(pollIntervalMs);
        if (index < 0) {
            m_intervalBox->addItem(intervalLabel(pollIntervalMs), pollIntervalMs);
            index = m_intervalBox->count() - 1;
        }
        m_intervalBox->setCurrentIndex(index);
        m_session->poller()->setInterval(pollIntervalMs);
    }
    m_workspaceScope = workspaceScope;
    ChoiceComboBox *box = m_filterBar->workspaceBox();
    box->setEnabled(workspaceScope.isEmpty());
    box->setToolTip(
        workspaceScope.isEmpty()
            ? QString()
            : tr("This connection is scoped to workspace %1; edit the connection to change it.").arg(workspaceScope));
}

void MainWindow::setDeleteBlockedReason(const QString &reason)
{
    m_deleteBlockedReason = reason;
    updateActionStates();
}

void MainWindow::setFilterField(FilterField field, const QString &value)
{
    QString workspace = m_filterBar->workspaceId();
    QString trustedAccount = m_filterBar->trustedAccountId();
    QString plugin = m_filterBar->pluginId();
    switch (field) {
    case FilterField::Workspace:
        workspace = value;
        break;
    case FilterField::TrustedAccount:
        trustedAccount = value;
        break;
    case FilterField::Plugin:
        plugin = value;
        break;
    }
    m_restoringFilter = true;
    m_filterBar->setValues(workspace, trustedAccount, plugin, m_filterBar->searchText());
    m_restoringFilter = false;
    applyWidgetFilter();
}

void MainWindow::applyWidgetFilter()
{
    if (m_restoringFilter)
        return;
    JobFilter f = m_session->filter();
    f.statuses = m_overview->selectedStatuses();
    f.stuckOnly = m_overview->stuckOnly();
    f.workspaceId = m_workspaceScope.isEmpty() ? m_filterBar->workspaceId() : m_workspaceScope;
    f.trustedAccountId = m_filterBar->trustedAccountId();
    f.pluginId = m_filterBar->pluginId();
    f.text = m_filterBar->searchText();
    f.stuckThresholdMs = m_settings->stuckThresholdMs();
    m_session->setFilter(f);
    m_settings->setFilter(m_session->connectionId(), f);
    updateEmptyState();
    updateActionStates();
}

void MainWindow::clearAllFilters()
{
    m_restoringFilter = true;
    m_overview->setSelection({}, false);
    m_filterBar->setValues(m_workspaceScope, {}, {}, {});
    m_restoringFilter = false;
    applyWidgetFilter();
}

void MainWindow::onStatsChanged()
{
    const JobStats &stats = m_session->stats();
    QHash<JobStatus, qint64> counts;
    for (JobStatus status : JobStatuses::kKnown)
        counts.insert(status, stats.count(status));
    m_overview->setCounts(counts, stats.total);
    auto toChoices = [](const QList<JobStats::ValueCount> &values, bool workspace) {
        QList<ChoiceComboBox::Choice> choices;
        choices.reserve(values.size());
        for (const JobStats::ValueCount &v : values) {
            ChoiceComboBox::Choice c{ v.value, {}, v.count };
            if (workspace && v.value == QLatin1String("*"))
                c.label = tr("Global (domain)");
            choices.append(c);
        }
        return choices;
    };
    m_filterBar->setWorkspaceChoices(toChoices(stats.workspaces, true));
    m_filterBar->setTrustedAccountChoices(toChoices(stats.trustedAccounts, false));
    m_filterBar->setPluginChoices(toChoices(stats.plugins, false));
    m_tray->setCounts(stats.count(JobStatus::Failure), m_session->stuckCount(), currentConnectionName());
}

void MainWindow::onSnapshotApplied()
{
    PollStatusBar::RowCounts counts;
    counts.shown = m_decoration->rowCount();
    counts.loaded = m_session->model()->rowCount();
    counts.matching = m_session->serverTotal();
    counts.total = m_session->baseTotal();
    counts.windowed = m_session->isWindowed();
    counts.searchOnServer = m_session->searchesOnServer();
    counts.fetchingMore = m_session->isFetchingMore();
    counts.windowSize = m_session->poller()->windowSize();
    counts.pageSize = m_session->poller()->pageLimit();
    m_statusBar->setCounts(counts);
    m_overview->setStuckCount(m_session->hasData() ? m_session->stuckCount() : -1);
    const bool paused = m_session->poller()->isPaused();
    PollStatusBar::State state = PollStatusBar::State::Connecting;
    if (!m_session->hasEndpoint())
        state = PollStatusBar::State::NotConnected;
    else if (paused)
        state = PollStatusBar::State::Paused;
    else if (m_session->isStale())
        state = PollStatusBar::State::Error;
    else if (m_session->hasData())
        state = PollStatusBar::State::Connected;
    m_statusBar->setConnection(currentConnectionName(), state);
    if (m_session->hasData() && !m_session->isStale())
        m_statusBar->setLastUpdate(QDateTime::currentMSecsSinceEpoch());
    else if (!m_session->hasData())
        m_statusBar->setLastUpdate(0);
    m_statusBar->setStale(m_session->isStale() && m_session->hasData());
    m_statusBar->setLastPoll(m_session->poller()->state(), m_session->poller()->fullRefreshInterval());
    updateEmptyState();
    updateActionStates();
}

void MainWindow::onError(const ApiError &error)
{
    if (!error.isError()) {
        m_banner->hide();
        m_statusBar->setNextRetry(0);
        onSnapshotApplied();
        return;
    }
    QString advice;
    QString action;
    if (error.isAuthentication()) {
        advice = tr("The token expired or is invalid. Enter a new token or API key for this connection.");
        action = tr("Open Connections…");
    } else if (error.isPermission()) {
        advice = tr("Your role may not list jobs here. Ask a domain admin or workspace owner for access.");
    } else if (error.isUnknownPath()) {
        advice = tr("The server has no Job API at this path. Check the URL and the path style of the connection.");
        action = tr("Open Connections…");
    } else {
        action = tr("Retry Now");
    }
    const QDateTime nextPoll = m_session->poller()->state().nextPollAt;
    const qint64 retryAt = nextPoll.isValid() ? nextPoll.toMSecsSinceEpoch() : 0;
    m_statusBar->setNextRetry(retryAt);
    QString text = error.humanMessage();
    if (!advice.isEmpty())
        text = advice + QLatin1Char(' ') + text;
    if (m_session->hasData())
        text += QLatin1Char(' ') + tr("The table shows the last good data.");
    if (retryAt > QDateTime::currentMSecsSinceEpoch())
        text += QLatin1Char(' ')
            + tr("Retrying in %n s.", nullptr, int((retryAt - QDateTime::currentMSecsSinceEpoch() + 999) / 1000));
    m_banner->showMessage(text, error.isTransient() ? ErrorBanner::Severity::Warning : ErrorBanner::Severity::Error);
    m_banner->setActionText(action);
    onSnapshotApplied();
}

void MainWindow::updateEmptyState()
{
    if (m_decoration->rowCount() > 0) {
        m_emptyState->hide();
        return;
    }
    if (!m_session->hasEndpoint()) {
        m_emptyState->showState(tr("Not connected"), tr("Choose or add a SpaceONE connection to see its jobs."),
                                tr("Open Connections…"));
    } else if (!m_session->hasData()) {
        if (m_session->isStale())
            m_emptyState->showState(tr("Cannot reach the server"), m_session->lastError().humanMessage());
        else
            m_emptyState->showState(tr("Loading jobs…"),
                                    tr("Fetching the job list from %1.").arg(currentConnectionName()));
    } else if (m_session->searchesOnServer()) {
        m_emptyState->showState(tr("No job matches \"%1\"").arg(m_session->filter().text),
                                tr("The server searched the job id, trusted account, plugin and error message of all "
                                   "%1 jobs that match the filters.")
                                    .arg(QLocale().toString(m_session->baseTotal())),
                                tr("Clear All Filters"));
    } else if (!m_session->filter().isEmpty()) {
        m_emptyState->showState(
            tr("No jobs match these filters"),
            tr("%n job(s) are loaded, but none match the current filters.", nullptr, m_session->model()->rowCount()),
            tr("Clear All Filters"));
    } else {
        m_emptyState->showState(tr("No jobs yet"),
                                tr("This connection has no collection jobs. New jobs appear here as collectors run."));
    }
}

void MainWindow::updateActionStates()
{
    const bool hasSelection = !m_table->selectedJobIds().isEmpty();
    QAction *del = action(QStringLiteral("actionDelete"));
    del->setEnabled(hasSelection && m_deleteBlockedReason.isEmpty());
    del->setToolTip(m_deleteBlockedReason.isEmpty()
                        ? withShortcut(tr("Delete the selected jobs, after confirmation"), del->shortcut())
                        : m_deleteBlockedReason);
    action(QStringLiteral("actionDetails"))->setEnabled(!m_table->currentJobId().isEmpty());
    action(QStringLiteral("actionExport"))->setEnabled(m_decoration->rowCount() > 0);
    action(QStringLiteral("actionSelectStuck"))->setEnabled(m_session->stuckCount() > 0);
}

void MainWindow::updateWindowTitle()
{
    const QString name = currentConnectionName();
    setWindowTitle(name.isEmpty() ? tr("SpaceONE Job Monitor") : tr("%1 — SpaceONE Job Monitor").arg(name));
}

QList<Job> MainWindow::visibleJobs() const
{
    QList<Job> jobs;
    jobs.reserve(m_decoration->rowCount());
    for (int row = 0; row < m_decoration->rowCount(); ++row) {
        const QVariant v = m_decoration->index(row, 0).data(JobTableModel::JobRole);
        if (v.canConvert<Job>())
            jobs.append(v.value<Job>());
    }
    return jobs;
}

bool MainWindow::exportVisibleRows(const QString &fileName, JobExporter::Format format, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(JobExporter::write(visibleJobs(), format));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void MainWindow::exportRows()
{
    QString selectedFilter;
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export Visible Rows"),
        QStringLiteral("jobs-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        csv + QStringLiteral(";;") + json, &selectedFilter);
    if (fileName.isEmpty())
        return;
    const bool asJson = selectedFilter == json || fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QString error;
    if (!exportVisibleRows(fileName, asJson ? JobExporter::Format::Json : JobExporter::Format::Csv, &error)) {
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(fileName, error));
        return;
    }
    statusBar()->showMessage(tr("Exported %n job(s) to %1", nullptr, m_decoration->rowCount()).arg(fileName), 8000);
}

void MainWindow::selectStuckJobs()
{
    const QStringList ids = m_session->stuckJobIds();
    m_table->selectJobIds(ids);
    m_table->setFocus(Qt::ShortcutFocusReason);
    statusBar()->showMessage(tr("Selected %n stuck job(s); press Delete to remove them.", nullptr, int(ids.size())),
                             8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SpaceONE Job Monitor"),
                       tr("<h3>SpaceONE Job Monitor %1</h3>"
                          "<p>Watch and clean up the collection jobs of a SpaceONE (Cloudforet) deployment.</p>"
                          "<p>Commit %2 · Qt %3 (built with %4)</p>"
                          "<p>Released under the MIT licence.</p>")
                           .arg(QStringLiteral(SJM_VERSION), QString::fromLatin1(BuildInfo::gitCommit()),
                                QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
}

void MainWindow::saveState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(QMainWindow::saveState());
    m_settings->setHeaderState(m_table->horizontalHeader()->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        // Follow a switch between light and dark themes without a restart.
        m_decoration->refreshColors();
        const QList<QAction *> actions = findChildren<QAction *>();
        for (QAction *a : actions) {
            const QString iconName = a->property("iconName").toString();
            if (!iconName.isEmpty())
                a->setIcon(IconProvider::actionIcon(iconName, palette()));
        }
    }
    QMainWindow::changeEvent(event);
}
