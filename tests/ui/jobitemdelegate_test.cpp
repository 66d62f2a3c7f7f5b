// SPDX-License-Identifier: MIT
// The job table's delegate draws texts from a cache of laid-out texts; these tests hold it to
// the pixels the style's own text drawing gives, and the cache to its bound.
#include "model/jobtablemodel.h"
#include "ui/appstyle.h"
#include "ui/jobitemdelegate.h"
#include "ui/jobtableview.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>

#include <gtest/gtest.h>

#include <memory>

namespace {
// What the table drew before the cache: the style lays out and draws every text itself.
class StyleTextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = JobItemDelegate::elideModeFor(index.column(), option->textElideMode);
    }
};

// A round, antialiased icon: its edge blends with what is under it.
QIcon statusLikeIcon(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    painter.end();
    return QIcon(pixmap);
}

void fill(QStandardItemModel *model)
{
    const QStringList texts = {
        QStringLiteral("job-7d9f9416e9b0"),
        QStringLiteral("plugin-aws-cloud-service-inven-collector-0123456789abcdef"),
        QStringLiteral("SUCCESS"),
        QStringLiteral("Données de l'équipe · データ基盤"),
        QStringLiteral("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the "
                       "request is the client secret value, not the client secret ID"),
        QStringLiteral("2d 4h"),
        QString(),
        QStringLiteral("two\nlines"),
    };
    model->setColumnCount(JobTableModel::ErrorColumn + 1);
    model->setRowCount(12);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            auto *item = new QStandardItem(texts[(row + column) % texts.size()]);
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row == 3)
                item->setForeground(QColor(200, 40, 40));
            if (row == 5) {
                QFont bold = QApplication::font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (row == 7)
                item->setBackground(QColor(255, 240, 200));
            // An icon beside the text, as the status column has.
            if (column == 1 && row % 3 != 2)
                item->setIcon(statusLikeIcon(row % 2 == 0 ? QColor(40, 160, 60) : QColor(200, 40, 40)));
            model->setItem(row, column, item);
        }
    }
}

QImage render(QAbstractItemDelegate *delegate, QStandardItemModel *model, Qt::LayoutDirection direction, QStyle *style)
{
    QTableView view;
    view.setStyle(style);
    view.setLayoutDirection(direction);
    // As the job table: one line per row, rows selected whole, alternating colours.
    view.setTextElideMode(Qt::ElideMiddle);
    view.setWordWrap(false);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAlternatingRowColors(true);
    view.setItemDelegate(delegate);
    view.setModel(model);
    view.resize(900, 400);
    view.horizontalHeader()->setDefaultSectionSize(90);
    view.selectionModel()->select(model->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.setCurrentIndex(model->index(4, 2));
    view.show();
    view.activateWindow();
    view.setFocus();
    QCoreApplication::processEvents();
    return view.viewport()->grab().toImage();
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    }
    return differing;
}
} // namespace

TEST(JobItemDelegate, DrawsTheSamePixelsAsTheStyle)
{
    // Fusion, whose plain cells the delegate draws without the style, the app's style over
    // Fusion (so, the same), and one it always asks.
    for (const char *styleName : { "fusion", "app", "windows" }) {
        std::unique_ptr<QStyle> style(qstrcmp(styleName, "app") == 0
                                          ? new AppStyle(QStyleFactory::create(QStringLiteral("fusion")))
                                          : QStyleFactory::create(QLatin1String(styleName)));
        ASSERT_TRUE(style) << styleName;
        for (const Qt::LayoutDirection direction : { Qt::LeftToRight, Qt::RightToLeft }) {
            QStandardItemModel model;
            fill(&model);
            StyleTextDelegate reference;
            JobItemDelegate cached;
            const QImage expected = render(&reference, &model, direction, style.get());
            const QImage first = render(&cached, &model, direction, style.get());
            const QImage again = render(&cached, &model, direction, style.get()); // now from the cache
            EXPECT_GT(cached.textCache().size(), 0);
            // Under Fusion plain cells are drawn from pictures of them, and those too must match.
            EXPECT_EQ(cached.textCache().pictureBytes() > 0, qstrcmp(styleName, "windows") != 0) << styleName;
            EXPECT_EQ(differingPixels(expected, first), 0) << styleName << " direction " << int(direction);
            EXPECT_EQ(differingPixels(expected, again), 0) << styleName << " direction " << int(direction);
        }
    }
}

// The table's first paint draws its cells directly, as the window appears; pictures of them are
// made from the next turn of the event loop on, for the repaints they pay off in.
TEST(JobItemDelegate, TakesPicturesFromTheRepaintsAfterTheFirstPaint)
{
    std::unique_ptr<QStyle> style(QStyleFactory::create(QStringLiteral("fusion")));
    QStandardItemModel model;
    fill(&model);
    QTableView view;
    view.setStyle(style.get());
    JobItemDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(0, 0, 120, 24);
    option.showDecorationSelected = true;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.textElideMode = Qt::ElideMiddle;
    QImage image(120, 24, QImage::Format_RGB32);
    const auto paintCell = [&] {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 1));
    };
    paintCell();
    paintCell();
    EXPECT_GT(delegate.textCache().size(), 0);
    EXPECT_EQ(delegate.textCache().pictureBytes(), 0);
    QCoreApplication::processEvents();
    paintCell();
    EXPECT_GT(delegate.textCache().pictureBytes(), 0);
}

TEST(JobItemDelegate, LeavesPlainCellsToItselfUnderFusionAndTheAppsStyleOverIt)
{
    JobItemDelegate delegate;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
    std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("windows")));
    AppStyle overFusion(QStyleFactory::create(QStringLiteral("fusion")));
    AppStyle overWindows(QStyleFactory::create(QStringLiteral("windows")));
    EXPECT_TRUE(delegate.drawsBarePlainCells(fusion.get()));
    EXPECT_TRUE(delegate.drawsBarePlainCells(&overFusion));
    EXPECT_FALSE(delegate.drawsBarePlainCells(windows.get()));
    EXPECT_FALSE(delegate.drawsBarePlainCells(&overWindows));
}

TEST(CellTextCache, ElidesToTheWidthAndStaysWithinItsBound)
{
    CellTextCache cache(8);
    const QFont font = QApplication::font();
    const QString id = QStringLiteral("plugin-aws-cloud-service-inven-collector");
    const QString whole = cache.text(id, font, 10000, Qt::ElideMiddle, Qt::LeftToRight).laidOut.text();
    EXPECT_EQ(whole, id);
    const QString cut = cache.text(id, font, 80, Qt::ElideMiddle, Qt::LeftToRight).laidOut.text();
    EXPECT_TRUE(cut.contains(QChar(0x2026))) << qPrintable(cut);
    EXPECT_TRUE(cut.startsWith(QStringLiteral("plu"))) << qPrintable(cut);
    const QString end = cache.text(id, font, 80, Qt::ElideRight, Qt::LeftToRight).laidOut.text();
    EXPECT_TRUE(end.endsWith(QChar(0x2026))) << qPrintable(end);
    EXPECT_EQ(cache.size(), 3);

    for (int i = 0; i < 100; ++i) {
        cache.text(QString::number(i), font, 100, Qt::ElideMiddle, Qt::LeftToRight);
        EXPECT_LE(cache.size(), cache.capacity());
    }
    // What was dropped is laid out again on demand, the same.
    EXPECT_EQ(cache.text(id, font, 80, Qt::ElideMiddle, Qt::LeftToRight).laidOut.text(), cut);
}

// A picture per cell look: the same text on rows of two colours keeps both, a third look takes
// the older one's place, and all pictures together stay within their budget.
TEST(CellTextCache, KeepsPicturesOfCellsWithinItsBudget)
{
    CellTextCache cache(64);
    const QFont font = QApplication::font();
    CellTextCache::CellText &cell
        = cache.text(QStringLiteral("Mergers & Acquisitions"), font, 150, Qt::ElideRight, Qt::LeftToRight);
    CellTextCache::Look white{ QSize(160, 22), QPoint(4, 3), qRgb(0, 0, 0), qRgb(255, 255, 255), 1 };
    CellTextCache::Look grey = white;
    grey.background = qRgb(245, 245, 245);
    auto drawText = [&cell, &font](QPainter &painter) {
        painter.setFont(font);
        painter.drawStaticText(QPoint(4, 3), cell.laidOut);
    };
    const QImage onWhite = cache.picture(cell, white, drawText);
    EXPECT_EQ(onWhite.size(), QSize(160, 22));
    EXPECT_EQ(onWhite.pixel(159, 21), qRgb(255, 255, 255));
    const qint64 oneCell = cache.pictureBytes();
    EXPECT_GT(oneCell, 0);
    const QImage onGrey = cache.picture(cell, grey, drawText);
    EXPECT_EQ(onGrey.pixel(0, 0), qRgb(245, 245, 245));
    EXPECT_EQ(cache.pictureBytes(), 2 * oneCell);
    // Both kept: asking again draws nothing new.
    EXPECT_EQ(cache.picture(cell, white, drawText).cacheKey(), onWhite.cacheKey());
    EXPECT_EQ(cache.picture(cell, grey, drawText).cacheKey(), onGrey.cacheKey());
    // Text was drawn: some pixel differs from the background.
    bool inked = false;
    for (int x = 0; x < onWhite.width() && !inked; ++x) {
        for (int y = 0; y < onWhite.height() && !inked; ++y)
            inked = onWhite.pixel(x, y) != qRgb(255, 255, 255);
    }
    EXPECT_TRUE(inked);

    // Wide cells, many texts: the pictures never hold more than the budget.
    const CellTextCache::Look wide{ QSize(1000, 200), QPoint(4, 3), qRgb(0, 0, 0), qRgb(255, 255, 255), 2 };
    for (int i = 0; i < 40; ++i) {
        CellTextCache::CellText &other = cache.text(QString::number(i), font, 990, Qt::ElideRight, Qt::LeftToRight);
        EXPECT_EQ(cache.picture(other, wide, [](QPainter &) {}).size(), QSize(2000, 400));
        EXPECT_LE(cache.pictureBytes(), CellTextCache::kPictureBudget);
    }
}

namespace {
QImage grabShown(QAbstractItemView *view, QStandardItemModel *model)
{
    view->selectionModel()->select(model->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setCurrentIndex(model->index(4, 2));
    view->show();
    view->activateWindow();
    view->setFocus();
    QCoreApplication::processEvents();
    // Twice, and the same: the second time, the cells come from their pictures.
    const QImage first = view->viewport()->grab().toImage();
    const QImage image = view->viewport()->grab().toImage();
    EXPECT_EQ(differingPixels(first, image), 0);
    view->hide();
    return image;
}
} // namespace

// The job table paints each pixel once: its cells paint their rows' backgrounds and the viewport
// only what they leave. The picture is a stock table's, with alternating rows and the style's own
// text drawing, the selected and current row included, left to right and right to left.
TEST(JobItemDelegate, TheJobTablePaintsWhatAStockTableWould)
{
    AppStyle style(QStyleFactory::create(QStringLiteral("fusion")));
    for (const Qt::LayoutDirection direction : { Qt::LeftToRight, Qt::RightToLeft }) {
        QStandardItemModel model;
        fill(&model);
        JobTableView table;
        table.setStyle(&style);
        table.setLayoutDirection(direction);
        table.setModel(&model);
        table.resize(900, 400);
        const QImage painted = grabShown(&table, &model);

        QTableView stock;
        stock.setStyle(&style);
        stock.setLayoutDirection(direction);
        stock.setTextElideMode(Qt::ElideMiddle);
        stock.setWordWrap(false);
        stock.setSelectionBehavior(QAbstractItemView::SelectRows);
        stock.setAlternatingRowColors(true);
        stock.setShowGrid(false);
        stock.verticalHeader()->hide();
        StyleTextDelegate reference;
        stock.setItemDelegate(&reference);
        stock.setModel(&model);
        stock.verticalHeader()->setDefaultSectionSize(table.verticalHeader()->defaultSectionSize());
        for (int column = 0; column < model.columnCount(); ++column) {
            stock.setColumnHidden(column, table.isColumnHidden(column));
            stock.setColumnWidth(column, table.columnWidth(column));
        }
        stock.resize(table.size());
        const QImage expected = grabShown(&stock, &model);

        // The headers may differ in height: the rows and what lies below them are compared.
        const QRect common(QPoint(0, 0), painted.size().boundedTo(expected.size()));
        ASSERT_GT(common.height(), 12 * table.verticalHeader()->defaultSectionSize());
        EXPECT_EQ(differingPixels(painted.copy(common), expected.copy(common)), 0) << "direction " << int(direction);
    }
}

// Full, the pictures make room from those not drawn lately: the cells a table keeps showing keep
// theirs while new rows come and go.
TEST(CellTextCache, KeepsThePicturesOfCellsInViewWhenFull)
{
    CellTextCache cache;
    const QFont font = QApplication::font();
    const CellTextCache::Look look{ QSize(100, 22), QPoint(4, 3), qRgb(0, 0, 0), qRgb(255, 255, 255), 1 };
    const auto nothing = [](QPainter &) {};
    QList<qint64> shown;
    for (int paint = 0; paint < 40; ++paint) {
        // 200 cells stay in view, 50 new ones come in each paint.
        for (int i = 0; i < 200; ++i) {
            CellTextCache::CellText &cell
                = cache.text(QStringLiteral("kept %1").arg(i), font, 90, Qt::ElideRight, Qt::LeftToRight);
            const qint64 key = cache.picture(cell, look, nothing).cacheKey();
            if (paint == 0)
                shown.append(key);
            else
                ASSERT_EQ(key, shown[i]) << "paint " << paint << " redrew a cell in view";
        }
        for (int i = 0; i < 50; ++i) {
            CellTextCache::CellText &cell
                = cache.text(QStringLiteral("new %1 %2").arg(paint).arg(i), font, 90, Qt::ElideRight, Qt::LeftToRight);
            cache.picture(cell, look, nothing);
        }
        ASSERT_LE(cache.pictureBytes(), CellTextCache::kPictureBudget);
    }
    // 40 paints of new cells are more than the budget holds: old ones went.
    EXPECT_LT(cache.pictureBytes(), qint64(200 + 40 * 50) * 100 * 22 * 4);
}
