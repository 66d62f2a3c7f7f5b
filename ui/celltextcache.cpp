// SPDX-License-Identifier: MIT
#include "celltextcache.h"

#include <QFontMetrics>
#include <QTextLayout>
#include <QTextOption>

CellTextCache::CellTextCache(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

const CellTextCache::CellText &CellTextCache::text(const QString &text, const QFont &font, int width,
                                                   Qt::TextElideMode mode, Qt::LayoutDirection direction,
                                                   Qt::Alignment alignment)
{
    alignment &= Qt::AlignHorizontal_Mask;
    FontTexts *texts = &textsFor(font);
    Key key{ text, width, int(mode), int(direction), int(alignment) };
    if (const auto it = texts->texts.constFind(key); it != texts->texts.cend())
        return *it;
    if (m_size >= m_capacity) {
        m_fonts.clear();
        m_size = 0;
        texts = &textsFor(font);
    }
    const QString shown = mode == Qt::ElideNone ? text : QFontMetrics(font).elidedText(text, mode, width);
    QStaticText laidOut(shown);
    laidOut.setTextFormat(Qt::PlainText);
    QTextOption option;
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::ManualWrap);
    option.setAlignment(alignment);
    laidOut.setTextOption(option);
    laidOut.setTextWidth(width);
    laidOut.prepare(QTransform(), font);
    CellText cell{ laidOut, int(laidOut.size().height()) };
    if (shown != text) {
        QTextLayout whole(text, font);
        whole.setTextOption(option);
        whole.beginLayout();
        QTextLine line = whole.createLine();
        if (line.isValid())
            line.setLineWidth(width);
        whole.endLayout();
        cell.lineHeight = whole.boundingRect().size().toSize().height();
    }
    ++m_size;
    return *texts->texts.insert(std::move(key), std::move(cell));
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
