// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

#include <memory>

class QSvgRenderer;

// An icon drawn from SVG text at the size and scale it is asked for, when it is first asked
// for. Rendering every icon at every size up front cost the window most of its start-up; a
// window uses each icon at one or two sizes. Independent of the SVG icon engine plugin, which
// a minimal installation may lack.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg);
    ~SvgIconEngine() override;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    // How many pixmaps have been drawn so far: a test sees that nothing is drawn before use.
    int renderedCount() const { return int(m_pixmaps.size()); }

private:
    QPixmap render(const QSize &pixels, QIcon::Mode mode);
    QSvgRenderer *renderer(); // parsed on first use

    QByteArray m_svg;
    std::unique_ptr<QSvgRenderer> m_renderer; // parsed on first use
    bool m_parsed = false;
    bool m_valid = false;
    QHash<quint64, QPixmap> m_pixmaps; // by pixel size and mode
};
