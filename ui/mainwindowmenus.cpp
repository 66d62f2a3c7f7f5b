// SPDX-License-Identifier: MIT
#include "mainwindowmenus.h"

#include "maintoolbar.h"
#include "mainwindowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>

namespace {
constexpr int kFullRefreshMinutes[] = { 2, 5, 10, 30, 60 };
constexpr int kWindowSizes[] = { 1000, 5000, 10000, 25000, 50000, 100000 };

void addActions(QWidget *widget, const MainWindowActions &actions, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (*name)
            widget->addAction(actions.action(QLatin1String(name)));
        else if (auto *menu = qobject_cast<QMenu *>(widget))
            menu->addSeparator();
    }
}
} // namespace

MainWindowMenus::MainWindowMenus(QMenuBar *bar, const MainWindowActions &actions, const Choices &current,
                                 QObject *parent)
    : QObject(parent)
{
    QMenu *file = bar->addMenu(tr("&File"));
    addActions(file, actions, { "actionExport", "", "actionQuit" });

    QMenu *view = bar->addMenu(tr("&View"));
    addActions(view, actions, { "actionRefresh", "actionFullRefresh", "actionPause" });
    createIntervalMenu(view, current.intervalMs);
    createFullRefreshMenu(view, current.fullRefreshMinutes);
    createWindowSizeMenu(view, current.windowSize);
    addActions(view, actions,
               { "", "actionFind", "actionFocusTable", "actionClearFilters", "actionRelativeTimes",
                 "actionErrorPreview", "", "actionMute", "actionKeepJobs" });

    QMenu *jobs = bar->addMenu(tr("&Jobs"));
    addActions(jobs, actions,
               { "actionDetails", "actionCopyError", "actionDelete", "actionSyncNow", "", "actionSelectStuck" });

    QMenu *connection = bar->addMenu(tr("&Connection"));
    addActions(connection, actions, { "actionConnections" });

    QMenu *help = bar->addMenu(tr("&Help"));
    addActions(help, actions, { "actionAbout", "actionAboutQt" });
}

void MainWindowMenus::addContextActions(QWidget *table, const MainWindowActions &actions)
{
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addActions(
        table, actions,
        { "actionDetails", "actionCopyError", "actionDelete", "actionSyncNow", "actionSelectStuck", "actionExport" });
}

void MainWindowMenus::createIntervalMenu(QMenu *view, int current)
{
    QMenu *interval = view->addMenu(tr("Update &Interval"));
    m_intervals = new QActionGroup(this);
    for (int ms : MainToolBar::standardIntervals()) {
        QAction *a = interval->addAction(MainToolBar::intervalLabel(ms));
        a->setCheckable(true);
        a->setData(ms);
        a->setChecked(ms == current);
        m_intervals->addAction(a);
        connect(a, &QAction::triggered, this, [this, ms] { Q_EMIT intervalChosen(ms); });
    }
}

void MainWindowMenus::showInterval(int ms)
{
    for (QAction *a : m_intervals->actions())
        a->setChecked(a->data().toInt() == ms);
}

void MainWindowMenus::createFullRefreshMenu(QMenu *view, int current)
{
    QMenu *full = view->addMenu(tr("Reload &Everything Every"));
    full->setObjectName(QStringLiteral("fullRefreshMenu"));
    auto *group = new QActionGroup(this);
    for (int minutes : kFullRefreshMinutes) {
        QAction *a = full->addAction(tr("%n minute(s)", nullptr, minutes));
        a->setCheckable(true);
        a->setData(minutes);
        a->setChecked(minutes == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] { Q_EMIT fullRefreshChosen(minutes); });
    }
}

void MainWindowMenus::createWindowSizeMenu(QMenu *view, int current)
{
    QMenu *window = view->addMenu(tr("&Window Size"));
    window->setObjectName(QStringLiteral("windowSizeMenu"));
    window->setToolTipsVisible(true);
    auto *group = new QActionGroup(this);
    QList<int> sizes(std::begin(kWindowSizes), std::end(kWindowSizes));
    if (!sizes.contains(current)) {
        // A size set in the settings file is offered as it is.
        sizes.append(current);
        std::sort(sizes.begin(), sizes.end());
    }
    for (int rows : std::as_const(sizes)) {
        QAction *a = window->addAction(tr("%1 jobs").arg(QLocale().toString(rows)));
        a->setCheckable(true);
        a->setData(rows);
        a->setChecked(rows == current);
        a->setToolTip(tr("Load every job while at most %1 match; beyond that, load the first %1 in the table's order "
                         "and more as the table is scrolled")
                          .arg(QLocale().toString(rows)));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, rows] { Q_EMIT windowSizeChosen(rows); });
    }
}
