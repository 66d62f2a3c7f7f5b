// SPDX-License-Identifier: MIT
#include "paintflushprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstddef>
#include <memory>
#include <utility>

PaintFlushProbe::PaintFlushProbe(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{ }

PaintFlushProbe::~PaintFlushProbe()
{
    setFiltering(false);
}

void PaintFlushProbe::listen(std::function<bool()> flushed)
{
    m_listeners.push_back(std::move(flushed));
    setFiltering(true);
}

void PaintFlushProbe::afterFirstPaint(QObject *context, std::function<void()> work, int latestMs)
{
    auto pending = std::make_shared<std::function<void()>>(std::move(work));
    const auto runOnce = [pending] {
        if (*pending)
            std::exchange(*pending, {})();
    };
    // Queued: whatever else waits for the first paint (and the paint itself) goes first.
    listen([context, runOnce] {
        QTimer::singleShot(0, context, runOnce);
        return true;
    });
    QTimer::singleShot(latestMs, context, runOnce);
}

void PaintFlushProbe::setFiltering(bool on)
{
    if (on == m_filtering || !QCoreApplication::instance())
        return;
    m_filtering = on;
    if (on) {
        m_widget->installEventFilter(this);
        QCoreApplication::instance()->installEventFilter(this);
    } else {
        m_widget->removeEventFilter(this);
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

bool PaintFlushProbe::eventFilter(QObject *watched, QEvent *event)
{
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
    if (m_painted) {
        // A listener may add another while it runs: walk by index.
        for (size_t i = 0; i < m_listeners.size();) {
            // A copy: the call may add to the vector, which then moves what it holds.
            const std::function<bool()> listener = m_listeners[i];
            if (listener())
                m_listeners.erase(m_listeners.begin() + std::ptrdiff_t(i));
            else
                ++i;
        }
        if (m_listeners.empty())
            setFiltering(false);
    }
    return true; // handled: the window must not paint twice
}
