// SPDX-License-Identifier: MIT
#include "paintflushprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

PaintFlushProbe::PaintFlushProbe(QWidget *widget, std::function<bool()> flushed)
    : QObject(widget)
    , m_widget(widget)
    , m_flushed(std::move(flushed))
{
    widget->installEventFilter(this);
    QCoreApplication::instance()->installEventFilter(this);
}

PaintFlushProbe::~PaintFlushProbe()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool PaintFlushProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_done)
        return false;
    if (watched == m_widget && event->type() == QEvent::Paint) {
        m_painted = true;
        return false;
    }
    // A window paints its widgets and flushes them while it handles one of these: let it now,
    // then look whether the widget was among them.
    const bool paintsWindow = (event->type() == QEvent::UpdateRequest && watched == m_widget->window())
        || (event->type() == QEvent::Expose && watched == m_widget->window()->windowHandle());
    if (!paintsWindow)
        return false;
    m_painted = false;
    watched->event(event);
    if (m_painted)
        m_done = m_flushed();
    return true; // handled: the window must not paint twice
}
