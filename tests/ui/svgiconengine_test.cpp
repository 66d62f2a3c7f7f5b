// SPDX-License-Identifier: MIT
// Icons are drawn from their SVG when first used, at the size and scale asked for, once.
#include "ui/iconprovider.h"
#include "ui/svgiconengine.h"

#include <QIcon>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

namespace {
const QByteArray redSquare = "<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16' viewBox='0 0 16 16'>"
                             "<rect x='0' y='0' width='16' height='16' fill='#ff0000'/></svg>";

QRgb centre(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage();
    return image.pixel(image.width() / 2, image.height() / 2);
}
} // namespace

TEST(SvgIconEngine, DrawsNothingUntilAsked)
{
    auto *engine = new SvgIconEngine(redSquare);
    const QIcon icon(engine);
    EXPECT_FALSE(icon.isNull());
    EXPECT_EQ(engine->renderedCount(), 0);
    (void)icon.pixmap(16);
    EXPECT_EQ(engine->renderedCount(), 1);
}

TEST(SvgIconEngine, DrawsAtTheAskedSizeAndKeepsIt)
{
    auto *engine = new SvgIconEngine(redSquare);
    const QIcon icon(engine);
    const QPixmap small = icon.pixmap(QSize(16, 16));
    EXPECT_EQ(small.size(), QSize(16, 16));
    EXPECT_EQ(qRed(centre(small)), 255);
    EXPECT_EQ(qAlpha(centre(small)), 255);
    const QPixmap large = icon.pixmap(QSize(48, 48));
    EXPECT_EQ(large.size(), QSize(48, 48));
    EXPECT_EQ(engine->renderedCount(), 2);
    (void)icon.pixmap(QSize(16, 16));
    EXPECT_EQ(engine->renderedCount(), 2) << "a size drawn once is not drawn again";
}

TEST(SvgIconEngine, HighDensityScreensGetDevicePixels)
{
    const QIcon icon(new SvgIconEngine(redSquare));
    const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
    EXPECT_EQ(pixmap.size(), QSize(32, 32));
    EXPECT_DOUBLE_EQ(pixmap.devicePixelRatio(), 2.0);

    QImage target(QSize(64, 64), QImage::Format_ARGB32_Premultiplied);
    target.setDevicePixelRatio(2.0);
    target.fill(Qt::transparent);
    {
        QPainter painter(&target);
        icon.paint(&painter, QRect(0, 0, 32, 32));
    }
    EXPECT_EQ(qRed(target.pixel(32, 32)), 255);
    EXPECT_EQ(qAlpha(target.pixel(32, 32)), 255);
}

TEST(SvgIconEngine, DisabledLooksDifferent)
{
    const QIcon icon(new SvgIconEngine(redSquare));
    const QRgb normal = centre(icon.pixmap(QSize(16, 16), QIcon::Normal));
    const QRgb disabled = centre(icon.pixmap(QSize(16, 16), QIcon::Disabled));
    EXPECT_NE(normal, disabled);
}

TEST(SvgIconEngine, BrokenSvgIsANullIcon)
{
    const QIcon icon(new SvgIconEngine("<svg"));
    EXPECT_TRUE(icon.isNull());
    EXPECT_TRUE(icon.pixmap(16).isNull());
}

TEST(SvgIconEngine, SizesSweptThroughStayBounded)
{
    auto *engine = new SvgIconEngine(redSquare);
    const QIcon icon(engine);
    for (int side = 1; side <= 200; ++side)
        (void)icon.pixmap(QSize(side, side));
    EXPECT_LE(engine->renderedCount(), 32);
    EXPECT_EQ(icon.pixmap(QSize(100000, 100000)).size(), QSize(1024, 1024)) << "a bogus size is capped";
}

TEST(SvgIconEngine, AppIconsDrawFromTheirResources)
{
    for (const QIcon &icon : { IconProvider::statusIcon(JobStatus::Success), IconProvider::stuckIcon(),
                               IconProvider::appIcon(), IconProvider::actionIcon(QStringLiteral("refresh")) }) {
        ASSERT_FALSE(icon.isNull());
        const QImage image = icon.pixmap(QSize(24, 24)).toImage();
        ASSERT_EQ(image.size(), QSize(24, 24));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0;
        EXPECT_GT(opaque, 20);
    }
}
