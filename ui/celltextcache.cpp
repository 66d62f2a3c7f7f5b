// SPDX-License-Identifier: MIT
#include "celltextcache.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextOption>

CellTextCache::CellTextCache(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

CellTextCache::CellText &CellTextCache::text(const QString &text, const QFont &font, int width, Qt::TextElideMode mode,
                                             Qt::LayoutDirection direction, Qt::Alignment alignment)
{
    alignment &= Qt::AlignHorizontal_Mask;
    FontTexts *texts = &textsFor(font);
    Key key{ text, width, int(mode), int(direction), int(alignment) };
    if (const auto it = texts->texts.find(key); it != texts->texts.end())
        return *it;
    if (m_size >= m_capacity) {
        m_fonts.clear();
        m_size = 0;
        m_pictureBytes = 0;
        texts = &textsFor(font);
    }
    QTextOption option;
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::ManualWrap);
    option.setAlignment(alignment);
    // Laid out whole first: most cell texts fit, and then this one shaping is all they take. A
    // line wider than `width` reports its own width, so a text that does not fit shows here.
    CellText cell = laidOut(text, font, width, option);
    const bool endsInSpace = !text.isEmpty() && text.back().isSpace(); // the line's width leaves it out
    if (mode != Qt::ElideNone && (cell.laidOut.size().width() > width || endsInSpace)) {
        const QString shown = QFontMetrics(font).elidedText(text, mode, width);
        if (shown != text)
            cell.laidOut = laidOut(shown, font, width, option).laidOut;
    }
    ++m_size;
    return *texts->texts.insert(std::move(key), std::move(cell));
}

CellTextCache::CellText CellTextCache::laidOut(const QString &text, const QFont &font, int width,
                                               const QTextOption &option)
{
    QStaticText laidOut(text);
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.setTextOption(option);
    laidOut.setTextWidth(width);
    laidOut.prepare(QTransform(), font);
    CellText cell;
    cell.laidOut = laidOut;
    cell.lineHeight = int(laidOut.size().height());
    return cell;
}

const QImage &CellTextCache::picture(CellText &cell, const Look &look, const std::function<void(QPainter &)> &draw)
{
    ++m_pictureUses;
    for (int i : { cell.newestPicture, 1 - cell.newestPicture }) {
        Picture &kept = cell.pictures[size_t(i)];
        if (!kept.image.isNull() && kept.look == look) {
            kept.lastUse = m_pictureUses;
            return kept.image;
        }
    }
    const QSize pixels = (QSizeF(look.size) * look.pixelRatio).toSize();
    const qint64 bytes = qint64(pixels.width()) * pixels.height() * 4;
    // About four paints of a full table: the cells in view keep their pictures.
    constexpr quint64 kRecentUses = 1024;
    if (m_pictureBytes + bytes > kPictureBudget)
        dropPictures(kRecentUses);
    if (m_pictureBytes + bytes > kPictureBudget)
        dropPictures(0);
    // The older of the two makes room.
    const int slot
        = cell.pictures[size_t(cell.newestPicture)].image.isNull() ? cell.newestPicture : 1 - cell.newestPicture;
    Picture &picture = cell.pictures[size_t(slot)];
    m_pictureBytes -= picture.image.sizeInBytes();
    // Opaque, as the background under the text is: drawn by copying, and the glyphs blend here
    // exactly as they would on the screen.
    picture.image = QImage(pixels, QImage::Format_RGB32);
    picture.image.setDevicePixelRatio(look.pixelRatio);
    picture.image.fill(look.background);
    picture.look = look;
    picture.lastUse = m_pictureUses;
    QPainter painter(&picture.image);
    draw(painter);
    painter.end();
    m_pictureBytes += picture.image.sizeInBytes();
    cell.newestPicture = slot;
    return picture.image;
}

void CellTextCache::dropPictures(quint64 recentUses)
{
    for (FontTexts &texts : m_fonts) {
        for (CellText &cell : texts.texts) {
            for (Picture &picture : cell.pictures) {
                if (picture.image.isNull() || (recentUses > 0 && picture.lastUse + recentUses >= m_pictureUses))
                    continue;
                m_pictureBytes -= picture.image.sizeInBytes();
                picture = Picture();
            }
        }
    }
}

int CellTextCache::size() const
{
    return m_size;
}

CellTextCache::FontTexts &CellTextCache::textsFor(const QFont &font)
{
    // A table uses one or two fonts (bold for some rows): a short list beats hashing a font.
    for (FontTexts &texts : m_fonts) {
        if (texts.font == font)
            return texts;
    }
    m_fonts.push_back(FontTexts{ font, {} });
    return m_fonts.back();
}
