// SPDX-License-Identifier: MIT
// The empty-state overlay is laid out and shown with its viewport: a state set and cleared while
// the window is still hidden (at start, before the saved rows arrive) costs no layout.
#include "ui/emptystateoverlay.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

TEST(EmptyStateOverlay, IsLaidOutOnlyOnceItsViewportShows)
{
    QWidget viewport;
    viewport.resize(400, 300);
    auto *overlay = new EmptyStateOverlay(&viewport);
    overlay->showState(QStringLiteral("Not connected"), QStringLiteral("Choose a connection."),
                       QStringLiteral("Open Connections…"));
    EXPECT_FALSE(overlay->isVisible());
    EXPECT_FALSE(overlay->testAttribute(Qt::WA_WState_Polished));

    viewport.show();
    EXPECT_TRUE(overlay->isVisible());
    EXPECT_EQ(overlay->title(), QStringLiteral("Not connected"));
    EXPECT_EQ(overlay->geometry(), viewport.rect());
    auto *action = overlay->findChild<QPushButton *>();
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isVisible());
}

TEST(EmptyStateOverlay, AStateClearedBeforeTheViewportShowsIsNeverShown)
{
    QWidget viewport;
    viewport.resize(400, 300);
    auto *overlay = new EmptyStateOverlay(&viewport);
    overlay->showState(QStringLiteral("Loading jobs…"), QStringLiteral("Fetching the job list."));
    overlay->hide();
    viewport.show();
    EXPECT_FALSE(overlay->isVisible());
    EXPECT_TRUE(overlay->title().isEmpty());
}

TEST(EmptyStateOverlay, OverAShownViewportShowsAtOnceAndAgainAfterTheWindowReturns)
{
    QWidget viewport;
    viewport.resize(400, 300);
    viewport.show();
    auto *overlay = new EmptyStateOverlay(&viewport);
    overlay->showState(QStringLiteral("No jobs"), QStringLiteral("Nothing matches."));
    EXPECT_TRUE(overlay->isVisible());
    EXPECT_EQ(overlay->title(), QStringLiteral("No jobs"));

    viewport.hide();
    overlay->showState(QStringLiteral("Not connected"), QStringLiteral("Choose a connection."));
    viewport.show();
    EXPECT_TRUE(overlay->isVisible());
    EXPECT_EQ(overlay->title(), QStringLiteral("Not connected"));
}
