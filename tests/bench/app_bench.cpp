// SPDX-License-Identifier: MIT
// sjm_app_bench: what the running app's GUI thread pays for one poll and for one keystroke in the
// search box, measured in the app's own object graph: a JobMonitorSession polling a sandbox over
// real HTTP and a MainWindow (table, status bar, filters) shown on the offscreen platform. For a
// poll it counts everything the GUI thread's event loop runs from the timer firing until the
// event queue is empty again (network replies, merging, model and proxy signals, the view and
// status bar updates, painting), and beside it the CPU time of every other thread of the client
// (HTTP and decoding); the sandbox's own thread is left out. Times are thread CPU times, so the
// neighbours on a shared machine do not count.
//
// Scenarios per size (10,000 and 100,000 jobs loaded), 1% and 10% of the loaded jobs changing on
// the server between polls: 80% of them change state, 20% are new jobs. "1% with deletions"
// adds scattered deletions by another client, which only a sweep can find (the worst case).
// The baseline of each row, measured in the same run, is an idle poll (nothing changed). Beside
// them, one repaint of the table in view against a stock QTableView showing the same texts at the
// same size: the part of a poll that changes every row in view which any Qt table would pay.
//
// --rss=N: instead, load N jobs from a sandbox running as a separate process and print the
// process's resident memory before and after, so the sandbox's memory is not counted.
#include "api/jobapiclient.h"
#include "api/jobtime.h"
#include "manualtimersource.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "net/qtnetworkbackend.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"
#include "threadcpu.h"
#include "ui/appsettings.h"
#include "ui/appstyle.h"
#include "ui/filterbar.h"
#include "ui/jobtableview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPaintEvent>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <sys/syscall.h>
#include <unistd.h>

namespace {

// CPU time (ns) of every thread of this process but the GUI thread and the sandbox's.
double workerCpuMs()
{
    const QString mainTid = QString::number(getpid());
    double total = 0;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tasks) {
        if (tid == mainTid)
            continue;
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "sandbox")
            continue;
        QFile stat(QStringLiteral("/proc/self/task/%1/schedstat").arg(tid));
        if (stat.open(QIODevice::ReadOnly))
            total += stat.readAll().split(' ').value(0).toDouble() / 1e6;
    }
    return total;
}

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void drainEvents()
{
    // Until nothing is left: deferred deletes, queued signals, layouts and paints.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Diagnostics for one poll, off by default: SJM_BENCH_PAINTS=1 prints the table's paints and
// painted area per poll; with SJM_BENCH_PAINTS_ALL=1 every widget's paint counts, each printed
// with the GUI thread's CPU clock, and SJM_BENCH_EVENTS=1 adds every other event the same way,
// so the gaps between lines say where a poll's time went.
struct PaintCounter : QObject
{
    int paints = 0;
    qint64 area = 0;
    double ms = 0;
    double started = 0;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (qEnvironmentVariableIsSet("SJM_BENCH_EVENTS") && e->type() != QEvent::Paint)
            std::printf("        %.3f ev %d %s %s\n", threadCpuMs(), int(e->type()), o->metaObject()->className(),
                        qPrintable(o->objectName()));
        if (e->type() == QEvent::Paint) {
            ++paints;
            const QRect r = static_cast<QPaintEvent *>(e)->rect();
            area += qint64(r.width()) * r.height();
            if (qEnvironmentVariableIsSet("SJM_BENCH_PAINTS_ALL"))
                std::printf("      %.3f %s %s %dx%d\n", threadCpuMs(), o->metaObject()->className(),
                            qPrintable(o->objectName()), r.width(), r.height());
        }
        return false;
    }
};
PaintCounter *g_paints = nullptr;

struct App
{
    QTemporaryDir dir;
    // The client's clock, moved one poll interval per poll as the sandbox's is: what the poller
    // decides by time (the stuck count's horizon, the full refresh) sees the time a monitor
    // polling every 10 s would see. Its poll timer never fires by itself.
    ManualTimerSource timers;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<JobMonitorSession> session;
    std::unique_ptr<MainWindow> window;

    void open(const QUrl &url, const QString &token, int maxJobs)
    {
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        session = std::make_unique<JobMonitorSession>();
        window = std::make_unique<MainWindow>(session.get(), settings.get());
        window->resize(1400, 900);
        // SJM_BENCH_HIDDEN: no window on screen, to tell painting apart from the rest.
        if (!qEnvironmentVariableIsSet("SJM_BENCH_HIDDEN"))
            window->show();
        Poller *poller = session->poller();
        poller->setMaxJobs(maxJobs);
        session->client()->setTimerSource(&timers);
        poller->setInterval(Poller::kDefaultIntervalMs);
        poller->setFullRefreshInterval(24 * 3600 * 1000);
        ApiEndpoint endpoint;
        endpoint.baseUrl = url;
        endpoint.token = token;
        endpoint.timeoutMs = 300000;
        session->setEndpoint(endpoint, QStringLiteral("bench"));
        // The live duration tick is not part of a poll; it is measured on its own.
        session->model()->setLiveUpdateInterval(0);
        if (!QTest::qWaitFor([&] { return session->hasData() && !poller->isPolling(); }, 600000))
            qFatal("the first listing did not arrive");
        drainEvents();
        g_paints = new PaintCounter;
        if (qEnvironmentVariableIsSet("SJM_BENCH_PAINTS_ALL"))
            qApp->installEventFilter(g_paints);
        else
            window->tableView()->viewport()->installEventFilter(g_paints);
    }
};

struct PollCost
{
    double gui = 0;
    double workers = 0;
    int requests = 0;
};

PollCost pollOnce(App &app)
{
    Poller *poller = app.session->poller();
    bool done = false;
    const auto c = QObject::connect(poller, &Poller::jobsUpdated, poller, [&done] { done = true; });
    // The workers' clock first: reading it walks /proc, which is not the poll's cost.
    const double workers0 = workerCpuMs();
    const double gui0 = threadCpuMs();
    if (qEnvironmentVariableIsSet("SJM_BENCH_PAINTS_ALL"))
        std::printf("    %.3f poll\n", gui0);
    poller->refreshNow();
    while (!done || poller->isPolling())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    drainEvents();
    PollCost cost{ threadCpuMs() - gui0, workerCpuMs() - workers0, poller->state().lastTraffic.requests };
    if (g_paints && qEnvironmentVariableIsSet("SJM_BENCH_PAINTS")) {
        std::printf("    %.3f paints %d area %lld\n", threadCpuMs(), g_paints->paints,
                    static_cast<long long>(g_paints->area));
        g_paints->paints = 0;
        g_paints->area = 0;
    }
    QObject::disconnect(c);
    return cost;
}

struct Server
{
    sandbox::SandboxServer sandbox;
    std::mt19937 rng{ 7 };
    qint64 offsetMs = 0;
    int serial = 0;
};

QString randomLoadedId(App &app, std::mt19937 &rng)
{
    const JobSet &jobs = *app.session->model()->jobSet();
    const int row = std::uniform_int_distribution<int>(0, jobs.size() - 1)(rng);
    return jobs.job(jobs.slotAt(row)).jobId;
}

// Changes `count` loaded jobs on the server: 80% a state change, 20% new jobs; optionally also
// deletes `deletions` jobs directly, as another client would.
void mutate(Server &server, App &app, int count, int deletions)
{
    const QString now = JobTime::toWire(QDateTime::currentMSecsSinceEpoch() + server.offsetMs);
    static const char *const kStates[] = { "SUCCESS", "FAILURE", "CANCELED", "IN_PROGRESS" };
    QList<QJsonObject> changed;
    const int fresh = count / 5;
    QSet<QString> picked;
    while (int(changed.size()) < count - fresh) {
        const QString id = randomLoadedId(app, server.rng);
        if (picked.contains(id))
            continue;
        picked.insert(id);
        QJsonObject job = app.session->model()->jobSet()->find(id)->toJson();
        const char *state = kStates[changed.size() % 4];
        job.insert(QStringLiteral("status"), QLatin1String(state));
        job.insert(QStringLiteral("updated_at"), now);
        if (qstrcmp(state, "IN_PROGRESS") == 0)
            job.remove(QStringLiteral("finished_at"));
        else
            job.insert(QStringLiteral("finished_at"), now);
        changed.append(job);
    }
    for (int i = 0; i < fresh; ++i) {
        QJsonObject job = app.session->model()->jobSet()->find(randomLoadedId(app, server.rng))->toJson();
        job.insert(QStringLiteral("job_id"), QStringLiteral("job-b%1").arg(++server.serial, 11, 16, QLatin1Char('0')));
        job.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
        job.insert(QStringLiteral("created_at"), now);
        job.insert(QStringLiteral("updated_at"), now);
        job.remove(QStringLiteral("finished_at"));
        job.remove(QStringLiteral("error_message"));
        changed.append(job);
    }
    QString error;
    if (!server.sandbox.insertJobs(changed, &error))
        qFatal("insertJobs: %s", qPrintable(error));
    for (int i = 0; i < deletions; ++i)
        server.sandbox.deleteJobDirect(randomLoadedId(app, server.rng));
}

// CPU ms of one synchronous repaint of `viewport`, median of `times`.
double repaintMs(QWidget *viewport, int times = 15)
{
    std::vector<double> spent;
    for (int i = 0; i < times; ++i) {
        const double t0 = threadCpuMs();
        viewport->repaint();
        spent.push_back(threadCpuMs() - t0);
    }
    std::sort(spent.begin(), spent.end());
    return spent[spent.size() / 2];
}

// What a poll that changes the rows in view cannot avoid: repainting them. The app's table, and
// a stock QTableView over a QStandardItemModel holding the same texts at the same size: the
// floor a Qt table pays for the same picture.
struct RepaintCost
{
    double app = 0;
    double plain = 0;
};

RepaintCost measureRepaint(App &app)
{
    JobTableView *table = app.window->tableView();
    QAbstractItemModel *shown = table->model();
    const int rows = std::min(shown->rowCount(), 200);
    QStandardItemModel plainModel(rows, shown->columnCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < shown->columnCount(); ++column)
            plainModel.setItem(row, column, new QStandardItem(shown->index(row, column).data().toString()));
    }
    QTableView plain;
    plain.setModel(&plainModel);
    plain.setAlternatingRowColors(true); // as the app's rows alternate
    plain.setWordWrap(false);
    plain.verticalHeader()->hide();
    for (int column = 0; column < shown->columnCount(); ++column)
        plain.setColumnWidth(column, table->columnWidth(column));
    plain.resize(table->size());
    plain.show();
    drainEvents();
    return { repaintMs(table->viewport()), repaintMs(plain.viewport()) };
}

struct Row
{
    std::string scenario;
    int nominal = 0; // the size asked for; the set grows as jobs are added
    int size = 0;
    int changes = 0;
    std::vector<double> gui;
    std::vector<double> workers;
    std::vector<double> requests;
    double median(std::vector<double> v) const
    {
        std::sort(v.begin(), v.end());
        return v.empty() ? -1 : v[v.size() / 2];
    }
};

QByteArray g_only; // --only=SCENARIO: run just that one and nothing else (for profiling)
int g_nominal = 0; // the size being measured

Row runScenario(Server &server, App &app, const char *name, double share, bool deletions, int polls)
{
    Row row;
    if (!g_only.isEmpty() && g_only != name)
        return row;
    row.scenario = name;
    row.size = app.session->model()->rowCount();
    row.nominal = g_nominal;
    row.changes = int(row.size * share);
    for (int i = 0; i < polls; ++i) {
        server.offsetMs += Poller::kDefaultIntervalMs;
        server.sandbox.setClockOffset(server.offsetMs);
        app.timers.setNow(app.timers.nowMs() + Poller::kDefaultIntervalMs);
        if (row.changes > 0)
            mutate(server, app, row.changes, deletions ? row.changes / 5 : 0);
        const PollCost cost = pollOnce(app);
        row.gui.push_back(cost.gui);
        row.workers.push_back(cost.workers);
        row.requests.push_back(cost.requests);
    }
    std::printf("  %-22s %7d jobs %6d changes: GUI %8.2f ms (median of %d), workers %8.2f ms, %.0f requests, kind %s\n",
                name, row.size, row.changes, row.median(row.gui), polls, row.median(row.workers),
                row.median(row.requests), qPrintable(PollState::kindName(app.session->poller()->state().lastKind)));
    std::fflush(stdout);
    return row;
}

struct KeystrokeCost
{
    double worst = 0;
    double mean = 0;
};

// Types `text` into the search box key by key (or deletes it key by key), waiting out the
// debounce each time; returns the GUI thread's CPU per keystroke, typing and filtering included.
KeystrokeCost type(App &app, const QString &text, bool deleting)
{
    QLineEdit *edit = app.window->filterBar()->searchEdit();
    KeystrokeCost cost;
    int keys = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QString expected = deleting ? text.left(text.size() - i - 1) : text.left(i + 1);
        const double gui0 = threadCpuMs();
        if (deleting)
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClick(edit, text.at(i).toLatin1());
        while (app.session->filter().text != expected)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        drainEvents();
        const double spent = threadCpuMs() - gui0;
        cost.worst = std::max(cost.worst, spent);
        cost.mean += spent;
        ++keys;
    }
    cost.mean /= std::max(1, keys);
    return cost;
}

int rssMode(int jobs)
{
    // The sandbox runs as its own process here, so only the client's memory is counted.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("jobs.sqlite"));
    const QString tokens = dir.filePath(QStringLiteral("tokens.json"));
    QProcess sandbox;
    sandbox.start(QStringLiteral(SJM_SANDBOX_PATH),
                  { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--jobs"),
                    QString::number(jobs), QStringLiteral("--no-simulation"), QStringLiteral("--quiet"),
                    QStringLiteral("--tokens-out"), tokens });
    QByteArray firstLine;
    while (!firstLine.contains('\n') && sandbox.waitForReadyRead(600000))
        firstLine += sandbox.readAllStandardOutput();
    const qsizetype at = firstLine.indexOf("http://");
    const QUrl url(QString::fromUtf8(firstLine.mid(at).split('\n').value(0).split(' ').value(0).trimmed()));
    QFile tokenFile(tokens);
    tokenFile.open(QIODevice::ReadOnly);
    const QJsonArray entries = QJsonDocument::fromJson(tokenFile.readAll()).object().value(u"tokens").toArray();
    QString token;
    for (const QJsonValue &e : entries) {
        if (e.toObject().value(u"role").toString() == u"DOMAIN_ADMIN")
            token = e.toObject().value(u"token").toString();
    }
    App app;
    const qint64 before = statusKb("VmRSS:");
    app.open(url, token, jobs * 2);
    const qint64 after = statusKb("VmRSS:");
    std::printf("RSS with %d jobs loaded: %.1f MB (empty window: %.1f MB; peak %.1f MB; %d rows)\n", jobs,
                after / 1024.0, before / 1024.0, statusKb("VmHWM:") / 1024.0, app.session->model()->rowCount());
    sandbox.terminate();
    sandbox.waitForFinished();
    return after / 1024.0 <= 120.0 || jobs != 100000 ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QtNetworkBackend::installLinked(); // the network code is linked in, not loaded
    // The style the app runs with, whose icons and cell drawing the app's paints go through.
    QApplication::setStyle(new AppStyle(QApplication::style()));
    std::vector<int> sizes{ 10000, 100000 };
    int polls = 7;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--rss="))
            return rssMode(arg.mid(6).toInt());
        if (arg.startsWith("--sizes=")) {
            sizes.clear();
            for (const QByteArray &n : arg.mid(8).split(','))
                sizes.push_back(n.toInt());
        }
        if (arg.startsWith("--polls="))
            polls = arg.mid(8).toInt();
        if (arg.startsWith("--only="))
            g_only = arg.mid(7);
    }

    std::vector<Row> rows;
    std::map<int, std::map<std::string, KeystrokeCost>> typing;
    std::map<int, double> sortMs;
    std::map<int, double> tickMs;
    std::map<int, RepaintCost> repaint;
    for (int size : sizes) {
        g_nominal = size;
        Server server;
        QTemporaryDir dir;
        sandbox::SandboxOptions options;
        options.initialJobs = size;
        options.simulate = false;
        options.seed = 2024;
        options.databasePath = dir.filePath(QStringLiteral("jobs.sqlite"));
        QString error;
        if (!server.sandbox.start(options, &error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return 1;
        }
        App app;
        QElapsedTimer loading;
        loading.start();
        app.open(server.sandbox.baseUrl(), server.sandbox.defaultToken(), size * 2);
        std::printf("%d jobs loaded in %lld ms\n", app.session->model()->rowCount(),
                    static_cast<long long>(loading.elapsed()));
        pollOnce(app); // the first delta poll takes its baseline of the wider counts

        rows.push_back(runScenario(server, app, "idle", 0, false, polls));
        rows.push_back(runScenario(server, app, "1% changed", 0.01, false, polls));
        rows.push_back(runScenario(server, app, "10% changed", 0.10, false, std::max(3, polls / 2)));
        rows.push_back(runScenario(server, app, "1% with deletions", 0.01, true, std::max(3, polls / 2)));

        if (!g_only.isEmpty()) {
            // One scenario for a profiler: nothing else runs in the same process.
            app.window.reset();
            app.session.reset();
            server.sandbox.stop();
            continue;
        }
        repaint[size] = measureRepaint(app);

        // The live tick: once a second, durations of active rows and stuck flips.
        JobTableModel *model = app.session->model();
        const double tick0 = threadCpuMs();
        for (int i = 1; i <= 10; ++i) {
            model->tick(model->nowMs() + 1000);
            drainEvents();
        }
        tickMs[size] = (threadCpuMs() - tick0) / 10;

        // Keystrokes, with a selection and a current row that must survive them.
        JobTableView *table = app.window->tableView();
        QString pickedId;
        app.session->model()->jobSet()->forEach([&pickedId](int, const Job &job) {
            if (pickedId.isEmpty() && job.errorMessage.contains(QLatin1String("AADSTS7000215")))
                pickedId = job.jobId;
        });
        table->selectJobIds({ pickedId });
        const QString currentId = table->currentJobId();
        typing[size]["narrow"] = type(app, QStringLiteral("AADSTS7000215"), false);
        typing[size]["clearing"] = type(app, QStringLiteral("AADSTS7000215"), true);
        typing[size]["broad"] = type(app, QStringLiteral("a"), false);
        type(app, QStringLiteral("a"), true);
        if (table->currentJobId() != currentId)
            std::printf("  note: the current row changed across typing (%s -> %s)\n", qPrintable(currentId),
                        qPrintable(table->currentJobId()));
        else
            std::printf("  the current row and selection survived typing and clearing: %s\n", qPrintable(currentId));

        // A click on a header: sort every row by another column.
        double worstSort = 0;
        for (int column : { int(JobTableModel::ErrorColumn), int(JobTableModel::TrustedAccountColumn),
                            int(JobTableModel::CreatedColumn) }) {
            const double sort0 = threadCpuMs();
            table->sortByColumn(column, Qt::AscendingOrder);
            drainEvents();
            worstSort = std::max(worstSort, threadCpuMs() - sort0);
        }
        sortMs[size] = worstSort;
        app.window.reset();
        app.session.reset();
        server.sandbox.stop();
    }

    std::printf("\nGUI thread per poll, whole app (CPU ms, median), against an idle poll of the same run:\n\n");
    std::printf("| jobs | scenario | changed jobs | GUI thread | x idle | workers | target |\n");
    std::printf("|---:|---|---:|---:|---:|---:|---|\n");
    // "met" only for targets that were measured: every targeted row at both sizes.
    int pollTargetsMeasured = 0;
    bool pollOk = true;
    for (const Row &row : rows) {
        if (row.gui.empty())
            continue;
        double idle = -1;
        for (const Row &r : rows) {
            if (r.nominal == row.nominal && r.scenario == "idle")
                idle = r.median(r.gui);
        }
        const double gui = row.median(row.gui);
        std::string target = "-";
        if (row.scenario == "idle") {
            target = gui <= 0.5 ? "<= 0.5 ms: met" : "<= 0.5 ms: NOT met";
            pollOk = pollOk && gui <= 0.5;
            ++pollTargetsMeasured;
        } else if (row.scenario == "1% changed") {
            const double goal = row.nominal <= 10000 ? 4.0 : 15.0;
            char buffer[64];
            std::snprintf(buffer, sizeof buffer, "<= %.0f ms: %s", goal, gui <= goal ? "met" : "NOT met");
            target = buffer;
            pollOk = pollOk && gui <= goal;
            ++pollTargetsMeasured;
        }
        std::printf("| %d | %s | %d | %.2f | %.1fx | %.2f | %s |\n", row.size, row.scenario.c_str(), row.changes, gui,
                    idle > 0 ? gui / idle : 0.0, row.median(row.workers), target.c_str());
    }
    if (!g_only.isEmpty())
        return 0;
    std::printf("\nOne repaint of the table in view (CPU ms, median), against a stock QTableView with the same "
                "texts and size:\n\n");
    std::printf("| jobs | app's table | stock QTableView | ratio |\n|---:|---:|---:|---:|\n");
    for (int size : sizes) {
        const RepaintCost &r = repaint[size];
        std::printf("| %d | %.2f | %.2f | %.2fx |\n", size, r.app, r.plain, r.plain > 0 ? r.app / r.plain : 0.0);
    }
    std::printf("\nKeystrokes in the search box and header clicks, whole app (CPU ms):\n\n");
    std::printf("| jobs | narrow, worst key | broad 'a' | clearing, worst key | sort, worst column | live tick |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|\n");
    bool typingOk = false;
    for (int size : sizes) {
        auto &t = typing[size];
        std::printf("| %d | %.2f | %.2f | %.2f | %.2f | %.2f |\n", size, t["narrow"].worst, t["broad"].worst,
                    t["clearing"].worst, sortMs[size], tickMs[size]);
        if (size == 100000)
            typingOk
                = t["narrow"].worst <= 30 && t["broad"].worst <= 30 && t["clearing"].worst <= 30 && sortMs[size] < 100;
    }
    pollOk = pollOk && pollTargetsMeasured == 4;
    std::printf("\nTargets: per-poll GUI time %s; keystrokes <= 30 ms and sorting < 100 ms at 100,000 rows %s\n",
                pollOk                         ? "met"
                    : pollTargetsMeasured == 4 ? "NOT met"
                                               : "not measured (run both sizes)",
                typingOk                   ? "met"
                    : sortMs.count(100000) ? "NOT met"
                                           : "not measured (run 100,000)");
    return 0;
}
