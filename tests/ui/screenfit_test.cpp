// SPDX-License-Identifier: MIT
// The window on the screens of screens.json (offscreen): it opens at a size that fits the screen
// it opens on, and is usable at 960x600 and on half of a 1920x1080 display.
#include "jobfactory.h"
#include "testsupport.h"

#include "api/jobapiclient.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "ui/appsettings.h"
#include "ui/deletejobsdialog.h"
#include "ui/errorpreviewpane.h"
#include "ui/filterbar.h"
#include "ui/jobtableview.h"
#include "ui/mainwindow.h"
#include "ui/statusoverview.h"

#include <QCursor>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

namespace {

QScreen *screenNamed(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

// The visible widgets directly inside `container`'s layout rows, in window coordinates.
QList<QWidget *> visibleLeaves(QWidget *container)
{
    QList<QWidget *> leaves;
    for (QWidget *w : container->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow())
            continue;
        // Only widgets without visible child widgets of their own: labels, boxes, buttons.
        bool hasVisibleChild = false;
        for (QObject *child : w->children()) {
            auto *cw = qobject_cast<QWidget *>(child);
            hasVisibleChild = hasVisibleChild || (cw && cw->isVisible() && !cw->isWindow());
        }
        if (!hasVisibleChild)
            leaves.append(w);
    }
    return leaves;
}

class ScreenFitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(QGuiApplication::screens().size(), 4)
            << "run with QT_QPA_PLATFORM=offscreen:configfile=tests/ui/screens.json";
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    }

    std::unique_ptr<MainWindow> openOn(QScreen *screen)
    {
        // The window opens where the pointer is, as window managers place new windows.
        QCursor::setPos(screen->geometry().center());
        auto window = std::make_unique<MainWindow>(&session, settings.get());
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    // Nothing in the filter bar or the status chips overlaps, and nothing is squeezed below
    // the size it needs to be read.
    static void expectNoOverlap(QWidget *container, const char *what)
    {
        const QList<QWidget *> leaves = visibleLeaves(container);
        ASSERT_FALSE(leaves.isEmpty()) << what;
        for (QWidget *w : leaves) {
            const QRect r(w->mapTo(container, QPoint(0, 0)), w->size());
            EXPECT_GE(w->width(), w->minimumSizeHint().width())
                << what << ": " << w->metaObject()->className() << " " << w->objectName().toStdString() << " is "
                << w->width() << " px wide, needs " << w->minimumSizeHint().width();
            EXPECT_TRUE(container->rect().contains(r))
                << what << ": " << w->objectName().toStdString() << " sticks out";
            for (QWidget *other : leaves) {
                if (other == w || w->isAncestorOf(other) || other->isAncestorOf(w))
                    continue;
                const QRect o(other->mapTo(container, QPoint(0, 0)), other->size());
                EXPECT_FALSE(r.intersects(o))
                    << what << ": " << w->metaObject()->className() << " " << w->objectName().toStdString()
                    << " overlaps " << other->metaObject()->className() << " " << other->objectName().toStdString();
            }
        }
    }

    void expectUsableAt(MainWindow *window, const QSize &size)
    {
        SCOPED_TRACE(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()).toStdString());
        window->resize(size);
        QCoreApplication::processEvents();
        EXPECT_LE(window->minimumSizeHint().width(), size.width());
        EXPECT_LE(window->minimumSizeHint().height(), size.height());
        EXPECT_EQ(window->size(), size) << "the window refused the size; it is at " << window->width() << "x"
                                        << window->height();
        expectNoOverlap(window->filterBar(), "filter bar");
        expectNoOverlap(window->statusOverview(), "status chips");
        // The table keeps room for rows, and the error column for its text.
        JobTableView *table = window->tableView();
        EXPECT_GE(table->viewport()->height(), 5 * table->verticalHeader()->defaultSectionSize());
        const int error = table->columnWidth(JobTableModel::ErrorColumn);
        EXPECT_GE(error, table->viewport()->width() / 4) << "error column " << error << " px";
        EXPECT_LE(table->horizontalHeader()->length(), table->viewport()->width())
            << "the columns need a horizontal scroll bar";
    }

    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    JobMonitorSession session;
};
} // namespace

TEST_F(ScreenFitTest, TheFirstSizeFitsTheScreenItOpensOn)
{
    for (const QString &name : { QStringLiteral("laptop"), QStringLiteral("small"), QStringLiteral("half-fullhd"),
                                 QStringLiteral("fullhd") }) {
        SCOPED_TRACE(name.toStdString());
        QScreen *screen = screenNamed(name);
        ASSERT_NE(screen, nullptr);
        std::unique_ptr<MainWindow> window = openOn(screen);
        const QRect available = screen->availableGeometry();
        EXPECT_TRUE(available.contains(window->frameGeometry()))
            << "frame " << window->frameGeometry().width() << "x" << window->frameGeometry().height() << " at "
            << window->frameGeometry().x() << "," << window->frameGeometry().y();
        // Roomy where there is room.
        if (available.width() >= 1600) {
            EXPECT_GE(window->width(), 1200);
        }
    }
}

TEST_F(ScreenFitTest, UsableAt960x600AndOnHalfAFullHdScreen)
{
    std::unique_ptr<MainWindow> window = openOn(screenNamed(QStringLiteral("small")));
    expectUsableAt(window.get(), QSize(960, 600));
    expectUsableAt(window.get(), QSize(960, 1080));
    // Wide again, the filter bar takes one row.
    expectUsableAt(window.get(), QSize(1900, 1000));
    EXPECT_FALSE(window->filterBar()->isWrapped());
}

TEST_F(ScreenFitTest, ColumnsGiveWayToTheErrorMessageOnANarrowWindow)
{
    std::unique_ptr<MainWindow> window = openOn(screenNamed(QStringLiteral("fullhd")));
    JobTableView *table = window->tableView();
    window->resize(1900, 1000);
    QCoreApplication::processEvents();
    const int pluginWide = table->columnWidth(JobTableModel::PluginColumn);
    const int errorWide = table->columnWidth(JobTableModel::ErrorColumn);
    window->resize(960, 700);
    QCoreApplication::processEvents();
    EXPECT_LT(table->columnWidth(JobTableModel::PluginColumn), pluginWide);
    EXPECT_LT(table->columnWidth(JobTableModel::ErrorColumn), errorWide);
    EXPECT_GE(table->columnWidth(JobTableModel::ErrorColumn), table->viewport()->width() / 4);
    // Wide again, the columns get their width back.
    window->resize(1900, 1000);
    QCoreApplication::processEvents();
    EXPECT_EQ(table->columnWidth(JobTableModel::PluginColumn), pluginWide);
    EXPECT_EQ(table->columnWidth(JobTableModel::ErrorColumn), errorWide);
}

TEST_F(ScreenFitTest, ABigDeleteDialogFitsASmallScreen)
{
    QScreen *screen = screenNamed(QStringLiteral("small"));
    std::unique_ptr<MainWindow> window = openOn(screen);
    QList<Job> jobs;
    for (int n = 1; n <= 2000; ++n)
        jobs.append(jobfactory::make(n, n % 4 == 0 ? JobStatus::InProgress : JobStatus::Failure));
    JobApiClient client;
    auto *dialog = new DeleteJobsDialog(jobs, {}, &client, window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<DeleteJobsDialog> owner(dialog);
    dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_LE(dialog->frameGeometry().width(), screen->availableGeometry().width());
    EXPECT_LE(dialog->frameGeometry().height(), screen->availableGeometry().height());
    EXPECT_TRUE(dialog->typedConfirmation()->isVisible());
}
