// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

// The main window's actions: the text, icon, shortcut and tooltip of each, made once and
// found by object name, so that the menus, the tool bar and the table's context menu offer
// the same action. What an action does is wired by the window.
class MainWindowActions
{
    // The texts are the window's: translators see them under MainWindow.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    // What decides which actions are available, read off the window and its session.
    struct State
    {
        bool hasSelection = false;
        int serverSetSize = -1; // a selection made on the server stands: its size
        QString deleteBlockedReason;
        bool hasCurrentJob = false;
        bool syncAvailable = true;
        bool hasErrorMessage = false;
        bool canAsk = false;
        bool hasRows = false;
        bool canSelectStuck = false;
        friend bool operator==(const State &a, const State &b)
        {
            return a.hasSelection == b.hasSelection && a.serverSetSize == b.serverSetSize
                && a.deleteBlockedReason == b.deleteBlockedReason && a.hasCurrentJob == b.hasCurrentJob
                && a.syncAvailable == b.syncAvailable && a.hasErrorMessage == b.hasErrorMessage && a.canAsk == b.canAsk
                && a.hasRows == b.hasRows && a.canSelectStuck == b.canSelectStuck;
        }
    };

    explicit MainWindowActions(QWidget *window);

    QAction *action(const QString &objectName) const;
    // The pause action names what it would do next: Resume while paused.
    void showPaused(bool paused);
    void update(const State &state);
    // Redraws the icons in the palette's colours, after a switch between light and dark.
    void refreshIcons();

    // A tooltip with the shortcut that does the same, as "Refresh now (F5)".
    static QString withShortcut(const QString &text, const QKeySequence &shortcut);

private:
    QAction *add(const QString &objectName, const QString &text, const QString &iconName, const QKeySequence &shortcut,
                 const QString &toolTip);
    void createTableActions();
    void createViewActions();
    void createApplicationActions();

    QWidget *m_window;
    // Every poll and selection change asks; most ask with what is already shown.
    State m_shown;
    bool m_hasShown = false;
};
