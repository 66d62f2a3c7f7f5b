// SPDX-License-Identifier: MIT
// The table's scroll bar: a poll that adds a few rows to thousands moves nothing on it, so it
// paints nothing; a range or value that moves the handle, or reaches an end, paints.
#include "eventcounter.h"
#include "ui/steadyscrollbar.h"

#include <QApplication>
#include <QTest>

#include <gtest/gtest.h>

namespace {
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}
} // namespace

TEST(SteadyScrollBar, PaintsOnlyWhatLooksDifferent)
{
    SteadyScrollBar bar(Qt::Vertical);
    bar.resize(16, 600);
    bar.setRange(0, 250000);
    bar.setPageStep(600);
    bar.setValue(1000);
    bar.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&bar));
    settle();
    EventCounter paints(QEvent::Paint);
    bar.installEventFilter(&paints);

    bar.setMaximum(bar.maximum() + 20 * 28); // twenty rows more, far below one pixel of handle
    settle();
    EXPECT_EQ(paints.count, 0);
    bar.setValue(bar.value() + 28); // a row down: the handle stays on its pixel
    settle();
    EXPECT_EQ(paints.count, 0);

    bar.setMaximum(bar.maximum() / 4); // the handle grows
    settle();
    EXPECT_EQ(paints.count, 1);
    bar.setValue(bar.maximum() / 2); // the handle moves
    settle();
    EXPECT_EQ(paints.count, 2);
    bar.setValue(bar.minimum()); // the top: the handle moves, and the end is reached
    settle();
    EXPECT_EQ(paints.count, 3);
    bar.setMaximum(0); // nothing to scroll
    settle();
    EXPECT_EQ(paints.count, 4);
}
