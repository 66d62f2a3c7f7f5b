// SPDX-License-Identifier: MIT
#include "jobitemdelegate.h"

#include "model/jobtablemodel.h"

void JobItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = elideModeFor(index.column(), option->textElideMode);
}

Qt::TextElideMode JobItemDelegate::elideModeFor(int column, Qt::TextElideMode viewDefault)
{
    return column == JobTableModel::ErrorColumn ? Qt::ElideRight : viewDefault;
}
