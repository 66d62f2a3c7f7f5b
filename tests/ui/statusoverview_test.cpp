// SPDX-License-Identifier: MIT
// The status strip above the table: counts that change on every poll repaint their own buttons
// and move nothing; a count that needs more room gets it.
#include "eventcounter.h"
#include "ui/statusoverview.h"

#include <QApplication>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace {
QHash<JobStatus, qint64> counts(qint64 failures)
{
    return { { JobStatus::Pending, 3 },
             { JobStatus::InProgress, 9 },
             { JobStatus::Success, 314 },
             { JobStatus::Failure, failures },
             { JobStatus::Canceled, 16 } };
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}
} // namespace

TEST(StatusOverview, CountsChangingByADigitMoveNoButton)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *overview = new StatusOverview(&window);
    layout->addWidget(overview);
    overview->setCounts(counts(61), 403);
    overview->setStuckCount(5);
    window.resize(900, 80);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    settle();
    QToolButton *failure = overview->buttonFor(JobStatus::Failure);
    QToolButton *canceled = overview->buttonFor(JobStatus::Canceled);
    const QRect failurePlace = failure->geometry();
    const QRect canceledPlace = canceled->geometry();
    EventCounter layoutRequests(QEvent::LayoutRequest);
    window.installEventFilter(&layoutRequests);
    overview->installEventFilter(&layoutRequests);

    overview->setCounts(counts(62), 404);
    overview->setStuckCount(6);
    settle();
    EXPECT_EQ(layoutRequests.count, 0) << "the window was laid out again for a new count";
    EXPECT_EQ(failure->geometry(), failurePlace);
    EXPECT_EQ(canceled->geometry(), canceledPlace);
    EXPECT_TRUE(failure->text().endsWith(QStringLiteral("62")));

    // Two more digits: the button grows to show them, and the ones after it make room.
    overview->setCounts(counts(61234), 61575);
    settle();
    EXPECT_GE(failure->width(), failure->sizeHint().width());
    EXPECT_GT(failure->width(), failurePlace.width());
    EXPECT_GE(canceled->x(), failure->geometry().right());
    // Back to a short count: the room is given back.
    overview->setCounts(counts(1), 341);
    settle();
    EXPECT_LE(failure->width(), failurePlace.width());
    EXPECT_GE(failure->width(), failure->sizeHint().width());
}
