// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>

// WCAG 2 contrast arithmetic, so text colours can be checked, and made to pass, against the
// backgrounds they are actually drawn on.
namespace Contrast {
// The level WCAG AA asks of normal-size text.
constexpr double kMinimumRatio = 4.5;

// Relative luminance of an opaque colour, 0 (black) to 1 (white).
double luminance(const QColor &color);
// (lighter + 0.05) / (darker + 0.05): 1 to 21.
double ratio(const QColor &a, const QColor &b);
// The lowest ratio of `color` against any of `backgrounds`.
double worstRatio(const QColor &color, const QList<QColor> &backgrounds);
// `color` itself when it reaches `minimum` on every background; otherwise the same hue made
// darker (on light backgrounds) or lighter (on dark ones) until it does, or as far as it goes.
QColor ensure(const QColor &color, const QList<QColor> &backgrounds, double minimum = kMinimumRatio);
} // namespace Contrast
