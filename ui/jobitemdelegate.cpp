// SPDX-License-Identifier: MIT
#include "jobitemdelegate.h"

#include "appstyle.h"
#include "model/jobtablemodel.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QTimer>

#include <cmath>
#include <optional>

namespace {
bool laidOutOnOneLine(const QStyleOptionViewItem &option)
{
    if (option.features & QStyleOptionViewItem::WrapText)
        return false;
    for (const QChar c : option.text) {
        if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

// The pen QCommonStyle picks for an item's text.
QColor textColor(const QStyleOptionViewItem &option)
{
    QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const bool selected = (option.state & QStyle::State_Selected) && !(option.state & QStyle::State_Editing);
    return option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
}

// The colour group QCommonStyle fills an item view's row panel in.
QPalette::ColorGroup rowColourGroup(const QStyleOptionViewItem &option)
{
    const bool enabled = option.widget ? option.widget->isEnabled() : bool(option.state & QStyle::State_Enabled);
    if (!enabled)
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

std::optional<QRgb> opaqueColour(const QBrush &brush)
{
    if (brush.style() != Qt::SolidPattern || !brush.isOpaque())
        return std::nullopt;
    return brush.color().rgb();
}

// What a plain cell's text is drawn over, when it is one opaque colour: the view's viewport fills
// itself with its background brush, and QCommonStyle's row panel (which Fusion keeps) fills an
// alternate row over that.
std::optional<QRgb> plainBackground(const QStyleOptionViewItem &option)
{
    const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget);
    if (!view || !view->viewport()->autoFillBackground())
        return std::nullopt;
    const QWidget *viewport = view->viewport();
    QBrush brush = viewport->palette().brush(viewport->backgroundRole());
    if (option.features & QStyleOptionViewItem::Alternate)
        brush = option.palette.brush(rowColourGroup(option), QPalette::AlternateBase);
    return opaqueColour(brush);
}

// Where a cell's laid-out text goes: across, within its line as QTextLayout places it for the
// style; down, the line placed in the text rectangle.
QPoint textOrigin(const QStyleOptionViewItem &option, const CellTextCache::CellText &text, const QRect &textRect)
{
    const QRect line = QStyle::alignedRect(option.direction, option.displayAlignment & Qt::AlignVertical_Mask,
                                           QSize(textRect.width(), text.lineHeight), textRect);
    return { textRect.x(), line.top() };
}

// Whether a picture of a cell, copied, gives the pixels drawing it would: nothing blends, scales
// or turns what is drawn, and whole device pixels map onto whole device pixels.
bool takesPictures(const QPainter *painter)
{
    const qreal ratio = painter->device()->devicePixelRatioF();
    return painter->compositionMode() == QPainter::CompositionMode_SourceOver && painter->opacity() == 1.0
        && painter->worldTransform().type() <= QTransform::TxTranslate && ratio == std::floor(ratio);
}
} // namespace

void JobItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = elideModeFor(index.column(), option->textElideMode);
}

void JobItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QBrush row = m_rowBackgrounds ? rowBackground(opt, index.row()) : QBrush();
    const auto fillRow = [&] {
        if (m_rowBackgrounds)
            painter->fillRect(opt.rect, row);
    };
    // A cell Fusion draws nothing for but its icon: not selected, not current, no background of
    // its own, no check box. Without an icon it is bare: most of a table.
    const bool plain = drawsBarePlainCells(style) && !(opt.state & (QStyle::State_Selected | QStyle::State_HasFocus))
        && opt.backgroundBrush.style() == Qt::NoBrush && !(opt.features & QStyleOptionViewItem::HasCheckIndicator);
    const bool bare = plain && !(opt.features & QStyleOptionViewItem::HasDecoration);
    // A table's text takes all of the cell beside the icon (showDecorationSelected), so where it
    // goes does not depend on the text, and the style need not lay it out to say.
    if (opt.text.isEmpty() || !opt.showDecorationSelected || !laidOutOnOneLine(opt)
        || (opt.state & QStyle::State_Editing)) {
        fillRow();
        if (!bare || !opt.text.isEmpty()) // an empty bare cell (no error, not finished yet): no more
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    // Where the style would put the text, with the margins its own text drawing leaves; a
    // bare cell's text takes the whole cell.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = (bare ? opt.rect : style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget))
                               .adjusted(margin, 0, -margin, 0);
    const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    CellTextCache::CellText *cached = textRect.width() > 0
        ? &m_texts.text(text, opt.font, textRect.width(), opt.textElideMode, opt.direction, alignment)
        : nullptr;
    if (cached && plain && picturesWanted() && takesPictures(painter)) {
        const std::optional<QRgb> background = m_rowBackgrounds ? opaqueColour(row) : plainBackground(opt);
        if (background) {
            drawPicture(painter, opt, *cached, textOrigin(opt, *cached, textRect), *background, bare ? nullptr : style);
            return;
        }
    }
    fillRow();
    if (!bare)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (cached)
        drawText(painter, opt, *cached, textRect);
}

bool JobItemDelegate::picturesWanted() const
{
    // The table's first paint, as the window appears, draws its cells directly: a picture only
    // pays on a repaint, and making it costs more than drawing once. Pictures start with the next
    // turn of the event loop, and so with the first repaint.
    if (m_pictures == Pictures::NotYet) {
        m_pictures = Pictures::FromNextTurn;
        QTimer::singleShot(0, this, [this] { m_pictures = Pictures::Taken; });
    }
    return m_pictures == Pictures::Taken;
}

void JobItemDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &option,
                               const CellTextCache::CellText &text, const QRect &textRect)
{
    const QPoint placed = textOrigin(option, text, textRect);
    painter->save();
    // Cut text fits its rectangle, whose margins take a glyph's overhang: most cells need no
    // clip, which would slow every glyph drawn through it.
    if (!textRect.contains(QRect(placed, text.laidOut.size().toSize())))
        painter->setClipRect(option.rect, Qt::IntersectClip);
    painter->setPen(textColor(option));
    painter->setFont(option.font);
    painter->drawStaticText(placed, text.laidOut);
    painter->restore();
}

void JobItemDelegate::paintRowBackgrounds(bool stripes)
{
    m_rowBackgrounds = true;
    m_stripes = stripes;
}

// What the viewport's fill and the style's alternate-row panel would have put under the cell.
QBrush JobItemDelegate::rowBackground(const QStyleOptionViewItem &option, int row) const
{
    return option.palette.brush(rowColourGroup(option),
                                m_stripes && (row & 1) ? QPalette::AlternateBase : QPalette::Base);
}

void JobItemDelegate::drawPicture(QPainter *painter, const QStyleOptionViewItem &option, CellTextCache::CellText &text,
                                  QPoint textAt, QRgb background, const QStyle *iconStyle) const
{
    const QColor pen = textColor(option);
    // An icon makes a different picture for each icon, and for where and how the style puts it.
    const quint64 icon = iconStyle
        ? qHashMulti(0, option.icon.cacheKey(), option.decorationSize.width(), option.decorationSize.height(),
                     int(option.decorationPosition), int(option.decorationAlignment),
                     int(option.state & QStyle::State_Enabled))
            | 1
        : 0;
    const CellTextCache::Look look{ option.rect.size(), textAt - option.rect.topLeft(),         pen.rgba(),
                                    background,         painter->device()->devicePixelRatioF(), icon };
    const QImage &image = m_texts.picture(text, look, [&](QPainter &cell) {
        if (iconStyle) {
            QStyleOptionViewItem here = option;
            here.rect.moveTopLeft(QPoint(0, 0));
            iconStyle->drawControl(QStyle::CE_ItemViewItem, &here, &cell, option.widget);
        }
        cell.setPen(pen);
        cell.setFont(option.font);
        cell.drawStaticText(look.textAt, text.laidOut);
    });
    painter->drawImage(option.rect.topLeft(), image);
}

bool JobItemDelegate::drawsBarePlainCells(const QStyle *style) const
{
    if (style != m_style) {
        m_style = style;
        // The app's style draws items as the style it wraps.
        if (const auto *appStyle = qobject_cast<const AppStyle *>(style))
            style = appStyle->baseStyle();
        // Fusion's item panel fills only a selection or a background brush; styles that draw
        // more (hover, gradients) always get the whole cell.
        m_bareStyle = style && style->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
    }
    return m_bareStyle;
}

Qt::TextElideMode JobItemDelegate::elideModeFor(int column, Qt::TextElideMode viewDefault)
{
    // Messages and names read from their start ("AWS Production…"); ids are told apart by both
    // ends, so they keep the view's middle cut.
    switch (column) {
    case JobTableModel::ErrorColumn:
    case JobTableModel::WorkspaceColumn:
    case JobTableModel::TrustedAccountColumn:
    case JobTableModel::PluginColumn:
        return Qt::ElideRight;
    default:
        return viewDefault;
    }
}
