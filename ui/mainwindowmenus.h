// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class MainWindowActions;
class QActionGroup;
class QMenu;
class QMenuBar;
class QWidget;

// The main window's menu bar and the table's context menu. The View menu's choices (update
// interval, how often to reload everything, how many jobs to load) are offered as checkable
// groups and announced as the user picks them; the window applies them.
class MainWindowMenus final : public QObject
{
    Q_OBJECT
public:
    struct Choices
    {
        int intervalMs = 0;
        int fullRefreshMinutes = 0;
        int windowSize = 0;
    };

    MainWindowMenus(QMenuBar *bar, const MainWindowActions &actions, const Choices &current, QObject *parent = nullptr);

    // Right-click on the table offers the job actions.
    static void addContextActions(QWidget *table, const MainWindowActions &actions);
    // Checks the interval shown elsewhere (the tool bar's box, a connection's own interval).
    void showInterval(int ms);

Q_SIGNALS:
    void intervalChosen(int ms);
    void fullRefreshChosen(int minutes);
    void windowSizeChosen(int rows);

private:
    void createIntervalMenu(QMenu *view, int current);
    void createFullRefreshMenu(QMenu *view, int current);
    void createWindowSizeMenu(QMenu *view, int current);

    QActionGroup *m_intervals = nullptr;
};
