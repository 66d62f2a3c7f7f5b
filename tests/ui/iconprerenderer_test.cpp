// SPDX-License-Identifier: MIT
// The window's icons are drawn ahead on a thread: the same pixels the icon engine draws, each
// taken once, and nothing left behind when the drawing stops.
#include "ui/iconprerenderer.h"
#include "ui/iconprovider.h"
#include "ui/svgiconengine.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QSvgRenderer>

#include <gtest/gtest.h>

#include <memory>

namespace {
QImage plain(const QImage &image)
{
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

QByteArray firstSvg(const QList<IconPrerenderer::Request> &requests)
{
    return requests.isEmpty() ? QByteArray() : requests.first().svg;
}
} // namespace

TEST(IconPrerenderer, RequestsEveryWindowIconAtTheWindowsSizes)
{
    const QList<IconPrerenderer::Request> requests = IconProvider::windowIconRequests(1.0);
    const QStringList files = QDir(QStringLiteral(":/icons"))
                                  .entryList({ QStringLiteral("action-*.svg"), QStringLiteral("status-*.svg"),
                                               QStringLiteral("message-*.svg") });
    ASSERT_FALSE(files.isEmpty());
    EXPECT_EQ(requests.size(), files.size());
    int actions = 0;
    for (const IconPrerenderer::Request &request : requests) {
        EXPECT_TRUE(QSvgRenderer(request.svg).isValid());
        // Actions at 16 and 24 px, statuses at 12, 16 and 20, the notice's sign at 16.
        const QList<QList<int>> known = { { 16, 24 }, { 12, 16, 20 }, { 16 } };
        EXPECT_TRUE(known.contains(request.sides)) << request.sides.size();
        actions += request.sides == QList<int>({ 16, 24 }) ? 1 : 0;
    }
    EXPECT_EQ(actions, QDir(QStringLiteral(":/icons")).entryList({ QStringLiteral("action-*.svg") }).size());
    // On a screen of twice the density, twice the pixels.
    EXPECT_EQ(IconProvider::windowIconRequests(2.0).first().sides, QList<int>({ 32, 48 }));
    // An action icon is drawn in the palette's text colour, as actionIcon() draws it.
    const QPalette before = QApplication::palette();
    QPalette tinted = before;
    tinted.setColor(QPalette::ButtonText, QColor(0x12, 0x34, 0x56));
    QApplication::setPalette(tinted);
    const QByteArray firstAction = IconProvider::windowIconRequests(1.0).first().svg;
    QApplication::setPalette(before);
    EXPECT_TRUE(firstAction.contains("#123456"));
    EXPECT_FALSE(firstAction.contains("#000000"));
}

TEST(IconPrerenderer, DrawsTheSamePixelsAsTheIconEngineAndEachOnce)
{
    const QList<IconPrerenderer::Request> requests = IconProvider::windowIconRequests(1.0);
    const QByteArray svg = firstSvg(requests);
    ASSERT_FALSE(svg.isEmpty());
    // Drawn by the engine alone first: with a prerenderer running it would take the drawing.
    const QImage byEngine = plain(QIcon(new SvgIconEngine(svg)).pixmap(QSize(16, 16)).toImage());

    IconPrerenderer ahead(requests);
    ahead.waitUntilDone();
    EXPECT_TRUE(IconPrerenderer::isRequested(svg));
    EXPECT_FALSE(IconPrerenderer::isRequested("<svg xmlns='http://www.w3.org/2000/svg'/>"));
    const QImage drawn = IconPrerenderer::take(svg, QSize(16, 16));
    ASSERT_FALSE(drawn.isNull());
    EXPECT_EQ(plain(drawn), byEngine);
    EXPECT_TRUE(IconPrerenderer::take(svg, QSize(16, 16)).isNull()) << "each drawing is taken once";
    EXPECT_TRUE(IconPrerenderer::take(svg, QSize(17, 17)).isNull()) << "a size not drawn ahead";
    EXPECT_TRUE(IconPrerenderer::take(svg, QSize(16, 24)).isNull());

    // The engine takes a drawing made ahead, and draws itself what is not.
    auto *engine = new SvgIconEngine(svg);
    const QIcon icon(engine);
    EXPECT_FALSE(icon.isNull());
    EXPECT_EQ(plain(icon.pixmap(QSize(24, 24)).toImage()), plain(QIcon(new SvgIconEngine(svg)).pixmap(24).toImage()));
    EXPECT_TRUE(IconPrerenderer::take(svg, QSize(24, 24)).isNull()) << "taken by the engine";
    EXPECT_FALSE(icon.pixmap(QSize(30, 30)).isNull());
}

TEST(IconPrerenderer, StoppedAtOnceLeavesNothingBehind)
{
    const QList<IconPrerenderer::Request> requests = IconProvider::windowIconRequests(1.0);
    const QByteArray svg = firstSvg(requests);
    {
        IconPrerenderer ahead(requests);
    }
    EXPECT_FALSE(IconPrerenderer::isRequested(svg));
    EXPECT_TRUE(IconPrerenderer::take(svg, QSize(16, 16)).isNull());
    // Engines draw by themselves again.
    EXPECT_FALSE(QIcon(new SvgIconEngine(svg)).pixmap(QSize(16, 16)).isNull());
}

TEST(IconPrerenderer, ABrokenRequestIsSkipped)
{
    const QByteArray broken = "<svg";
    IconPrerenderer ahead({ { broken, { 16 } } });
    ahead.waitUntilDone();
    EXPECT_TRUE(IconPrerenderer::take(broken, QSize(16, 16)).isNull());
}
