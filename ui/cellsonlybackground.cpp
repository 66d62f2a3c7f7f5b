// SPDX-License-Identifier: MIT
#include "cellsonlybackground.h"

#include <QHeaderView>
#include <QPaintEvent>
#include <QPainter>
#include <QTableView>

CellsOnlyBackground::CellsOnlyBackground(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    QWidget *viewport = view->viewport();
    viewport->setAutoFillBackground(false);
    // Every pixel is painted: the window under the viewport need not be.
    viewport->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport->installEventFilter(this);
}

bool CellsOnlyBackground::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || watched != m_view->viewport())
        return false;
    // Where the cells are: the visible columns side by side (mirrored right to left), the rows
    // one under the other.
    const QHeaderView *columns = m_view->horizontalHeader();
    int left = 0;
    int right = 0;
    bool anyColumn = false;
    for (int visual = 0; visual < columns->count(); ++visual) {
        const int column = columns->logicalIndex(visual);
        if (columns->isSectionHidden(column))
            continue;
        const int x = m_view->columnViewportPosition(column);
        const int width = m_view->columnWidth(column);
        left = anyColumn ? qMin(left, x) : x;
        right = anyColumn ? qMax(right, x + width) : x + width;
        anyColumn = true;
    }
    const bool anyRow = m_view->model() && m_view->model()->rowCount(m_view->rootIndex()) > 0;
    const int top = anyRow ? m_view->rowViewportPosition(0) : 0;
    const QRect cells = anyColumn && anyRow
        ? QRect(QPoint(left, top), QPoint(right - 1, top + m_view->verticalHeader()->length() - 1))
        : QRect();
    const QRegion uncovered = static_cast<QPaintEvent *>(event)->region().subtracted(cells);
    if (!uncovered.isEmpty()) {
        QWidget *viewport = m_view->viewport();
        QPainter painter(viewport);
        const QBrush brush = viewport->palette().brush(viewport->backgroundRole());
        for (const QRect &rect : uncovered)
            painter.fillRect(rect, brush);
    }
    return false; // the view paints its cells next
}
