// SPDX-License-Identifier: MIT
// The error banner takes its height and icon when it first shows a message: a window that never
// shows one does not measure it while it is built.
#include "ui/errorbanner.h"

#include <QFontMetrics>
#include <QLabel>

#include <gtest/gtest.h>

namespace {
const QLabel *iconOf(const ErrorBanner &banner)
{
    for (const QLabel *label : banner.findChildren<QLabel *>()) {
        if (label->objectName() != QLatin1String("errorBannerText"))
            return label;
    }
    return nullptr;
}
} // namespace

TEST(ErrorBanner, TakesItsHeightAndIconWhenItFirstShowsAMessage)
{
    QWidget window;
    window.resize(700, 300);
    auto *banner = new ErrorBanner(&window);
    const QLabel *icon = iconOf(*banner);
    ASSERT_NE(icon, nullptr);
    EXPECT_TRUE(icon->pixmap().isNull()) << "nothing drawn for a banner never shown";

    banner->showMessage(QStringLiteral("The server answered 503 Service Unavailable."));
    window.show();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(icon->pixmap().isNull());
    const auto *text = banner->findChild<QLabel *>(QStringLiteral("errorBannerText"));
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->height(), ErrorBanner::kLines * QFontMetrics(text->font()).lineSpacing());
    const int height = banner->height();
    EXPECT_EQ(banner->minimumHeight(), banner->maximumHeight());
    EXPECT_GE(height, text->height());

    // A message of one word and one of many lines: the same height, so the table does not jump.
    banner->showMessage(QStringLiteral("Timeout"), ErrorBanner::Severity::Warning);
    EXPECT_EQ(banner->height(), height);
    banner->showMessage(QString(600, QLatin1Char('x')));
    EXPECT_EQ(banner->height(), height);
}
