// SPDX-License-Identifier: MIT
// Status bar fields that change every poll and every second: a count changing by a digit repaints
// that field alone and moves nothing; a longer text still shows whole, a much shorter one gives
// its room back.
#include "eventcounter.h"
#include "ui/steadywidthlabel.h"

#include <QApplication>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

namespace {
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}
} // namespace

TEST(SteadyWidthLabel, ACountChangingByADigitRepaintsOnlyItself)
{
    QStatusBar bar;
    auto *counts = new SteadyWidthLabel(&bar);
    auto *traffic = new SteadyWidthLabel(&bar);
    bar.addPermanentWidget(counts);
    bar.addPermanentWidget(traffic);
    counts->setText(QStringLiteral("10,000 jobs"));
    traffic->setText(QStringLiteral("9 requests · 12 kB"));
    bar.resize(800, bar.sizeHint().height());
    bar.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&bar));
    settle();
    const QRect countsPlace = counts->geometry();
    const QRect trafficPlace = traffic->geometry();
    EventCounter neighbour(QEvent::Paint);
    traffic->installEventFilter(&neighbour);
    EventCounter self(QEvent::Paint);
    counts->installEventFilter(&self);

    counts->setText(QStringLiteral("10,020 jobs"));
    settle();
    EXPECT_EQ(self.count, 1);
    EXPECT_EQ(neighbour.count, 0) << "the whole bar was laid out and repainted";
    EXPECT_EQ(counts->geometry(), countsPlace);
    EXPECT_EQ(traffic->geometry(), trafficPlace);
    counts->setText(QStringLiteral("10,02 jobs")); // a digit fewer: the field holds its width
    settle();
    EXPECT_EQ(counts->geometry(), countsPlace);

    // Longer: the field grows at once, so the text shows whole.
    counts->setText(QStringLiteral("Showing 10,020 of 1,250,000 matching jobs"));
    settle();
    EXPECT_GE(counts->width(), counts->fontMetrics().horizontalAdvance(counts->text()));
    EXPECT_GT(counts->width(), countsPlace.width());
    const int wide = counts->width();
    // A digit more, once it has grown: it moves nothing again.
    counts->setText(QStringLiteral("Showing 10,020 of 11,250,000 matching jobs"));
    settle();
    EXPECT_EQ(counts->width(), wide);
    EXPECT_GE(counts->width(), counts->fontMetrics().horizontalAdvance(counts->text()));
    // Much shorter: the room is given back.
    counts->setText(QStringLiteral("3 jobs"));
    settle();
    EXPECT_LT(counts->width(), wide / 2);
    EXPECT_GE(counts->width(), counts->fontMetrics().horizontalAdvance(counts->text()));

    // A bigger font makes it as big as its text needs.
    QFont big = counts->font();
    big.setPointSize(big.pointSize() * 2);
    counts->setFont(big);
    settle();
    EXPECT_GE(counts->width(), QFontMetrics(big).horizontalAdvance(counts->text()));
    EXPECT_GE(counts->height(), QFontMetrics(big).height());
}
