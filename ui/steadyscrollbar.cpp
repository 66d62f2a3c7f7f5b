// SPDX-License-Identifier: MIT
#include "steadyscrollbar.h"

#include <QStyleOptionSlider>

SteadyScrollBar::SteadyScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{ }

SteadyScrollBar::Look SteadyScrollBar::look() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return { style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this),
             value() == minimum(), value() == maximum() };
}

void SteadyScrollBar::sliderChange(SliderChange change)
{
    // Range and value changes that leave every pixel where it was need no paint; anything else
    // (orientation, steps) goes the usual way.
    if ((change == SliderRangeChange || change == SliderValueChange) && m_havePainted && look() == m_painted)
        return;
    QScrollBar::sliderChange(change);
}

void SteadyScrollBar::paintEvent(QPaintEvent *event)
{
    QScrollBar::paintEvent(event);
    m_painted = look();
    m_havePainted = true;
}
