// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobstatus.h"
#include "iconprerenderer.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>

// The app's icons. Status icons are full-colour and differ by shape (circle, octagon, square,
// diamond) so they do not rely on colour alone; action icons are monochrome SVGs recoloured to
// the palette's text colour, so they read on light and dark themes alike.
namespace IconProvider {
QIcon statusIcon(JobStatus status);
QIcon stuckIcon();
QIcon appIcon();
// Full-colour signs beside a message: "information", "warning".
QIcon messageIcon(const QString &name);
// name is the file stem after "action-": "refresh", "pause", "resume", "delete", ...
QIcon actionIcon(const QString &name, const QPalette &palette = {});
// The action, status and message icons at the sizes a window shows them, in the application's
// palette, as actionIcon() and the others make them: what IconPrerenderer draws ahead.
QList<IconPrerenderer::Request> windowIconRequests(qreal devicePixelRatio);
// The cloud provider of a trusted account ("aws", "google_cloud", "azure"); a plain cloud for any
// other, none for an empty one.
QIcon providerIcon(const QString &provider);
// "AWS", "Google Cloud", "Azure"; other providers as the server names them.
QString providerLabel(const QString &provider);
// A colour per status that reaches 4.5:1 (WCAG AA) on every background of statusBackgrounds(),
// light or dark theme alike.
QColor statusColor(JobStatus status, const QPalette &palette = {});
// Soft background for stuck rows, derived from the palette so it works in dark mode.
QColor stuckRowBackground(const QPalette &palette = {});
// Where status colours are drawn: table rows (base, alternate base, stuck rows) and windows.
QList<QColor> statusBackgrounds(const QPalette &palette = {});
void clearCache(); // after a palette change
} // namespace IconProvider
