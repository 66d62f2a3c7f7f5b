// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"
#include "appsettings.h"
#include "buildinfo/buildinfo.h"
#include "emptystateoverlay.h"
#include "errorbanner.h"
#include "errorpreviewpane.h"
#include "filterbar.h"
#include "iconprovider.h"
#include "jobdecorationproxy.h"
#include "jobnotifier.h"
#include "jobtableview.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "noticebar.h"
#include "pendingjobselection.h"
#include "poll/poller.h"
#include "pollstatusbar.h"
#include "serverselectionbar.h"
#include "statusoverview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
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
    // The count is worked out first: lupdate does not see a translate() call whose arguments
    // divide.
    const int minutes = ms / 60000;
    const int seconds = ms / 1000;
    if (ms >= 60000)
        return QCoreApplication::translate("MainWindow", "Every %n min", nullptr, minutes);
    return QCoreApplication::translate("MainWindow", "Every %n s", nullptr, seconds);
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
    m_notifier = new JobNotifier(this);
    m_notifier->setMuted(m_settings->notificationsMuted());
    connect(m_notifier, &JobNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    // Muting is offered only where there is something to mute.
    action(QStringLiteral("actionMute"))->setVisible(m_notifier->canNotify());
    connectSession();

    // Header state is written after a pause, not on every pixel of a column resize.
    m_headerSaveTimer->setSingleShot(true);
    m_headerSaveTimer->setInterval(500);
    connect(m_headerSaveTimer, &QTimer::timeout, this,
            [this] { m_settings->setHeaderState(m_table->horizontalHeader()->saveState()); });
    connect(m_table, &JobTableView::headerStateChanged, m_headerSaveTimer, qOverload<>(&QTimer::start));

    QScreen *screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!restoreGeometry(m_settings->windowGeometry()) && screen) {
        // The first time, a size that fits the screen the window opens on, centred on it.
        const QRect available = screen->availableGeometry();
        const QSize size = initialSize(available.size());
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(m_settings->windowState());
    m_table->restoreHeaderState(m_settings->headerState());
    // Without a saved split, the pane's size hint (a few lines) decides and the table gets the rest.
    m_splitter->restoreState(m_settings->splitterState());
    setErrorPreviewVisible(m_settings->errorPreviewVisible());

    setTabOrder(m_connectionBox, m_intervalBox);
    setTabOrder(m_intervalBox, m_overview->allButton());
    QWidget *previous = m_overview->allButton();
    for (JobStatus status : JobStatuses::kKnown) {
        setTabOrder(previous, m_overview->buttonFor(status));
        previous = m_overview->buttonFor(status);
    }
    setTabOrder(previous, m_overview->otherButton());
    setTabOrder(m_overview->otherButton(), m_overview->stuckButton());
    setTabOrder(m_overview->stuckButton(), m_filterBar->workspaceBox());
    setTabOrder(m_filterBar->workspaceBox(), m_filterBar->trustedAccountBox());
    setTabOrder(m_filterBar->trustedAccountBox(), m_filterBar->pluginBox());
    setTabOrder(m_filterBar->pluginBox(), m_filterBar->searchEdit());
    setTabOrder(m_filterBar->searchEdit(), m_filterBar->clearButton());
    setTabOrder(m_filterBar->clearButton(), m_table);
    setTabOrder(m_table, m_errorPreview->textView());
    setTabOrder(m_errorPreview->textView(), m_errorPreview->copyButton());

    updateWindowTitle();
    updateActionStates();
    updateEmptyState();
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

QSize MainWindow::initialSize(const QSize &available)
{
    // Roomy where there is room; never more than the screen minus a margin for panels and
    // the window frame.
    const QSize wanted(1280, 800);
    return wanted.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
}

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
    connect(del, &QAction::triggered, this, [this] { requestDelete(m_table->selectedJobIds()); });

    QAction *sync = addAction(QStringLiteral("actionSyncNow"), tr("S&ync Trusted Account Now…"), QStringLiteral("sync"),
                              QKeySequence(),
                              tr("Run the collector of the selected jobs' trusted accounts again, after confirmation"));
    sync->setIconText(tr("Sync Now"));
    connect(sync, &QAction::triggered, this, [this] {
        const QStringList ids = m_table->selectedJobIds();
        if (!ids.isEmpty())
            Q_EMIT syncAccountsRequested(ids);
    });

    QAction *stuck = addAction(QStringLiteral("actionSelectStuck"), tr("Select All &Stuck Jobs"),
                               QStringLiteral("select-stuck"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                               tr("Select every stuck job on the server, ready to delete"));
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

    QAction *copyError = addAction(QStringLiteral("actionCopyError"), tr("Copy &Error Message"), QString(),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                   tr("Copy the whole error message of the current job"));
    connect(copyError, &QAction::triggered, this, &MainWindow::copyCurrentError);

    QAction *preview
        = addAction(QStringLiteral("actionErrorPreview"), tr("Error &Preview"), QString(), QKeySequence(Qt::Key_F3),
                    tr("Show the whole error message of the current job under the table"));
    preview->setCheckable(true);
    connect(preview, &QAction::toggled, this, [this](bool on) {
        setErrorPreviewVisible(on);
        m_settings->setErrorPreviewVisible(on);
    });

    QAction *mute = addAction(QStringLiteral("actionMute"), tr("&Mute Notifications"), QString(), QKeySequence(),
                              tr("No desktop notification when a job fails or becomes stuck"));
    mute->setCheckable(true);
    mute->setChecked(m_settings->notificationsMuted());
    connect(mute, &QAction::toggled, this, [this](bool muted) {
        m_notifier->setMuted(muted);
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
    view->addAction(action(QStringLiteral("actionErrorPreview")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionMute")));

    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    jobs->addAction(action(QStringLiteral("actionDetails")));
    jobs->addAction(action(QStringLiteral("actionCopyError")));
    jobs->addAction(action(QStringLiteral("actionDelete")));
    jobs->addAction(action(QStringLiteral("actionSyncNow")));
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
    m_table->addAction(action(QStringLiteral("actionCopyError")));
    m_table->addAction(action(QStringLiteral("actionDelete")));
    m_table->addAction(action(QStringLiteral("actionSyncNow")));
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
    m_toolBar = bar;
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
    bar->addAction(action(QStringLiteral("actionSyncNow")));
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

    m_notice = new NoticeBar(central);
    m_notice->setObjectName(QStringLiteral("sandboxNotice"));
    m_notice->setText(tr("This is the built-in sandbox: its jobs are simulated, and they change by themselves. "
                         "To watch a real SpaceONE deployment, add a connection."));
    m_notice->setActionText(tr("Add Connection…"));
    m_notice->hide();
    layout->addWidget(m_notice);
    connect(m_notice, &NoticeBar::actionTriggered, this, &MainWindow::manageConnectionsRequested);
    connect(m_notice, &NoticeBar::closed, this, [this] { m_settings->setSandboxNoticeDismissed(true); });

    m_overview = new StatusOverview(central);
    layout->addWidget(m_overview);
    connect(m_overview, &StatusOverview::selectionChanged, this, &MainWindow::applyWidgetFilter);

    m_filterBar = new FilterBar(central);
    layout->addWidget(m_filterBar);
    connect(m_filterBar, &FilterBar::serverFilterChanged, this, &MainWindow::applyWidgetFilter);
    connect(m_filterBar, &FilterBar::searchTextChanged, this, &MainWindow::applyWidgetFilter);
    connect(m_filterBar, &FilterBar::clearAllRequested, this, &MainWindow::clearAllFilters);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("tableSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    m_table = new JobTableView(m_splitter);
    m_table->setModel(m_decoration);
    m_splitter->addWidget(m_table);
    m_errorPreview = new ErrorPreviewPane(m_splitter);
    m_splitter->addWidget(m_errorPreview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    connect(m_errorPreview, &ErrorPreviewPane::copyRequested, this, &MainWindow::copyCurrentError);
    connect(m_errorPreview, &ErrorPreviewPane::closeRequested, this,
            [this] { action(QStringLiteral("actionErrorPreview"))->setChecked(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateErrorPreview);
    connect(m_decoration, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_table->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row() && topLeft.column() <= JobTableModel::ErrorColumn
                    && bottomRight.column() >= JobTableModel::ErrorColumn)
                    updateErrorPreview();
            });
    connect(m_table, &JobTableView::openRequested, this, &MainWindow::openJobRequested);
    connect(m_table, &JobTableView::deleteRequested, this, &MainWindow::requestDelete);

    m_serverSelection = new ServerSelectionBar(m_session, m_table, central);
    layout->insertWidget(layout->indexOf(m_splitter), m_serverSelection);
    connect(m_serverSelection, &ServerSelectionBar::changed, this, &MainWindow::updateActionStates);
    connect(m_serverSelection, &ServerSelectionBar::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_serverSelection, &ServerSelectionBar::deleteRequested, this,
            [this] { requestDelete(m_table->selectedJobIds()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActionStates);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActionStates);

    m_emptyState = new EmptyStateOverlay(m_table->viewport());
    connect(m_emptyState, &EmptyStateOverlay::actionTriggered, this, [this] {
        const ApiError &error = m_session->lastError();
        if (m_session->hasEndpoint() && !m_session->hasData() && m_session->isStale() && !error.isAuthentication()
            && !error.isUnknownPath())
            m_session->poller()->refreshNow();
        else if (!m_session->hasEndpoint() || m_session->needsToken() || !m_session->hasData()
                 || m_session->filter().isEmpty())
            Q_EMIT manageConnectionsRequested();
        else
            clearAllFilters();
    });

    setCentralWidget(central);
}

void MainWindow::connectSession()
{
    m_pendingSelection = new PendingJobSelection(m_table, m_session, this);
    connect(m_pendingSelection, &PendingJobSelection::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_session, &JobMonitorSession::statsChanged, this, &MainWindow::onStatsChanged);
    connect(m_session->names(), &NameDirectory::namesChanged, this, &MainWindow::updateChoices);
    connect(m_session->names(), &NameDirectory::namesChanged, this, &MainWindow::updateScopeToolTip);
    connect(m_session->names(), &NameDirectory::availabilityChanged, this, &MainWindow::updateChoices);
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
    updateScopeToolTip();
    if (!workspaceScope.isEmpty())
        m_session->names()->request(NameDirectory::Kind::Workspace, { workspaceScope });
}

void MainWindow::updateScopeToolTip()
{
    // Named once the directory knows the workspace ("Data Platform (workspace-…)").
    const QString scope = m_session->model()->names().withId(JobNameDisplay::Kind::Workspace, m_workspaceScope);
    m_filterBar->workspaceBox()->setToolTip(
        m_workspaceScope.isEmpty()
            ? QString()
            : tr("This connection is scoped to workspace %1; edit the connection to change it.").arg(scope));
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
    m_pendingConnection = message;
    updateEmptyState();
}

void MainWindow::requestDelete(const QStringList &tableIds)
{
    if (!m_deleteBlockedReason.isEmpty()) {
        statusBar()->showMessage(m_deleteBlockedReason, 8000);
        return;
    }
    if (m_serverSelection->isActive())
        Q_EMIT deleteCapturedJobsRequested(m_serverSelection->jobs());
    else if (!tableIds.isEmpty())
        Q_EMIT deleteJobsRequested(tableIds);
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
    // A selection made on the server answered the old filters.
    if (f.serverFilters() != m_session->filter().serverFilters())
        m_serverSelection->clear();
    m_session->setFilter(f);
    m_table->forgetNewRows(); // rows a wider filter let in are not news
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
    // Until this connection's counts arrive, none are shown: never the previous server's.
    if (m_session->hasStats())
        m_overview->setStats(stats);
    else
        m_overview->setCounts({}, -1);
    updateChoices();
    m_filterBar->setCountSources(stats);
    onStuckCountChanged();
}

void MainWindow::updateChoices()
{
    // The choices show names where the directory has them, the id one step away in a tooltip.
    const JobNameDisplay &names = m_session->model()->names();
    auto toChoices = [&names](const QList<JobStats::ValueCount> &values, JobNameDisplay::Kind kind) {
        QList<ChoiceComboBox::Choice> choices;
        choices.reserve(values.size());
        for (const JobStats::ValueCount &v : values) {
            const QString shown = names.display(kind, v.value);
            choices.append({ v.value, shown == v.value ? QString() : shown, v.count });
        }
        return choices;
    };
    const JobStats &stats = m_session->stats();
    m_filterBar->setWorkspaceChoices(toChoices(stats.workspaces, JobNameDisplay::Kind::Workspace));
    m_filterBar->setTrustedAccountChoices(toChoices(stats.trustedAccounts, JobNameDisplay::Kind::TrustedAccount));
    m_filterBar->setPluginChoices(toChoices(stats.plugins, JobNameDisplay::Kind::Plugin));
}

void MainWindow::onStuckCountChanged()
{
    const qint64 stuck = m_session->stuckCount();
    m_overview->setStuckCount(stuck, m_session->hasData() ? m_session->loadedStuckCount() : -1,
                              m_session->filter().stuckThresholdMs);
    m_notifier->setCounts(m_session->stats().count(JobStatus::Failure), int(qMax<qint64>(0, stuck)),
                          currentConnectionName());
    updateActionStates();
}

void MainWindow::onSnapshotApplied()
{
    if (m_session->hasData()) {
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
    } else {
        m_statusBar->clearCounts();
    }
    m_overview->setStuckCount(m_session->stuckCount(), m_session->hasData() ? m_session->loadedStuckCount() : -1,
                              m_session->filter().stuckThresholdMs);
    const bool paused = m_session->poller()->isPaused();
    PollStatusBar::State state = PollStatusBar::State::Connecting;
    if (!m_session->hasEndpoint())
        state = PollStatusBar::State::NotConnected;
    else if (m_session->needsToken())
        state = PollStatusBar::State::NoToken;
    else if (paused)
        state = PollStatusBar::State::Paused;
    else if (m_session->isStale())
        state = PollStatusBar::State::Error;
    else if (m_session->hasData())
        state = PollStatusBar::State::Connected;
    m_statusBar->setConnection(m_connectionSimulated ? tr("%1 (simulated jobs)").arg(currentConnectionName())
                                                     : currentConnectionName(),
                               state);
    if (m_session->hasData() && !m_session->isStale())
        m_statusBar->setLastUpdate(QDateTime::currentMSecsSinceEpoch());
    else if (!m_session->hasData())
        m_statusBar->setLastUpdate(0);
    m_statusBar->setStale(m_session->isStale() && m_session->hasData());
    m_statusBar->setLastPoll(m_session->hasData() ? m_session->poller()->state() : PollState(),
                             m_session->poller()->fullRefreshInterval());
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
        // The server's own 401 and an expired token already say to get a new token.
        if (error.fromIntermediary)
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
    if (error.attempts > 1)
        text += QLatin1Char(' ') + tr("(Tried %n times.)", nullptr, error.attempts);
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
    if (!m_session->hasEndpoint() && !m_pendingConnection.isEmpty()) {
        m_emptyState->showState(m_pendingConnection, tr("The jobs appear as soon as it answers."));
    } else if (!m_session->hasEndpoint()) {
        m_emptyState->showState(tr("Not connected"), tr("Choose or add a SpaceONE connection to see its jobs."),
                                tr("Open Connections…"));
    } else if (m_session->needsToken()) {
        m_emptyState->showState(
            tr("A token is needed"),
            m_missingTokenReason.isEmpty()
                ? tr("No token is saved for %1. Add a token or API key in Connections.").arg(currentConnectionName())
                : m_missingTokenReason,
            tr("Open Connections…"));
    } else if (!m_session->hasData()) {
        if (m_session->isStale())
            m_emptyState->showState(m_session->lastError().title(), m_session->lastError().humanMessage(),
                                    m_session->lastError().isAuthentication() || m_session->lastError().isUnknownPath()
                                        ? tr("Open Connections…")
                                        : tr("Retry Now"));
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
    const bool serverSet = m_serverSelection->isActive();
    const bool hasSelection = serverSet || !m_table->selectedJobIds().isEmpty();
    QAction *del = action(QStringLiteral("actionDelete"));
    del->setEnabled(hasSelection && m_deleteBlockedReason.isEmpty());
    QString deleteTip = serverSet ? tr("Delete the %1 jobs selected on the server, after confirmation")
                                        .arg(QLocale().toString(m_serverSelection->jobs().size()))
                                  : tr("Delete the selected jobs, after confirmation");
    del->setToolTip(m_deleteBlockedReason.isEmpty() ? withShortcut(deleteTip, del->shortcut()) : m_deleteBlockedReason);
    action(QStringLiteral("actionDetails"))->setEnabled(!m_table->currentJobId().isEmpty());
    QAction *sync = action(QStringLiteral("actionSyncNow"));
    sync->setVisible(m_syncAvailable);
    // A set selected on the server may span any number of accounts; sync works on table rows.
    sync->setEnabled(m_syncAvailable && !serverSet && hasSelection);
    action(QStringLiteral("actionCopyError"))->setEnabled(!currentErrorMessage().isEmpty());
    // Nothing can be asked of a server without a token.
    const bool canAsk = m_session->hasEndpoint() && !m_session->needsToken();
    action(QStringLiteral("actionRefresh"))->setEnabled(canAsk);
    action(QStringLiteral("actionFullRefresh"))->setEnabled(canAsk);
    action(QStringLiteral("actionExport"))->setEnabled(m_decoration->rowCount() > 0);
    action(QStringLiteral("actionSelectStuck"))
        ->setEnabled(m_session->stuckCount() > 0 && !m_serverSelection->isCollecting());
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
    file.write(JobExporter::write(visibleJobs(), format, JobNames::from(m_session->names())));
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
    // The server's set, not the loaded rows: most stuck jobs of a large domain are not loaded.
    m_serverSelection->selectStuck();
}

QString MainWindow::aboutText()
{
    return tr("<h3>SpaceONE Job Monitor %1</h3>"
              "<p>Watch and clean up the collection jobs of a SpaceONE (Cloudforet) deployment.</p>"
              "<p>Commit %2 · Qt %3 (built with %4)</p>"
              "<p>Released under the MIT licence.</p>"
              "<p><a href=\"%5\">%5</a><br>Report a problem: <a href=\"%6\">%6</a></p>")
        .arg(QStringLiteral(SJM_VERSION), QString::fromLatin1(BuildInfo::gitCommit()), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QStringLiteral(SJM_HOMEPAGE_URL), QStringLiteral(SJM_BUGTRACKER_URL));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SpaceONE Job Monitor"), aboutText());
}

void MainWindow::setTokenMissingReason(const QString &reason)
{
    m_missingTokenReason = reason;
    updateEmptyState();
}

void MainWindow::setConnectionSimulated(bool simulated)
{
    m_connectionSimulated = simulated;
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
    if (visible)
        updateErrorPreview();
}

void MainWindow::updateErrorPreview()
{
    if (!m_errorPreview->isVisible())
        return;
    const QVariant job = m_table->currentIndex().siblingAtColumn(0).data(JobTableModel::JobRole);
    if (job.canConvert<Job>())
        m_errorPreview->setJob(job.value<Job>());
    else
        m_errorPreview->clear();
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

void MainWindow::saveState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(QMainWindow::saveState());
    m_settings->setHeaderState(m_table->horizontalHeader()->saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->sync();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateToolBarStyle();
}

void MainWindow::updateToolBarStyle()
{
    // Text beside the icons where all of them fit; on a narrow window the icons alone (their
    // tooltips name them) rather than actions hidden behind the overflow arrow.
    if (m_toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        m_toolBarTextWidth = m_toolBar->sizeHint().width();
    const Qt::ToolButtonStyle style
        = width() >= m_toolBarTextWidth ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    if (m_toolBar->toolButtonStyle() != style)
        m_toolBar->setToolButtonStyle(style);
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
