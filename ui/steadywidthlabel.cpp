// SPDX-License-Identifier: MIT
#include "steadywidthlabel.h"

#include <QEvent>
#include <QFontMetrics>

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

// What QLabel's size hint would be without the minimum size it is held to.
QSize SteadyWidthLabel::textSize() const
{
    const QFontMetrics metrics = fontMetrics();
    const QRect text
        = metrics.boundingRect(QRect(0, 0, 4000, 4000), int(alignment()) | Qt::TextSingleLine, QLabel::text());
    const QMargins frame = contentsMargins();
    const int extra = 2 * margin() + qMax(0, indent());
    return { text.width() + extra + frame.left() + frame.right(),
             qMax(text.height(), metrics.height()) + 2 * margin() + frame.top() + frame.bottom() };
}

void SteadyWidthLabel::fit(bool force)
{
    const QSize wanted = textSize();
    const int width = minimumWidth();
    if (force || wanted.height() != minimumHeight() || wanted.width() > width || wanted.width() < width * 3 / 4)
        setFixedSize(wanted);
}
