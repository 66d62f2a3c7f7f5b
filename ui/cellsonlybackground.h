// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTableView;

// A table view's viewport that does not fill itself before its cells are painted: the cells
// paint their own backgrounds (JobItemDelegate::paintRowBackgrounds), and this fills only what
// they leave uncovered, below the last row and beside the last column. Filling the whole
// viewport first, then the alternate rows, then the cells over both wrote every pixel of the
// table two or three times on each repaint.
class CellsOnlyBackground final : public QObject
{
    Q_OBJECT
public:
    // Installs itself on `view`'s viewport, a child of `view`.
    explicit CellsOnlyBackground(QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
};
