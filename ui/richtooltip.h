// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Tooltips as rich-text paragraphs: Qt wraps those at a readable width, where a plain-text
// tooltip runs across the screen on one line. Empty texts are left out.
namespace RichTooltip {
QString paragraphs(const QStringList &texts);
} // namespace RichTooltip
