// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QWidget;

// Tells its listeners each time a paint of `widget` has been flushed to its window, the moment
// the user sees it. Work that should wait until the window shows something listens here, and
// start-up benchmarks time the app and a baseline app to that moment with the same probe: a
// timer or posted event after the paint would measure whatever else the event loop runs first.
class PaintFlushProbe final : public QObject
{
public:
    explicit PaintFlushProbe(QWidget *widget);
    ~PaintFlushProbe() override;

    // Called after each flushed paint until it returns true. Once every listener is done the
    // probe stops looking at events.
    void listen(std::function<bool()> flushed);
    // Runs `work` once: on the event loop turn after the first flushed paint, or `latestMs` from
    // now if no paint comes first (a window minimized as it starts is never painted). Nothing
    // runs once `context` is gone.
    void afterFirstPaint(QObject *context, std::function<void()> work, int latestMs);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFiltering(bool on);

    QWidget *m_widget;
    std::vector<std::function<bool()>> m_listeners;
    bool m_filtering = false;
    bool m_painted = false;
};
