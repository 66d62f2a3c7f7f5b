// SPDX-License-Identifier: MIT
#include "steadywidthlabel.h"

#include "steadysize.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QtMath>

SteadyWidthLabel::SteadyWidthLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    fit(true);
}

void SteadyWidthLabel::setText(const QString &text)
{
    if (text == QLabel::text())
        return;
    QLabel::setText(text);
    fit(false);
}

void SteadyWidthLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fit(true);
}

// What QLabel's size hint would be without the minimum size it is held to. A field is one line
// of plain text: its advance is its width, measured without laying out a paragraph.
QSize SteadyWidthLabel::textSize() const
{
    const QFontMetricsF metrics(font());
    const QMargins frame = contentsMargins();
    const int extra = 2 * margin() + qMax(0, indent());
    return { qCeil(metrics.horizontalAdvance(QLabel::text())) + extra + frame.left() + frame.right(),
             fontMetrics().height() + 2 * margin() + frame.top() + frame.bottom() };
}

void SteadyWidthLabel::fit(bool force)
{
    SteadySize::hold(this, textSize(), force);
}
