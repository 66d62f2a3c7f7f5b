// SPDX-License-Identifier: MIT
#include "mainwindowactions.h"

#include "iconprovider.h"

#include <QAction>
#include <QLocale>
#include <QWidget>

MainWindowActions::MainWindowActions(QWidget *window)
    : m_window(window)
{
    createTableActions();
    createViewActions();
    createApplicationActions();
}

QString MainWindowActions::withShortcut(const QString &text, const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

QAction *MainWindowActions::add(const QString &objectName, const QString &text, const QString &iconName,
                                const QKeySequence &shortcut, const QString &toolTip)
{
    auto *a = new QAction(text, m_window);
    a->setObjectName(objectName);
    if (!iconName.isEmpty()) {
        a->setProperty("iconName", iconName);
        a->setIcon(IconProvider::actionIcon(iconName, m_window->palette()));
    }
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setToolTip(withShortcut(toolTip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : toolTip, shortcut));
    a->setStatusTip(toolTip);
    m_window->addAction(a); // shortcuts work even when the menu bar is hidden
    return a;
}

QAction *MainWindowActions::action(const QString &objectName) const
{
    return m_window->findChild<QAction *>(objectName);
}

void MainWindowActions::createTableActions()
{
    QAction *details = add(QStringLiteral("actionDetails"), tr("Job &Details…"), QStringLiteral("details"),
                           QKeySequence(Qt::Key_Return), tr("Show everything about the current job"));
    details->setShortcutContext(Qt::WidgetShortcut); // Enter belongs to the table
    details->setIconText(tr("Details"));

    QAction *del = add(QStringLiteral("actionDelete"), tr("&Delete Jobs…"), QStringLiteral("delete"),
                       QKeySequence::Delete, tr("Delete the selected jobs, after confirmation"));
    del->setShortcutContext(Qt::WidgetShortcut);
    del->setIconText(tr("Delete"));

    QAction *sync
        = add(QStringLiteral("actionSyncNow"), tr("S&ync Trusted Account Now…"), QStringLiteral("sync"), QKeySequence(),
              tr("Run the collector of the selected jobs' trusted accounts again, after confirmation"));
    sync->setIconText(tr("Sync Now"));

    QAction *stuck = add(QStringLiteral("actionSelectStuck"), tr("Select All &Stuck Jobs"),
                         QStringLiteral("select-stuck"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                         tr("Select every stuck job on the server, ready to delete"));
    stuck->setIconText(tr("Select Stuck"));

    QAction *exportAction = add(QStringLiteral("actionExport"), tr("&Export Visible Rows…"), QStringLiteral("export"),
                                QKeySequence(Qt::CTRL | Qt::Key_E), tr("Save the rows shown to CSV or JSON"));
    exportAction->setIconText(tr("Export"));

    add(QStringLiteral("actionCopyError"), tr("Copy &Error Message"), QString(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Copy the whole error message of the current job"));
}

void MainWindowActions::createViewActions()
{
    QAction *refresh = add(QStringLiteral("actionRefresh"), tr("&Refresh Now"), QStringLiteral("refresh"),
                           QKeySequence(Qt::Key_F5), tr("Fetch the jobs now"));
    refresh->setIconText(tr("Refresh"));

    add(QStringLiteral("actionFullRefresh"), tr("Re&load Everything"), QStringLiteral("refresh"),
        QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("List every job again instead of only what changed"));

    QAction *pause
        = add(QStringLiteral("actionPause"), tr("&Pause Updates"), QStringLiteral("pause"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Stop polling the server; the table keeps its rows"));
    pause->setCheckable(true);
    pause->setIconText(tr("Pause"));

    add(QStringLiteral("actionClearFilters"), tr("&Clear All Filters"), QStringLiteral("clear-filter"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), tr("Show every job again"));
    add(QStringLiteral("actionFind"), tr("&Search…"), QString(), QKeySequence::Find,
        tr("Search job id, trusted account, plugin and error message"));
    add(QStringLiteral("actionFocusTable"), tr("Go to &Table"), QString(), QKeySequence(Qt::CTRL | Qt::Key_L),
        tr("Move the keyboard focus to the job table"));
    add(QStringLiteral("actionRelativeTimes"), tr("&Relative Times"), QString(), QKeySequence(Qt::CTRL | Qt::Key_T),
        tr("Show times as \"5 min ago\" instead of the local time"))
        ->setCheckable(true);
    add(QStringLiteral("actionErrorPreview"), tr("Error &Preview"), QString(), QKeySequence(Qt::Key_F3),
        tr("Show the whole error message of the current job under the table"))
        ->setCheckable(true);
    add(QStringLiteral("actionMute"), tr("&Mute Notifications"), QString(), QKeySequence(),
        tr("No desktop notification when a job fails or becomes stuck"))
        ->setCheckable(true);
    add(QStringLiteral("actionKeepJobs"), tr("&Keep Jobs for the Next Start"), QString(), QKeySequence(),
        tr("Save the jobs shown as the app quits, readable by you only, and show them at once at the next start "
           "until the server answers. Turning this off deletes the saved jobs."))
        ->setCheckable(true);
}

void MainWindowActions::createApplicationActions()
{
    QAction *connections = add(QStringLiteral("actionConnections"), tr("&Connections…"), QStringLiteral("connection"),
                               QKeySequence(Qt::CTRL | Qt::Key_K), tr("Add, edit or test SpaceONE connections"));
    connections->setIconText(tr("Connections"));
    add(QStringLiteral("actionQuit"), tr("&Quit"), QString(), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit"));
    add(QStringLiteral("actionAbout"), tr("&About SpaceONE Job Monitor"), QString(), QKeySequence(),
        tr("Version, licence and libraries"));
    add(QStringLiteral("actionAboutQt"), tr("About &Qt"), QString(), QKeySequence(), tr("About the Qt toolkit"));
}

void MainWindowActions::showPaused(bool paused)
{
    QAction *pause = action(QStringLiteral("actionPause"));
    pause->setText(paused ? tr("&Resume Updates") : tr("&Pause Updates"));
    pause->setIconText(paused ? tr("Resume") : tr("Pause"));
    pause->setProperty("iconName", paused ? QStringLiteral("resume") : QStringLiteral("pause"));
    pause->setIcon(IconProvider::actionIcon(pause->property("iconName").toString(), m_window->palette()));
    pause->setToolTip(
        withShortcut(paused ? tr("Resume polling the server") : tr("Stop polling the server"), pause->shortcut()));
}

void MainWindowActions::refreshIcons()
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *a : actions) {
        const QString iconName = a->property("iconName").toString();
        if (!iconName.isEmpty())
            a->setIcon(IconProvider::actionIcon(iconName, m_window->palette()));
    }
}

void MainWindowActions::update(const State &state)
{
    if (m_hasShown && state == m_shown)
        return;
    m_hasShown = true;
    m_shown = state;
    const bool serverSet = state.serverSetSize >= 0;
    QAction *del = action(QStringLiteral("actionDelete"));
    del->setEnabled(state.hasSelection && state.deleteBlockedReason.isEmpty());
    const QString deleteTip = serverSet ? tr("Delete the %1 jobs selected on the server, after confirmation")
                                              .arg(QLocale().toString(state.serverSetSize))
                                        : tr("Delete the selected jobs, after confirmation");
    del->setToolTip(state.deleteBlockedReason.isEmpty() ? withShortcut(deleteTip, del->shortcut())
                                                        : state.deleteBlockedReason);
    action(QStringLiteral("actionDetails"))->setEnabled(state.hasCurrentJob);
    QAction *sync = action(QStringLiteral("actionSyncNow"));
    sync->setVisible(state.syncAvailable);
    // A set selected on the server may span any number of accounts; sync works on table rows.
    sync->setEnabled(state.syncAvailable && !serverSet && state.hasSelection);
    action(QStringLiteral("actionCopyError"))->setEnabled(state.hasErrorMessage);
    action(QStringLiteral("actionRefresh"))->setEnabled(state.canAsk);
    action(QStringLiteral("actionFullRefresh"))->setEnabled(state.canAsk);
    action(QStringLiteral("actionExport"))->setEnabled(state.hasRows);
    action(QStringLiteral("actionSelectStuck"))->setEnabled(state.canSelectStuck);
}
