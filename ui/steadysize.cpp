// SPDX-License-Identifier: MIT
#include "steadysize.h"

#include <QWidget>

void SteadySize::hold(QWidget *widget, QSize wanted, bool force)
{
    const int width = widget->minimumWidth();
    if (force || wanted.height() != widget->minimumHeight() || wanted.width() > width || wanted.width() < width * 3 / 4)
        widget->setFixedSize(wanted);
}
