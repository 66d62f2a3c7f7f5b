// SPDX-License-Identifier: MIT
// Every status colour reaches 4.5:1 (WCAG AA for text) on everything it is drawn on: the table's
// base and alternate rows, stuck rows and window backgrounds, in light and dark themes.
#include "api/jobstatus.h"
#include "ui/contrast.h"
#include "ui/iconprovider.h"

#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <gtest/gtest.h>

#include <memory>

namespace {
struct NamedPalette
{
    const char *name;
    QPalette palette;
};

QPalette palette(const char *window, const char *base, const char *alternate, const char *text)
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(QLatin1String(window)));
    p.setColor(QPalette::Base, QColor(QLatin1String(base)));
    p.setColor(QPalette::AlternateBase, QColor(QLatin1String(alternate)));
    p.setColor(QPalette::Text, QColor(QLatin1String(text)));
    p.setColor(QPalette::WindowText, QColor(QLatin1String(text)));
    p.setColor(QPalette::ButtonText, QColor(QLatin1String(text)));
    return p;
}

QList<NamedPalette> lightAndDarkPalettes()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return {
        { "Fusion (light)", fusion->standardPalette() },
        { "Breeze light", palette("#eff0f1", "#ffffff", "#f7f7f7", "#232629") },
        { "Adwaita light", palette("#f6f5f4", "#ffffff", "#f6f5f4", "#2e3436") },
        { "Breeze dark", palette("#2a2e32", "#1b1e20", "#232629", "#fcfcfc") },
        { "Adwaita dark", palette("#353535", "#2d2d2d", "#323232", "#eeeeec") },
        { "dark grey", palette("#3c3f41", "#45494a", "#4b4f50", "#e0e0e0") },
        { "black", palette("#000000", "#000000", "#101010", "#ffffff") },
    };
}

const JobStatus kAllStatuses[] = { JobStatus::Pending, JobStatus::InProgress, JobStatus::Success,
                                   JobStatus::Failure, JobStatus::Canceled,   JobStatus::Unknown };
} // namespace

TEST(Contrast, RatiosFollowWcag)
{
    EXPECT_NEAR(Contrast::ratio(Qt::black, Qt::white), 21.0, 1e-6);
    EXPECT_NEAR(Contrast::ratio(Qt::white, Qt::white), 1.0, 1e-6);
    // #767676 is the lightest grey that passes on white; #777777 just fails.
    EXPECT_GE(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white), 4.5);
    EXPECT_LT(Contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white), 4.5);
}

TEST(Contrast, EnsureDarkensOnLightAndLightensOnDark)
{
    const QColor red(0xff, 0x8a, 0x80); // made for dark themes: too light on white
    const QColor fixedOnWhite = Contrast::ensure(red, { Qt::white });
    EXPECT_GE(Contrast::ratio(fixedOnWhite, Qt::white), 4.5);
    EXPECT_LT(fixedOnWhite.lightnessF(), red.lightnessF());
    EXPECT_NEAR(fixedOnWhite.hslHueF(), red.hslHueF(), 0.02) << "still red";

    const QColor darkRed(0xb8, 0x25, 0x25); // made for light themes: 2.3:1 on a dark base
    const QColor base(0x31, 0x36, 0x3b);
    ASSERT_LT(Contrast::ratio(darkRed, base), 4.5);
    const QColor fixedOnDark = Contrast::ensure(darkRed, { base });
    EXPECT_GE(Contrast::ratio(fixedOnDark, base), 4.5);
    EXPECT_GT(fixedOnDark.lightnessF(), darkRed.lightnessF());

    const QColor fine(0x1f, 0x7a, 0x3a);
    EXPECT_EQ(Contrast::ensure(fine, { Qt::white }), fine) << "a colour that passes is kept";
}

TEST(Contrast, EveryStatusColourReadsOnLightAndDarkThemes)
{
    for (const NamedPalette &named : lightAndDarkPalettes()) {
        SCOPED_TRACE(named.name);
        const QList<QColor> backgrounds = IconProvider::statusBackgrounds(named.palette);
        ASSERT_EQ(backgrounds.size(), 4);
        EXPECT_TRUE(backgrounds.contains(named.palette.color(QPalette::Base)));
        EXPECT_TRUE(backgrounds.contains(named.palette.color(QPalette::AlternateBase)));
        EXPECT_TRUE(backgrounds.contains(named.palette.color(QPalette::Window)));
        for (JobStatus status : kAllStatuses) {
            const QColor color = IconProvider::statusColor(status, named.palette);
            for (const QColor &background : backgrounds) {
                EXPECT_GE(Contrast::ratio(color, background), Contrast::kMinimumRatio)
                    << JobStatuses::toWire(status).toStdString() << " " << color.name().toStdString() << " on "
                    << background.name().toStdString();
            }
        }
    }
}

TEST(Contrast, StatusColoursStayTellable)
{
    // Made to pass, they must not all collapse into one grey: failure stays red, success green.
    for (const NamedPalette &named : lightAndDarkPalettes()) {
        SCOPED_TRACE(named.name);
        const QColor failure = IconProvider::statusColor(JobStatus::Failure, named.palette).toHsl();
        const QColor success = IconProvider::statusColor(JobStatus::Success, named.palette).toHsl();
        EXPECT_TRUE(failure.hslHue() < 20 || failure.hslHue() > 340) << failure.name().toStdString();
        EXPECT_TRUE(success.hslHue() > 90 && success.hslHue() < 170) << success.name().toStdString();
        EXPECT_GT(failure.hslSaturationF(), 0.3);
    }
}
