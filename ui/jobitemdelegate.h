// SPDX-License-Identifier: MIT
#pragma once

#include "celltextcache.h"

#include <QStyledItemDelegate>

// Draws the job table's cells. Ids keep both ends when cut (the view elides in the middle); the
// error message is prose that starts with what matters, so it is cut at the end.
//
// The style draws each cell's background, selection, icon and focus (under Fusion, a plain cell
// has none, and the style is skipped); the text is drawn from a cache of laid-out texts, so a
// repaint of an unchanged cell shapes nothing. A plain cell (not selected or current, no
// background of its own) on one opaque colour is drawn from a picture of the whole cell kept in
// the same cache, so a repaint of an unchanged cell blends no glyph either. Texts the style would
// lay out on several lines are left to the style.
class JobItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // How the text of `column` is cut when it does not fit; `viewDefault` for most columns.
    static Qt::TextElideMode elideModeFor(int column, Qt::TextElideMode viewDefault);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    const CellTextCache &textCache() const { return m_texts; }
    // Each cell paints its row's background (the base colour, or the alternate one on odd rows
    // with `stripes`), for a view whose viewport does not fill itself (CellsOnlyBackground).
    void paintRowBackgrounds(bool stripes);
    // Whether `style` draws nothing for a plain cell, so the delegate need not ask it to.
    bool drawsBarePlainCells(const QStyle *style) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // Draws a plain cell from its picture (`iconStyle` draws its icon; null for none).
    void drawPicture(QPainter *painter, const QStyleOptionViewItem &option, CellTextCache::CellText &text,
                     QPoint textAt, QRgb background, const QStyle *iconStyle) const;

    QBrush rowBackground(const QStyleOptionViewItem &option, int row) const;
    bool picturesWanted() const;
    static void drawText(QPainter *painter, const QStyleOptionViewItem &option, const CellTextCache::CellText &text,
                         const QRect &textRect);

    mutable CellTextCache m_texts;
    bool m_rowBackgrounds = false;
    bool m_stripes = false;
    mutable const QStyle *m_style = nullptr;
    mutable bool m_bareStyle = false;
    enum class Pictures { NotYet, FromNextTurn, Taken };
    mutable Pictures m_pictures = Pictures::NotYet;
};
