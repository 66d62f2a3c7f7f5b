// SPDX-License-Identifier: MIT
#include "iconprovider.h"

#include "contrast.h"
#include "svgiconengine.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <array>
#include <cmath>

namespace {
QHash<QString, QIcon> &cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString statusFile(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QStringLiteral(":/icons/status-pending.svg");
    case JobStatus::InProgress:
        return QStringLiteral(":/icons/status-in-progress.svg");
    case JobStatus::Success:
        return QStringLiteral(":/icons/status-success.svg");
    case JobStatus::Failure:
        return QStringLiteral(":/icons/status-failure.svg");
    case JobStatus::Canceled:
        return QStringLiteral(":/icons/status-canceled.svg");
    case JobStatus::Unknown:
        break;
    }
    return QStringLiteral(":/icons/status-unknown.svg");
}

// An icon's SVG from the resources; empty when there is none.
QByteArray svgFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An action icon's SVG in `color`: its strokes are drawn in black.
QByteArray actionSvg(const QString &path, const QColor &color)
{
    return svgFile(path).replace("#000000", color.name().toLatin1());
}

QIcon renderIcon(const QByteArray &svg)
{
    return QIcon(new SvgIconEngine(svg));
}

QIcon fileIcon(const QString &path)
{
    QIcon &icon = cache()[path];
    if (icon.isNull()) {
        const QByteArray svg = svgFile(path);
        if (!svg.isEmpty())
            icon = renderIcon(svg);
    }
    return icon;
}

QColor preferredStatusColor(JobStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor preferred;
    switch (status) {
    case JobStatus::Pending:
        preferred = dark ? QColor(0xb3, 0x98, 0xf2) : QColor(0x6a, 0x3f, 0xc4);
        break;
    case JobStatus::InProgress:
        preferred = dark ? QColor(0x7c, 0xb6, 0xf5) : QColor(0x1f, 0x66, 0xb8);
        break;
    case JobStatus::Success:
        preferred = dark ? QColor(0x6f, 0xd0, 0x8c) : QColor(0x1f, 0x7a, 0x3a);
        break;
    case JobStatus::Failure:
        preferred = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb8, 0x25, 0x25);
        break;
    case JobStatus::Canceled:
        preferred = dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x5f, 0x63, 0x68);
        break;
    case JobStatus::Unknown:
        preferred = dark ? QColor(0xf0, 0xc0, 0x60) : QColor(0x8a, 0x5e, 0x0a);
        break;
    }
    // The hue says the status; the lightness follows whatever the theme paints behind it.
    return Contrast::ensure(preferred, IconProvider::statusBackgrounds(palette));
}
} // namespace

namespace IconProvider {

QIcon statusIcon(JobStatus status)
{
    return fileIcon(statusFile(status));
}

QIcon stuckIcon()
{
    return fileIcon(QStringLiteral(":/icons/status-stuck.svg"));
}

QIcon appIcon()
{
    return fileIcon(QStringLiteral(":/icons/app-icon.svg"));
}

QIcon messageIcon(const QString &name)
{
    return fileIcon(QStringLiteral(":/icons/message-%1.svg").arg(name));
}

QIcon providerIcon(const QString &provider)
{
    if (provider.isEmpty())
        return {};
    const QString file = QStringLiteral(":/icons/provider-%1.svg").arg(provider.toLower());
    return fileIcon(QFile::exists(file) ? file : QStringLiteral(":/icons/provider-other.svg"));
}

QString providerLabel(const QString &provider)
{
    const QString p = provider.toLower();
    if (p == QLatin1String("aws"))
        return QStringLiteral("AWS");
    if (p == QLatin1String("google_cloud"))
        return QStringLiteral("Google Cloud");
    if (p == QLatin1String("azure"))
        return QStringLiteral("Azure");
    if (p == QLatin1String("oci"))
        return QStringLiteral("OCI");
    if (p == QLatin1String("alibaba_cloud"))
        return QStringLiteral("Alibaba Cloud");
    return provider;
}

QIcon actionIcon(const QString &name, const QPalette &paletteIn)
{
    const QPalette palette = paletteIn.resolveMask() ? paletteIn : QApplication::palette();
    const QColor color = palette.color(QPalette::ButtonText);
    const QString key = name + QLatin1Char('@') + color.name();
    QIcon &icon = cache()[key];
    if (icon.isNull()) {
        const QByteArray svg = actionSvg(QStringLiteral(":/icons/action-%1.svg").arg(name), color);
        if (!svg.isEmpty())
            icon = renderIcon(svg);
    }
    return icon;
}

QList<IconPrerenderer::Request> windowIconRequests(qreal devicePixelRatio)
{
    const QColor actionColor = QApplication::palette().color(QPalette::ButtonText);
    const auto pixels = [devicePixelRatio](std::initializer_list<int> logical) {
        QList<int> sides;
        for (const int side : logical)
            sides.append(int(std::ceil(side * devicePixelRatio)));
        return sides;
    };
    // The sizes the window first shows them at: actions in the tool bar and beside the filters,
    // statuses in the status bar, the counts and the table, the sandbox notice's sign.
    const QList<int> actionSides = pixels({ 16, 24 });
    const QList<int> statusSides = pixels({ 12, 16, 20 });
    const QList<int> messageSides = pixels({ 16 });
    QList<IconPrerenderer::Request> requests;
    const QDir icons(QStringLiteral(":/icons"));
    for (const QString &name : icons.entryList({ QStringLiteral("*.svg") }, QDir::Files, QDir::Name)) {
        const QString path = icons.filePath(name);
        if (name.startsWith(QLatin1String("action-")))
            requests.append({ actionSvg(path, actionColor), actionSides });
        else if (name.startsWith(QLatin1String("status-")))
            requests.append({ svgFile(path), statusSides });
        else if (name.startsWith(QLatin1String("message-")))
            requests.append({ svgFile(path), messageSides });
    }
    return requests;
}

QColor statusColor(JobStatus status, const QPalette &paletteIn)
{
    const QPalette palette = paletteIn.resolveMask() ? paletteIn : QApplication::palette();
    // Every status and error cell asks on every paint, and the contrast search is the same until
    // the palette changes: one answer per status per palette.
    struct Known
    {
        qint64 palette = 0;
        std::array<QColor, 6> colors;
    };
    static Known known;
    const auto slot = size_t(status);
    if (slot < known.colors.size()) {
        if (known.palette != palette.cacheKey())
            known = Known{ palette.cacheKey(), {} };
        QColor &color = known.colors[slot];
        if (!color.isValid())
            color = preferredStatusColor(status, palette);
        return color;
    }
    return preferredStatusColor(status, palette);
}

QColor stuckRowBackground(const QPalette &paletteIn)
{
    const QPalette palette = paletteIn.resolveMask() ? paletteIn : QApplication::palette();
    return isDark(palette) ? QColor(0x4a, 0x3a, 0x12) : QColor(0xff, 0xf1, 0xcc);
}

QList<QColor> statusBackgrounds(const QPalette &paletteIn)
{
    const QPalette palette = paletteIn.resolveMask() ? paletteIn : QApplication::palette();
    return { palette.color(QPalette::Base), palette.color(QPalette::AlternateBase), palette.color(QPalette::Window),
             stuckRowBackground(palette) };
}

void clearCache()
{
    cache().clear();
}

} // namespace IconProvider
