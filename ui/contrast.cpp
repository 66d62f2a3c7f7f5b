// SPDX-License-Identifier: MIT
#include "contrast.h"

#include <QtMath>

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}
} // namespace

namespace Contrast {

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

double worstRatio(const QColor &color, const QList<QColor> &backgrounds)
{
    double worst = 21.0;
    for (const QColor &background : backgrounds)
        worst = qMin(worst, ratio(color, background));
    return worst;
}

QColor ensure(const QColor &color, const QList<QColor> &backgrounds, double minimum)
{
    if (backgrounds.isEmpty() || worstRatio(color, backgrounds) >= minimum)
        return color;
    double brightest = 0;
    for (const QColor &background : backgrounds)
        brightest = qMax(brightest, luminance(background));
    // Text goes away from the backgrounds: darker on light ones, lighter on dark ones.
    const bool darken = brightest > 0.18;
    const QColor hsl = color.toHsl();
    QColor candidate = color;
    for (int step = 1; step <= 100; ++step) {
        const double lightness = darken ? hsl.lightnessF() * (1.0 - step / 100.0)
                                        : hsl.lightnessF() + (1.0 - hsl.lightnessF()) * step / 100.0;
        candidate = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness).toRgb();
        if (worstRatio(candidate, backgrounds) >= minimum)
            return candidate;
    }
    return candidate;
}

} // namespace Contrast
