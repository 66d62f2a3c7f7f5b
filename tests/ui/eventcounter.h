// SPDX-License-Identifier: MIT
#pragma once

#include <QEvent>
#include <QObject>

// Counts the events of one type that reach the objects it is installed on as an event filter:
// paints, layout requests. What a widget did not have to do shows as a count of zero.
class EventCounter final : public QObject
{
public:
    explicit EventCounter(QEvent::Type type)
        : m_type(type)
    { }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == m_type;
        return false;
    }

private:
    QEvent::Type m_type;
};
