// SPDX-License-Identifier: MIT
// The job table under the user's eyes: rows arriving or leaving above the ones in view do not
// move them (unless the view is at the top), a button counts the new rows above, Tab leaves.
#include "eventcounter.h"
#include "jobfactory.h"
#include "testsupport.h"

#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "ui/jobitemdelegate.h"
#include "ui/jobtableview.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace {
using jobfactory::idFor;

class JobTableViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        proxy.setSourceModel(&model);
        // Created in focus order: before, table, after.
        auto *layout = new QVBoxLayout(&window);
        before = new QLineEdit(&window);
        view = new JobTableView(&window);
        layout->addWidget(before);
        layout->addWidget(view);
        after = new QLineEdit(&window);
        layout->addWidget(after);
        view->setModel(&proxy);
        model.applySnapshot(jobfactory::range(1, 200));
        view->sortByColumn(JobTableModel::CreatedColumn, Qt::DescendingOrder); // newest (highest n) on top
        window.resize(900, 420);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    int rowOf(const QString &id) const
    {
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (proxy.index(row, 0).data(JobTableModel::JobIdRole).toString() == id)
                return row;
        }
        return -1;
    }
    QString topId() const { return proxy.index(view->rowAt(0), 0).data(JobTableModel::JobIdRole).toString(); }
    int offsetOf(const QString &id) const { return view->rowViewportPosition(rowOf(id)); }

    // Scrolls so that a row sits partly cut at the top: the anchor must hold to the pixel.
    void scrollToMiddle()
    {
        view->verticalScrollBar()->setValue(view->verticalHeader()->defaultSectionSize() * 60 + 7);
        QCoreApplication::processEvents();
        ASSERT_GT(view->verticalScrollBar()->value(), 0);
    }

    QWidget window;
    QLineEdit *before = nullptr;
    QLineEdit *after = nullptr;
    JobTableModel model;
    JobFilterProxyModel proxy;
    JobTableView *view = nullptr;
};
} // namespace

TEST_F(JobTableViewTest, RowsArrivingAboveLeaveTheRowsInViewWhereTheyAre)
{
    scrollToMiddle();
    const QString top = topId();
    const int offset = offsetOf(top);
    const QString third = proxy.index(view->rowAt(0) + 3, 0).data(JobTableModel::JobIdRole).toString();
    const int thirdOffset = offsetOf(third);

    model.applySnapshot(jobfactory::range(1, 203)); // three newer jobs sort to the top
    QCoreApplication::processEvents();

    EXPECT_EQ(topId(), top);
    EXPECT_EQ(offsetOf(top), offset);
    EXPECT_EQ(offsetOf(third), thirdOffset);
    EXPECT_EQ(view->newRowsAbove(), 3);
    ASSERT_TRUE(view->newRowsButton()->isVisible());
    EXPECT_TRUE(view->newRowsButton()->text().contains(QStringLiteral("3 new job")))
        << view->newRowsButton()->text().toStdString();
    // Whole, at the top of the rows, however the view scrolls meanwhile (scrolling the viewport
    // would carry the button away with the rows).
    const auto buttonPlace = [this] { return view->newRowsButton()->geometry(); };
    const QRect placed = buttonPlace();
    EXPECT_TRUE(view->viewport()->rect().contains(placed)) << placed.y();
    EXPECT_LT(placed.top(), view->verticalHeader()->defaultSectionSize());

    // More arrive: the count adds up, the view still holds.
    model.applySnapshot(jobfactory::range(1, 205));
    QCoreApplication::processEvents();
    EXPECT_EQ(offsetOf(top), offset);
    EXPECT_EQ(view->newRowsAbove(), 5);
    EXPECT_EQ(buttonPlace().top(), placed.top());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 45);
    QCoreApplication::processEvents();
    EXPECT_EQ(buttonPlace().top(), placed.top()) << "the button scrolled away with the rows";

    // The button leads up to them and goes away.
    QTest::mouseClick(view->newRowsButton(), Qt::LeftButton);
    EXPECT_EQ(view->verticalScrollBar()->value(), 0);
    EXPECT_EQ(topId(), idFor(205));
    EXPECT_EQ(view->newRowsAbove(), 0);
    EXPECT_FALSE(view->newRowsButton()->isVisible());
}

TEST_F(JobTableViewTest, AtTheTopNewRowsShowAtTheTop)
{
    ASSERT_EQ(view->verticalScrollBar()->value(), 0);
    model.applySnapshot(jobfactory::range(1, 203));
    QCoreApplication::processEvents();
    EXPECT_EQ(view->verticalScrollBar()->value(), 0);
    EXPECT_EQ(topId(), idFor(203));
    EXPECT_EQ(view->newRowsAbove(), 0);
    EXPECT_FALSE(view->newRowsButton()->isVisible());
}

TEST_F(JobTableViewTest, RowsLeavingAboveLeaveTheRowsInViewWhereTheyAre)
{
    scrollToMiddle();
    const QString top = topId();
    const int offset = offsetOf(top);
    model.removeJobs({ idFor(200), idFor(199), idFor(190) }); // all above the view
    QCoreApplication::processEvents();
    EXPECT_EQ(topId(), top);
    EXPECT_EQ(offsetOf(top), offset);
    EXPECT_EQ(view->newRowsAbove(), 0) << "leaving rows are not news";

    // The top row itself leaves: the next one in view holds the place.
    const QString next = proxy.index(view->rowAt(0) + 1, 0).data(JobTableModel::JobIdRole).toString();
    const int nextOffset = offsetOf(next);
    model.removeJobs({ top });
    QCoreApplication::processEvents();
    EXPECT_EQ(offsetOf(next), nextOffset);
}

TEST_F(JobTableViewTest, ScrollingToTheTopClearsTheCount)
{
    scrollToMiddle();
    model.applySnapshot(jobfactory::range(1, 202));
    QCoreApplication::processEvents();
    ASSERT_EQ(view->newRowsAbove(), 2);
    view->verticalScrollBar()->setValue(0);
    EXPECT_EQ(view->newRowsAbove(), 0);
    EXPECT_FALSE(view->newRowsButton()->isVisible());
}

// The anchoring listens to the rows the view's model announces, whatever feeds that model.
TEST_F(JobTableViewTest, TheAnchorHoldsForAnyModel)
{
    QStandardItemModel plain(300, 3);
    for (int row = 0; row < 300; ++row)
        plain.setItem(row, 0, new QStandardItem(QStringLiteral("row %1").arg(row)));
    view->setModel(&plain);
    QCoreApplication::processEvents();
    scrollToMiddle();
    const int topRow = view->rowAt(0);
    const QString top = plain.index(topRow, 0).data().toString();
    const int offset = view->rowViewportPosition(topRow);
    plain.insertRows(0, 4);
    QCoreApplication::processEvents();
    EXPECT_EQ(plain.index(view->rowAt(0), 0).data().toString(), top);
    EXPECT_EQ(view->rowViewportPosition(view->rowAt(0)), offset);
    EXPECT_EQ(view->newRowsAbove(), 4);
    plain.removeRows(0, 2);
    QCoreApplication::processEvents();
    EXPECT_EQ(plain.index(view->rowAt(0), 0).data().toString(), top);
    EXPECT_EQ(view->rowViewportPosition(view->rowAt(0)), offset);
    EXPECT_EQ(view->newRowsAbove(), 4) << "rows above the view left, but more than four remain up there";
    view->setModel(&proxy);
}

// Tab moves on to the next control and Shift+Tab back (Qt's table keeps Tab for itself);
// arrows and Ctrl+Tab move inside the table.
TEST_F(JobTableViewTest, TabLeavesTheTable)
{
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(proxy.index(2, JobTableModel::JobIdColumn));
    ASSERT_EQ(QApplication::focusWidget(), view);

    QTest::keyClick(view, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), after) << QApplication::focusWidget()->metaObject()->className() << " "
                                                  << QApplication::focusWidget()->objectName().toStdString();
    EXPECT_EQ(view->currentIndex(), proxy.index(2, JobTableModel::JobIdColumn)) << "Tab did not move the cell";

    view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), before);

    view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(view->currentIndex().row(), 3);
    const int column = view->currentIndex().column();
    QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), view);
    EXPECT_EQ(view->currentIndex().row(), 3);
    EXPECT_NE(view->currentIndex().column(), column);
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(view->currentIndex().column(), column);
}

TEST_F(JobTableViewTest, TheErrorAndNamesAreCutAtTheirEndAndIdsInTheMiddle)
{
    ASSERT_NE(qobject_cast<JobItemDelegate *>(view->itemDelegate()), nullptr);
    EXPECT_EQ(view->textElideMode(), Qt::ElideMiddle);
    EXPECT_EQ(JobItemDelegate::elideModeFor(JobTableModel::ErrorColumn, Qt::ElideMiddle), Qt::ElideRight);
    EXPECT_EQ(JobItemDelegate::elideModeFor(JobTableModel::JobIdColumn, Qt::ElideMiddle), Qt::ElideMiddle);
    EXPECT_EQ(JobItemDelegate::elideModeFor(JobTableModel::PluginColumn, Qt::ElideMiddle), Qt::ElideRight);
    EXPECT_EQ(JobItemDelegate::elideModeFor(JobTableModel::DomainColumn, Qt::ElideMiddle), Qt::ElideMiddle);
}

// Rows moved by the model itself (a layout change: a re-sort the view did not ask for) keep the
// row in view where it was.
TEST_F(JobTableViewTest, ALayoutChangeKeepsTheRowInView)
{
    QStandardItemModel plain(300, 3);
    for (int row = 0; row < 300; ++row)
        plain.setItem(row, 0, new QStandardItem(QStringLiteral("row %1").arg(row, 3, 10, QLatin1Char('0'))));
    view->setModel(&plain);
    QCoreApplication::processEvents();
    scrollToMiddle();
    const int topRow = view->rowAt(0);
    const QString top = plain.index(topRow, 0).data().toString();
    const int offset = view->rowViewportPosition(topRow);
    plain.sort(0, Qt::DescendingOrder); // the model reorders itself
    QCoreApplication::processEvents();
    EXPECT_EQ(plain.index(view->rowAt(0), 0).data().toString(), top);
    EXPECT_EQ(view->rowViewportPosition(view->rowAt(0)), offset);
    EXPECT_EQ(view->newRowsAbove(), 0);
    view->setModel(&proxy);
}

// A job whose sort key changes moves in the sorted table (a layout change, not rows coming or
// going): the rows in view stay where they are, unless the user chose another sort.
TEST_F(JobTableViewTest, RowsMovingAboveLeaveTheRowsInViewWhereTheyAre)
{
    // Sorted by status, pending first: a pending job above the view finishes and moves down.
    std::vector<Job> jobs;
    for (int n = 1; n <= 200; ++n)
        jobs.push_back(jobfactory::make(n, n <= 40 ? JobStatus::Pending : JobStatus::Success));
    model.applySnapshot(jobs);
    view->sortByColumn(JobTableModel::StatusColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    scrollToMiddle();
    const QString top = topId();
    const int offset = offsetOf(top);
    const int topRowBefore = view->rowAt(0);
    ASSERT_GT(topRowBefore, 45) << "the view shows finished jobs";

    for (int n = 1; n <= 3; ++n)
        jobs[size_t(n - 1)] = jobfactory::make(n, JobStatus::Success);
    model.applySnapshot(jobs);
    QCoreApplication::processEvents();
    EXPECT_EQ(topId(), top);
    EXPECT_EQ(offsetOf(top), offset);

    // The user's own sort moves what is shown, as always.
    view->sortByColumn(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    EXPECT_NE(topId(), top) << "a new sort is not anchored to the old top row";
}

// New jobs at the top and some finished, with the view at the top: the table is laid out before
// it is painted, so a poll costs one paint of the viewport, not one for the rows and one more for
// the new scroll range.
TEST_F(JobTableViewTest, APollThatAddsRowsIsPaintedOnce)
{
    QCoreApplication::processEvents();
    EventCounter counter(QEvent::Paint);
    view->viewport()->installEventFilter(&counter);
    const int range = view->verticalScrollBar()->maximum();
    // From the event loop, as a poll's reply arrives.
    std::vector<Job> polled = jobfactory::range(1, 220);
    for (int n = 1; n <= 200; n += 10)
        polled[size_t(n - 1)] = jobfactory::make(n, JobStatus::Failure); // some finish
    QMetaObject::invokeMethod(
        &model, [this, &polled] { model.applySnapshot(polled); }, Qt::QueuedConnection);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    EXPECT_GT(view->verticalScrollBar()->maximum(), range);
    EXPECT_EQ(topId(), idFor(220));
    EXPECT_EQ(counter.count, 1);
}

// A poll moves and adds rows; the columns stay as they were, and so does their header. What does
// change the header still shows: the sort indicator, and the columns of another model.
TEST_F(JobTableViewTest, APollLeavesTheColumnHeaderAsItWas)
{
    QCoreApplication::processEvents();
    EventCounter headerPaints(QEvent::Paint);
    QHeaderView *header = view->horizontalHeader();
    header->viewport()->installEventFilter(&headerPaints);
    EventCounter rowPaints(QEvent::Paint);
    view->viewport()->installEventFilter(&rowPaints);
    // More changes than the proxy signals row by row: one layout change, as a busy poll makes.
    std::vector<Job> polled = jobfactory::range(1, 300);
    for (int n = 1; n <= 200; n += 7)
        polled[size_t(n - 1)] = jobfactory::make(n, JobStatus::Failure);
    QMetaObject::invokeMethod(
        &model, [this, &polled] { model.applySnapshot(polled); }, Qt::QueuedConnection);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    ASSERT_EQ(topId(), idFor(300));
    EXPECT_EQ(rowPaints.count, 1);
    EXPECT_EQ(headerPaints.count, 0);

    view->sortByColumn(JobTableModel::StatusColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    EXPECT_GE(headerPaints.count, 1);
    EXPECT_EQ(header->sortIndicatorSection(), int(JobTableModel::StatusColumn));

    QStandardItemModel other(4, 3);
    other.setHorizontalHeaderLabels({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    view->setModel(&other);
    QCoreApplication::processEvents();
    EXPECT_EQ(header->count(), 3);
    other.insertColumn(1);
    EXPECT_EQ(header->count(), 4);
    other.setColumnCount(2);
    EXPECT_EQ(header->count(), 2);
    EXPECT_EQ(header->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("a"));
    // The header's size follows its titles and its font, though it is not measured every poll.
    const int oneLine = header->sizeHint().height();
    other.setHeaderData(0, Qt::Horizontal, QStringLiteral("two\nlines"));
    EXPECT_GT(header->sizeHint().height(), oneLine);
    const int twoLines = header->sizeHint().height();
    QFont big = header->font();
    big.setPointSize(big.pointSize() * 2);
    header->setFont(big);
    EXPECT_GT(header->sizeHint().height(), twoLines);
    view->setModel(&proxy);
    QCoreApplication::processEvents();
    EXPECT_EQ(header->count(), int(JobTableModel::ColumnCount));
    EXPECT_GT(header->sectionSize(JobTableModel::StatusColumn), 0);
}
