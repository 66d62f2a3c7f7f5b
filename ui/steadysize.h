// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>

class QWidget;

// A fixed size that follows what a widget wants loosely: it grows at once and narrows only when
// the widget wants much less. Qt asks a widget's parents for no new layout when a widget at a
// fixed size changes its text, so a count that changes on every poll repaints that widget alone,
// not the window's layout, and its neighbours do not shift by a digit's width.
namespace SteadySize {
// Fixes `widget` at `wanted` if that is higher, lower or much narrower than its size now
// (`force`: whatever it is); wider, at `wanted` and a digit's width to spare.
void hold(QWidget *widget, QSize wanted, bool force = false);
} // namespace SteadySize
