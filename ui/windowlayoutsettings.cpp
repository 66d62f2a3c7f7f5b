// SPDX-License-Identifier: MIT
#include "windowlayoutsettings.h"

#include "appsettings.h"
#include "jobtableview.h"

#include <QCursor>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTimer>

QSize WindowLayoutSettings::initialSize(const QSize &available)
{
    // Roomy where there is room; never more than the screen minus a margin for panels and
    // the window frame.
    const QSize wanted(1280, 800);
    return wanted.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
}

void WindowLayoutSettings::restore(QMainWindow *window, JobTableView *table, QSplitter *splitter, AppSettings *settings)
{
    // Header state is written after a pause, not on every pixel of a column resize.
    auto *headerSaveTimer = new QTimer(table);
    headerSaveTimer->setSingleShot(true);
    headerSaveTimer->setInterval(500);
    QObject::connect(headerSaveTimer, &QTimer::timeout, table,
                     [table, settings] { settings->setHeaderState(table->horizontalHeader()->saveState()); });
    QObject::connect(table, &JobTableView::headerStateChanged, headerSaveTimer, qOverload<>(&QTimer::start));

    QScreen *screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!window->restoreGeometry(settings->windowGeometry()) && screen) {
        // The first time, a size that fits the screen the window opens on, centred on it.
        const QRect available = screen->availableGeometry();
        const QSize size = initialSize(available.size());
        window->setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    window->restoreState(settings->windowState());
    table->restoreHeaderState(settings->headerState());
    // Without a saved split, the pane's size hint (a few lines) decides and the table gets the rest.
    splitter->restoreState(settings->splitterState());
}

void WindowLayoutSettings::save(QMainWindow *window, JobTableView *table, QSplitter *splitter, AppSettings *settings)
{
    settings->setWindowGeometry(window->saveGeometry());
    settings->setWindowState(window->saveState());
    settings->setHeaderState(table->horizontalHeader()->saveState());
    settings->setSplitterState(splitter->saveState());
    settings->sync();
}
