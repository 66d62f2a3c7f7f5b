// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QHash>
#include <QImage>
#include <QStaticText>
#include <QString>
#include <QTextOption>

#include <array>
#include <functional>
#include <vector>

class QPainter;

// Cell texts laid out once and drawn many times. A poll repaints the whole visible table while
// most of its texts stay the same; shaping and eliding each of them again on every paint was
// most of what a poll cost the GUI thread. Bounded: when full it starts over, so memory stays
// flat however many different texts scroll past.
//
// A text on a plain background can also be kept as the picture of its whole cell: blending the
// glyphs of a cell costs about as much as everything else in a poll's repaint together, copying
// a picture a fraction of it. Pictures are bounded by bytes: when full, those not asked for in
// the last few paints go, and all of them only if that is not enough.
class CellTextCache
{
public:
    explicit CellTextCache(int capacity = 4096);

    // How a cell is drawn: its size, where its text goes in it, the text's colour over one
    // opaque background colour, at the screen's pixel ratio, and what else the cell shows (an
    // icon; 0 for none).
    struct Look
    {
        QSize size;
        QPoint textAt;
        QRgb pen = 0;
        QRgb background = 0;
        qreal pixelRatio = 1;
        quint64 extra = 0;
        friend bool operator==(const Look &a, const Look &b)
        {
            return a.size == b.size && a.textAt == b.textAt && a.pen == b.pen && a.background == b.background
                && a.pixelRatio == b.pixelRatio && a.extra == b.extra;
        }
    };
    struct Picture
    {
        Look look;
        QImage image;
        quint64 lastUse = 0; // the cache's count of pictures asked for when this one last was
    };

    // A cell's text as drawn. The style centres a cut text by the height of the whole text:
    // where the cut drops a part set in a taller fallback font (a CJK name after Latin words),
    // the cut text sits higher than its own height would put it.
    struct CellText
    {
        QStaticText laidOut;
        int lineHeight = 0; // of the whole text, which the cell aligns
        // A text shows on rows of two colours: one picture for each.
        std::array<Picture, 2> pictures;
        int newestPicture = 0;
    };

    // `text` cut to `width` pixels the way `mode` says, laid out in `font` for `direction` and
    // placed in a line `width` pixels wide by `alignment`'s horizontal part, as the style does.
    // Valid until the next call.
    CellText &text(const QString &text, const QFont &font, int width, Qt::TextElideMode mode,
                   Qt::LayoutDirection direction, Qt::Alignment alignment = Qt::AlignLeft);
    // The picture of the cell `look` describes, kept from before or drawn now by `draw` on the
    // background colour (the cell's top left at 0, 0). Valid until the next call.
    const QImage &picture(CellText &cell, const Look &look, const std::function<void(QPainter &)> &draw);
    qint64 pictureBytes() const { return m_pictureBytes; }
    static constexpr qint64 kPictureBudget = 8 * 1024 * 1024;

    int size() const;
    int capacity() const { return m_capacity; }

private:
    struct Key
    {
        QString text;
        int width = 0;
        int mode = 0;
        int direction = 0;
        int alignment = 0;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.mode == b.mode && a.direction == b.direction && a.alignment == b.alignment
                && a.text == b.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.mode, key.direction, key.alignment);
        }
    };
    struct FontTexts
    {
        QFont font;
        QHash<Key, CellText> texts;
    };

    FontTexts &textsFor(const QFont &font);
    static CellText laidOut(const QString &text, const QFont &font, int width, const QTextOption &option);

    // Drops the pictures not asked for in the last `recentUses` asks; all of them with 0.
    void dropPictures(quint64 recentUses);

    int m_capacity;
    int m_size = 0;
    qint64 m_pictureBytes = 0;
    quint64 m_pictureUses = 0;
    std::vector<FontTexts> m_fonts;
};
