// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Calls `flushed` each time a paint of `widget` has been flushed to its window, the moment the
// user sees it, until it returns true. Start-up benchmarks time the app and a baseline app to
// that moment with the same probe: a timer or posted event after the paint would measure
// whatever else the event loop runs first as well.
class PaintFlushProbe final : public QObject
{
public:
    PaintFlushProbe(QWidget *widget, std::function<bool()> flushed);
    ~PaintFlushProbe() override;

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<bool()> m_flushed;
    bool m_painted = false;
    bool m_done = false;
};
