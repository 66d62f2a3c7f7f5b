// SPDX-License-Identifier: MIT
#include "guiapplication.h"

#include "api/apptranslations.h"
#include "appsettings.h"
#include "appstyle.h"
#include "builtinsandbox.h"
#include "connect/credentialvault.h"
#include "connect/filecredentialstore.h"
#include "connect/keychaincredentialstore.h"
#include "connect/profilestore.h"
#include "connect/sessioncredentialstore.h"
#include "connectioncontroller.h"
#include "fontconfigwarmup.h"
#include "iconprovider.h"
#include "jobdialogcontroller.h"
#include "jobtableview.h"
#include "mainwindow.h"
#include "monitor/jobmonitorsession.h"
#include "monitor/savedjobsstore.h"
#include "paintflushprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {
// How long work kept for after the window's first paint (the built-in sandbox's start, the
// keychain's probe) waits for it at most.
constexpr int kAfterFirstPaintLatestMs = 250;

// Waits until the first poll has been shown (or the timeout passes), then writes the window
// to a PNG and quits: the README screenshot, and a check that the window renders headless.
void scheduleScreenshot(MainWindow *window, JobMonitorSession *session, const QString &fileName, int delayMs)
{
    auto *timeout = new QTimer(window);
    timeout->setSingleShot(true);
    auto grab = [window, fileName] {
        const bool ok = window->grab().save(fileName);
        std::fprintf(ok ? stdout : stderr, ok ? "Screenshot written to %s\n" : "error: cannot write %s\n",
                     qPrintable(fileName));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    QObject::connect(timeout, &QTimer::timeout, window, grab);
    auto armed = std::make_shared<bool>(false);
    QObject::connect(session, &JobMonitorSession::snapshotApplied, window, [session, timeout, delayMs, armed] {
        // Counted from the first data only: later polls must not push the picture back forever.
        if (*armed || !session->hasData() || session->stats().total < 0)
            return;
        *armed = true;
        timeout->start(delayMs);
    });
    timeout->start(15000);
}

// Prints "first rows painted: saved" (or ": live") once the job table's rows have reached the
// screen, then "first live rows painted" once the server's have, and quits.
void reportFirstPaintedRows(PaintFlushProbe *probe, MainWindow *window, JobMonitorSession *session)
{
    QAbstractItemView *table = window->tableView();
    auto rowsReported = std::make_shared<bool>(false);
    // Saved rows the server lists unchanged need no repaint: the server's rows are then on
    // screen as they are applied, and one more paint tells when.
    QObject::connect(session, &JobMonitorSession::snapshotApplied, table, [table, session] {
        if (session->hasData())
            table->viewport()->update();
    });
    probe->listen([table, session, rowsReported] {
        if (!table->model() || table->model()->rowCount() == 0)
            return false;
        const bool live = session->hasData();
        if (!*rowsReported) {
            *rowsReported = true;
            std::printf("first rows painted: %s\n", live ? "live" : "saved");
        }
        if (live) {
            std::printf("first live rows painted\n");
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        std::fflush(stdout);
        return live;
    });
}

// The GUI's own command line (the command-line interface has its own parser).
struct GuiOptions
{
    QString screenshotFile; // empty: none
    int screenshotDelayMs = 1500;
    std::optional<quint32> sandboxSeed;
    QString settingsFile; // empty: the user's
    bool reportFirstRows = false;
};

GuiOptions parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Watch and clean up the collection jobs of a SpaceONE deployment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window once data is shown, save it as a PNG and quit."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Milliseconds to wait after the first data before the screenshot."),
        QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption sandboxSeed(
        QStringLiteral("sandbox-seed"),
        QApplication::translate("main", "Seed of the built-in sandbox's generated jobs (a fresh sandbox database)."),
        QStringLiteral("n"));
    const QCommandLineOption settingsFile(
        QStringLiteral("settings"), QApplication::translate("main", "Use this settings file instead of the user's."),
        QStringLiteral("file"));
    // For start-up benchmarks: print when the table first painted rows, then quit.
    QCommandLineOption firstRows(QStringLiteral("report-first-rows"));
    firstRows.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ screenshot, screenshotDelay, sandboxSeed, settingsFile, firstRows });
    parser.process(app);

    GuiOptions options;
    options.screenshotFile = parser.value(screenshot);
    options.screenshotDelayMs = parser.value(screenshotDelay).toInt();
    if (parser.isSet(sandboxSeed))
        options.sandboxSeed = parser.value(sandboxSeed).toUInt();
    options.settingsFile = parser.value(settingsFile);
    options.reportFirstRows = parser.isSet(firstRows);
    return options;
}

// A seed asks for a fresh generated database; otherwise the sandbox keeps its jobs in the
// user's data directory from one run to the next.
BuiltInServer::Options sandboxOptions(const GuiOptions &gui)
{
    BuiltInServer::Options options;
    if (gui.sandboxSeed) {
        options.seed = gui.sandboxSeed;
    } else {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        options.databasePath = dataDir + QStringLiteral("/sandbox.sqlite");
    }
    return options;
}

// Saved jobs live in the user's cache directory. A seeded sandbox is a fresh database each run:
// jobs saved from an earlier one would describe jobs it does not have.
QString savedJobsDirectory(const GuiOptions &gui)
{
    if (gui.sandboxSeed)
        return {};
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/saved-jobs");
}

// With saved rows to paint (`firstPaint` set) the sandbox starts once they are on screen: started
// alongside the window it slowed the window's first paint by a fifth, as loading its libraries
// (the network module) and TLS backend contends with the window's. Its "started" is queued, and
// so reaches the connections whenever it comes.
void startSandboxOncePainted(BuiltInSandbox *sandbox, PaintFlushProbe *firstPaint)
{
    if (firstPaint)
        firstPaint->afterFirstPaint(
            sandbox, [sandbox] { sandbox->start(); }, kAfterFirstPaintLatestMs);
    else
        sandbox->start();
}

// What the window shows now is what it paints first at the next start.
void saveShownJobs(const JobMonitorSession &session, const SavedJobsStore &store)
{
    QString error;
    const SavedJobs shown = session.jobsToSave();
    if (!shown.isEmpty() && !store.save(shown, &error))
        std::fprintf(stderr, "warning: the jobs shown could not be saved for the next start: %s\n", qPrintable(error));
}

// The sandbox's connection is held until the server answers; then it gets the sandbox's address
// and its throw-away token, which lives for this session only.
void connectSandbox(BuiltInSandbox *server, ProfileStore *profiles, SessionCredentialStore *sessionStore,
                    ConnectionController *connections)
{
    connections->hold(ProfileStore::sandboxId(), QApplication::translate("main", "Starting the built-in sandbox…"));
    QObject::connect(server, &BuiltInSandbox::started, connections, [=](const QUrl &baseUrl) {
        if (std::optional<ConnectionProfile> sandboxProfile = profiles->profile(ProfileStore::sandboxId())) {
            sandboxProfile->baseUrl = baseUrl;
            profiles->update(*sandboxProfile);
        }
        sessionStore->write(ProfileStore::sandboxId(), server->defaultToken(), nullptr, {});
        connections->release(ProfileStore::sandboxId());
    });
    QObject::connect(server, &BuiltInSandbox::startFailed, connections, [=](const QString &error) {
        std::fprintf(stderr, "error: the built-in sandbox did not start: %s\n", qPrintable(error));
        connections->refuseHeld(ProfileStore::sandboxId(),
                                QApplication::translate("main", "The built-in sandbox did not start: %1").arg(error));
    });
}
// Names the settings, data and cache locations go by; before the application object.
void setApplicationIdentity()
{
    QApplication::setApplicationName(QStringLiteral("spaceone-job-monitor"));
    QApplication::setApplicationDisplayName(QStringLiteral("SpaceONE Job Monitor"));
    QApplication::setOrganizationName(QStringLiteral("spaceone-job-monitor"));
    QApplication::setApplicationVersion(QStringLiteral(SJM_VERSION));
}
} // namespace

int runGuiApplication(int argc, char *argv[])
{
    // Read on the other core until the window measures its first texts.
    FontconfigWarmup fonts;
    setApplicationIdentity();
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral(SJM_APP_ID));
    QApplication::setStyle(new AppStyle(QApplication::style()));
    QApplication::setWindowIcon(IconProvider::appIcon());

    // Before the command-line parser, whose descriptions are translated when built.
    AppTranslations translations;
    translations.install();

    const GuiOptions gui = parseCommandLine(app);
    // Icons are drawn on another core while the window is built (once the command line is read:
    // a refused one exits the process, which must not find them being drawn).
    auto iconsAhead = std::make_unique<IconPrerenderer>(IconProvider::windowIconRequests(app.devicePixelRatio()));
    std::unique_ptr<AppSettings> settings = gui.settingsFile.isEmpty()
        ? std::make_unique<AppSettings>()
        : std::make_unique<AppSettings>(gui.settingsFile);

    // Connection profiles share the settings file with the window's preferences, in their own
    // "Connections/" group; tokens never go there (keychain, session or their own file).
    std::unique_ptr<QSettings> profileSettings = gui.settingsFile.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(gui.settingsFile, QSettings::IniFormat);
    ProfileStore profiles(profileSettings.get());
    // The current connection's rows from the last run, decoded while the window is built: they
    // are painted at once, marked as saved, and become the server's as its first poll lands.
    SavedJobsStore savedJobs(savedJobsDirectory(gui));
    const bool savedJobsExist = settings->keepsJobsForNextStart() && savedJobs.startLoading(profiles.currentId());

    // The built-in connection: a local SpaceONE-compatible server on its own thread, so a fresh
    // machine shows live jobs without any setup. Without saved rows to paint it starts before
    // the window is built, opening its database and listener on the other core meanwhile.
    BuiltInSandbox sandbox(sandboxOptions(gui));
    if (!savedJobsExist)
        sandbox.start();
    KeychainCredentialStore keychainStore;
    SessionCredentialStore sessionStore;
    FileCredentialStore fileStore(FileCredentialStore::defaultPath());
    CredentialVault vault(&profiles, &keychainStore, &sessionStore, &fileStore);

    JobMonitorSession session;
    MainWindow window(&session, settings.get());
    QObject::connect(&window, &MainWindow::keepJobsChanged, [&savedJobs](bool keep) {
        if (!keep)
            savedJobs.removeAll();
    });
    JobDialogController dialogs(&window, &session);
    ConnectionController connections(&profiles, &vault, &session, &window);
    connectSandbox(&sandbox, &profiles, &sessionStore, &connections);
    connections.offerEnvironmentConnection(QProcessEnvironment::systemEnvironment());
    connections.refreshConnections();
    auto *firstPaint = new PaintFlushProbe(window.tableView()->viewport());
    // Asking the keychain loads its libraries: after the first paint, which needs no token.
    firstPaint->afterFirstPaint(
        &vault, [&vault] { vault.probeKeychain(); }, kAfterFirstPaintLatestMs);
    firstPaint->listen([&iconsAhead] {
        iconsAhead.reset(); // what the first paint did not take is not needed
        return true;
    });
    const std::optional<SavedJobs> saved = savedJobs.takeLoaded(profiles.currentId());
    const bool showsSavedJobs = saved && window.showSavedJobs(*saved);
    startSandboxOncePainted(&sandbox, showsSavedJobs ? firstPaint : nullptr);
    connections.connectCurrent();
    window.show();
    if (gui.reportFirstRows)
        reportFirstPaintedRows(firstPaint, &window, &session);
    if (!gui.screenshotFile.isEmpty())
        scheduleScreenshot(&window, &session, gui.screenshotFile, gui.screenshotDelayMs);

    const int rc = app.exec();
    if (settings->keepsJobsForNextStart())
        saveShownJobs(session, savedJobs);
    sandbox.stop();
    return rc;
}
