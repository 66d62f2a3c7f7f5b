// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>

class AppSettings;
class JobTableView;
class QMainWindow;
class QSplitter;

// Where the main window was, its size and bars, the table's columns and the split between the
// table and the error preview: kept across runs, so the user finds the window as they left it.
class WindowLayoutSettings
{
public:
    // The size the window first opens at on a screen with this much room.
    static QSize initialSize(const QSize &available);
    // Restores the saved layout, or fits a first window to the screen it opens on; from then
    // on the table's columns are saved as the user changes them.
    static void restore(QMainWindow *window, JobTableView *table, QSplitter *splitter, AppSettings *settings);
    static void save(QMainWindow *window, JobTableView *table, QSplitter *splitter, AppSettings *settings);
};
