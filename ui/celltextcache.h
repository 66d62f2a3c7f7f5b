// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>

#include <vector>

// Cell texts laid out once and drawn many times. A poll repaints the whole visible table while
// most of its texts stay the same; shaping and eliding each of them again on every paint was
// most of what a poll cost the GUI thread. Bounded: when full it starts over, so memory stays
// flat however many different texts scroll past.
class CellTextCache
{
public:
    explicit CellTextCache(int capacity = 4096);

    // A cell's text as drawn. The style centres a cut text by the height of the whole text:
    // where the cut drops a part set in a taller fallback font (a CJK name after Latin words),
    // the cut text sits higher than its own height would put it.
    struct CellText
    {
        QStaticText laidOut;
        int lineHeight = 0; // of the whole text, which the cell aligns
    };

    // `text` cut to `width` pixels the way `mode` says, laid out in `font` for `direction` and
    // placed in a line `width` pixels wide by `alignment`'s horizontal part, as the style does.
    // Valid until the next call.
    const CellText &text(const QString &text, const QFont &font, int width, Qt::TextElideMode mode,
                         Qt::LayoutDirection direction, Qt::Alignment alignment = Qt::AlignLeft);

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

    int m_capacity;
    int m_size = 0;
    std::vector<FontTexts> m_fonts;
};
