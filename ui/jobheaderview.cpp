// SPDX-License-Identifier: MIT
#include "jobheaderview.h"

JobHeaderView::JobHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{ }

void JobHeaderView::setModel(QAbstractItemModel *model)
{
    m_laidOutSections = -1;
    QHeaderView::setModel(model);
}

void JobHeaderView::reset()
{
    m_laidOutSections = -1;
    QHeaderView::reset();
}

int JobHeaderView::sectionsInModel() const
{
    const QAbstractItemModel *source = model();
    if (!source)
        return 0;
    return orientation() == Qt::Horizontal ? source->columnCount(rootIndex()) : source->rowCount(rootIndex());
}

void JobHeaderView::doItemsLayout()
{
    const int sections = sectionsInModel();
    if (m_laidOutSections >= 0 && sections == m_laidOutSections && count() == sections)
        return;
    QHeaderView::doItemsLayout();
    m_laidOutSections = sectionsInModel();
}
