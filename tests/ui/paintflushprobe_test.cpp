// SPDX-License-Identifier: MIT
// PaintFlushProbe reports a widget's paints once they have reached its window, to each listener
// until it is done, and stops looking at events when none is left.
#include "testsupport.h"
#include "ui/paintflushprobe.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <gtest/gtest.h>

TEST(PaintFlushProbe, ReportsFlushedPaintsOfItsWidgetToEachListenerUntilDone)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *watched = new QLabel(QStringLiteral("watched"), &window);
    auto *other = new QLabel(QStringLiteral("other"), &window);
    layout->addWidget(watched);
    layout->addWidget(other);
    auto *probe = new PaintFlushProbe(watched);
    int once = 0;
    int twice = 0;
    probe->listen([&once] {
        ++once;
        return true;
    });
    probe->listen([&twice] { return ++twice == 2; });

    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitUntil([&] { return once == 1 && twice == 1; }, 10000));

    // A paint of another widget reaches the window: the watched one's listeners hear nothing.
    bool otherFlushed = false;
    (new PaintFlushProbe(other))->listen([&otherFlushed] { return otherFlushed = true; });
    other->setText(QStringLiteral("changed"));
    ASSERT_TRUE(waitUntil([&] { return otherFlushed; }, 10000));
    EXPECT_EQ(twice, 1) << "only paints of the watched widget count";

    watched->setText(QStringLiteral("changed too"));
    ASSERT_TRUE(waitUntil([&] { return twice == 2; }, 10000));
    bool flushedAgain = false;
    probe->listen([&flushedAgain] { return flushedAgain = true; });
    watched->setText(QStringLiteral("once more"));
    ASSERT_TRUE(waitUntil([&] { return flushedAgain; }, 10000));
    EXPECT_EQ(once, 1);
    EXPECT_EQ(twice, 2) << "a listener that is done hears nothing more";
}

// Work kept for after the first paint runs once, on the turn after the paint: the paint's own
// listeners first.
TEST(PaintFlushProbe, RunsWorkOnceAfterTheFirstPaint)
{
    QLabel label(QStringLiteral("watched"));
    auto *probe = new PaintFlushProbe(&label);
    QStringList order;
    probe->afterFirstPaint(
        &label, [&order] { order << QStringLiteral("work"); }, 600000);
    probe->listen([&order] {
        order << QStringLiteral("listener");
        return true;
    });
    label.show();
    ASSERT_TRUE(waitUntil([&] { return order.contains(QStringLiteral("work")); }, 10000));
    EXPECT_EQ(order, (QStringList{ QStringLiteral("listener"), QStringLiteral("work") }));
}

// A window that is not painted does not hold the work back past its latest time, and a paint
// after that does not run it again.
TEST(PaintFlushProbe, RunsWorkAtItsLatestWithoutAPaint)
{
    QLabel label(QStringLiteral("watched"));
    auto *probe = new PaintFlushProbe(&label);
    int runs = 0;
    probe->afterFirstPaint(
        &label, [&runs] { ++runs; }, 0);
    ASSERT_TRUE(waitUntil([&] { return runs == 1; }, 10000));
    bool painted = false;
    probe->listen([&painted] { return painted = true; });
    label.show();
    ASSERT_TRUE(waitUntil([&] { return painted; }, 10000));
    QCoreApplication::processEvents(); // the turn after the paint
    EXPECT_EQ(runs, 1);
}
