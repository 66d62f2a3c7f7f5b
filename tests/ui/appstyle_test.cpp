// SPDX-License-Identifier: MIT
// The app's style draws the standard icons its windows show from the start and leaves the rest
// to the platform's style.
#include "ui/appstyle.h"
#include "ui/errorpreviewpane.h"
#include "ui/iconprovider.h"
#include "ui/noticebar.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

namespace {
QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

// The colour of the most opaque pixel: the strokes of a monochrome icon.
QColor inkOf(const QIcon &icon)
{
    const QImage image = imageOf(icon).convertToFormat(QImage::Format_ARGB32);
    QRgb ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > qAlpha(ink))
                ink = image.pixel(x, y);
    return QColor(qRed(ink), qGreen(ink), qBlue(ink));
}

bool imagePluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/imageformats/");
}
} // namespace

TEST(AppStyle, DrawsTheStandardIconsAWindowShowsFromTheStart)
{
    AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = QApplication::palette();
    const struct
    {
        QStyle::StandardPixmap which;
        QIcon expected;
    } cases[] = {
        { QStyle::SP_ToolBarHorizontalExtensionButton, IconProvider::actionIcon(QStringLiteral("toolbar-extend-h")) },
        { QStyle::SP_ToolBarVerticalExtensionButton, IconProvider::actionIcon(QStringLiteral("toolbar-extend-v")) },
        { QStyle::SP_TitleBarCloseButton, IconProvider::actionIcon(QStringLiteral("close")) },
        { QStyle::SP_MessageBoxInformation, IconProvider::messageIcon(QStringLiteral("information")) },
        { QStyle::SP_MessageBoxWarning, IconProvider::messageIcon(QStringLiteral("warning")) },
    };
    for (const auto &c : cases) {
        const QIcon icon = style.standardIcon(c.which);
        ASSERT_FALSE(icon.isNull()) << c.which;
        ASSERT_FALSE(c.expected.isNull()) << c.which;
        EXPECT_EQ(imageOf(icon), imageOf(c.expected)) << c.which;
    }
    EXPECT_NE(imageOf(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)),
              imageOf(style.standardIcon(QStyle::SP_ToolBarVerticalExtensionButton)));
}

TEST(AppStyle, LeavesEveryOtherIconToThePlatformStyle)
{
    AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    EXPECT_EQ(style.baseStyle()->name(), fusion->name());
    for (QStyle::StandardPixmap which : { QStyle::SP_DirIcon, QStyle::SP_FileIcon, QStyle::SP_MessageBoxCritical }) {
        const QIcon icon = style.standardIcon(which);
        ASSERT_FALSE(icon.isNull()) << which;
        EXPECT_EQ(imageOf(icon), imageOf(fusion->standardIcon(which))) << which;
    }
}

TEST(AppStyle, AToolBarLoadsNoImagePlugin)
{
    if (imagePluginLoaded())
        GTEST_SKIP() << "an image plugin was loaded before this test (run it on its own)";
    QPointer<QStyle> previous = QApplication::style();
    QApplication::setStyle(new AppStyle(QStyleFactory::create(previous->name())));
    {
        QToolBar toolBar;
        toolBar.addAction(QStringLiteral("Refresh"));
        auto *extension = toolBar.findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        ASSERT_NE(extension, nullptr);
        EXPECT_EQ(imageOf(extension->icon()), imageOf(IconProvider::actionIcon(QStringLiteral("toolbar-extend-h"))));
    }
    // The platform style's own toolbar arrow is a PNG, whose reading loads every image plugin.
    EXPECT_FALSE(imagePluginLoaded());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

TEST(AppStyle, CloseButtonsFollowASwitchBetweenLightAndDarkThemes)
{
    const QPalette before = QApplication::palette();
    QApplication::setStyle(new AppStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QPalette light = QApplication::palette();
    light.setColor(QPalette::ButtonText, Qt::black);
    QApplication::setPalette(light);
    ErrorPreviewPane pane;
    NoticeBar notice;
    auto *paneClose = pane.findChild<QToolButton *>(QStringLiteral("closeErrorPreview"));
    auto *noticeClose = notice.findChild<QToolButton *>(QStringLiteral("noticeClose"));
    ASSERT_NE(paneClose, nullptr);
    ASSERT_NE(noticeClose, nullptr);
    EXPECT_EQ(inkOf(paneClose->icon()), QColor(Qt::black));
    EXPECT_EQ(inkOf(noticeClose->icon()), QColor(Qt::black));

    QPalette dark = light;
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents(); // the new palette reaches the widgets as posted events
    EXPECT_EQ(inkOf(paneClose->icon()), QColor(0xee, 0xee, 0xee));
    EXPECT_EQ(inkOf(noticeClose->icon()), QColor(0xee, 0xee, 0xee));

    QApplication::setPalette(before);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

// Rows of a table, alternate, selected and current, drawn under Fusion and under the app's style
// over Fusion: the same pixels, in an active and an inactive window.
TEST(AppStyle, DrawsItemViewRowsAsFusionDoes)
{
    auto render = [](QStyle *style, bool active) {
        QStandardItemModel model(8, 3);
        for (int row = 0; row < 8; ++row) {
            for (int column = 0; column < 3; ++column)
                model.setItem(row, column, new QStandardItem(QStringLiteral("r%1c%2").arg(row).arg(column)));
        }
        QTableView view;
        view.setStyle(style);
        view.setAlternatingRowColors(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setModel(&model);
        view.resize(300, 260);
        view.selectionModel()->select(model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view.setCurrentIndex(model.index(5, 1));
        view.show();
        if (active)
            view.activateWindow();
        QCoreApplication::processEvents();
        return view.viewport()->grab().toImage();
    };
    for (const bool active : { true, false }) {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        AppStyle app(QStyleFactory::create(QStringLiteral("fusion")));
        EXPECT_EQ(render(fusion.get(), active), render(&app, active)) << "active " << active;
    }
}
