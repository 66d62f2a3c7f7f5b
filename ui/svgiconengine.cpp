// SPDX-License-Identifier: MIT
#include "svgiconengine.h"

#include "iconprerenderer.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <cmath>

namespace {
// A few sizes per icon are ever asked for; the bound only guards against a caller that
// sweeps through sizes (an animated resize), which would otherwise grow the cache forever.
constexpr int maxCachedPixmaps = 32;
// Larger requests are served at this size and scaled by the painter: an icon is never
// a picture, and a bogus size must not allocate a huge pixmap.
constexpr int maxPixels = 1024;

quint64 cacheKey(const QSize &pixels, QIcon::Mode mode)
{
    return (quint64(quint32(pixels.width())) << 32) | (quint64(quint16(pixels.height())) << 8) | quint64(mode);
}
} // namespace

SvgIconEngine::SvgIconEngine(QByteArray svg)
    : m_svg(std::move(svg))
{ }

SvgIconEngine::~SvgIconEngine() = default;

QSvgRenderer *SvgIconEngine::renderer()
{
    if (!m_renderer)
        m_renderer = std::make_unique<QSvgRenderer>(m_svg);
    return m_renderer.get();
}

bool SvgIconEngine::isNull()
{
    if (!m_parsed) {
        m_parsed = true;
        // The app's own icons, being drawn ahead, are known to be valid: parsing one here waits
        // for a size the thread does not draw.
        m_valid = IconPrerenderer::isRequested(m_svg) || renderer()->isValid();
    }
    return !m_valid;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // Scalable, and every icon here is square: the largest square that fits.
    const int side = std::min(size.width(), size.height());
    return isNull() || side <= 0 ? QSize() : QSize(side, side);
}

QPixmap SvgIconEngine::render(const QSize &pixels, QIcon::Mode mode)
{
    if (isNull() || pixels.isEmpty())
        return {};
    const QSize bounded = pixels.boundedTo(QSize(maxPixels, maxPixels));
    const quint64 key = cacheKey(bounded, mode);
    if (auto it = m_pixmaps.constFind(key); it != m_pixmaps.cend())
        return *it;

    QPixmap pixmap;
    if (QImage drawn = IconPrerenderer::take(m_svg, bounded); !drawn.isNull()) {
        pixmap = QPixmap::fromImage(std::move(drawn));
    } else {
        if (!renderer()->isValid()) {
            m_valid = false;
            return {};
        }
        pixmap = QPixmap(bounded);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer()->render(&painter);
    }
    if (mode != QIcon::Normal) {
        // Disabled and selected looks come from the style, as for any other icon.
        QStyleOption option;
        option.palette = QApplication::palette();
        pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
    }
    if (m_pixmaps.size() >= maxCachedPixmaps)
        m_pixmaps.clear();
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    // QIcon passes the size in device pixels already; the scale is only recorded on the result.
    QPixmap pixmap = render(actualSize(size, mode, QIcon::Off), mode);
    if (!pixmap.isNull() && scale > 0)
        pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const QSize logical = actualSize(rect.size(), mode, state);
    const QSize pixels(int(std::ceil(logical.width() * dpr)), int(std::ceil(logical.height() * dpr)));
    const QPixmap pm = render(pixels, mode);
    if (pm.isNull())
        return;
    QRect target(QPoint(), logical);
    target.moveCenter(rect.center());
    painter->drawPixmap(target, pm);
}

QIconEngine *SvgIconEngine::clone() const
{
    auto *copy = new SvgIconEngine(m_svg);
    copy->m_pixmaps = m_pixmaps;
    return copy;
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("SvgIconEngine");
}
