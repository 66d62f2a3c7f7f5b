// SPDX-License-Identifier: MIT
#include "steadysize.h"

#include <QWidget>

void SteadySize::hold(QWidget *widget, QSize wanted, bool force)
{
    const int width = widget->minimumWidth();
    if (force || wanted.height() != widget->minimumHeight() || wanted.width() < width * 3 / 4) {
        widget->setFixedSize(wanted);
    } else if (wanted.width() > width) {
        // A count grows a digit at a time and its neighbours move each time it does: a digit's
        // room to spare makes the next digit, and a value swinging back and forth, free.
        widget->setFixedSize(wanted.width() + widget->fontMetrics().horizontalAdvance(QLatin1Char('0')),
                             wanted.height());
    }
}
