// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// Draws the job table's cells. Ids keep both ends when cut (the view elides in the middle); the
// error message is prose that starts with what matters, so it is cut at the end.
class JobItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // How the text of `column` is cut when it does not fit; `viewDefault` for most columns.
    static Qt::TextElideMode elideModeFor(int column, Qt::TextElideMode viewDefault);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
