// SPDX-License-Identifier: MIT
#include "jobheaderview.h"

#include <QEvent>

JobHeaderView::JobHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    const auto measureAgain = [this] { m_sizeHint = QSize(); };
    connect(this, &QHeaderView::sectionCountChanged, this, measureAgain);
    connect(this, &QHeaderView::sectionResized, this, measureAgain); // shown or hidden too
    connect(this, &QHeaderView::sortIndicatorChanged, this, measureAgain);
}

void JobHeaderView::setModel(QAbstractItemModel *model)
{
    m_laidOutSections = -1;
    m_sizeHint = QSize();
    if (this->model())
        disconnect(this->model(), &QAbstractItemModel::headerDataChanged, this, nullptr);
    QHeaderView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::headerDataChanged, this, [this] { m_sizeHint = QSize(); });
}

void JobHeaderView::reset()
{
    m_laidOutSections = -1;
    m_sizeHint = QSize();
    QHeaderView::reset();
}

QSize JobHeaderView::sizeHint() const
{
    if (!m_sizeHint.isValid())
        m_sizeHint = QHeaderView::sizeHint();
    return m_sizeHint;
}

bool JobHeaderView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
    case QEvent::PolishRequest:
    case QEvent::Polish:
        m_sizeHint = QSize();
        break;
    default:
        break;
    }
    return QHeaderView::event(event);
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
    m_sizeHint = QSize();
    QHeaderView::doItemsLayout();
    m_laidOutSections = sectionsInModel();
}
