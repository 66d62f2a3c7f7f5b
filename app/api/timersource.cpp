// SPDX-License-Identifier: MIT
#include "timersource.h"

#include <QDateTime>
#include <QTimer>

namespace {
class SystemTimerSource final : public TimerSource
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }

    QObject *singleShot(int delayMs, QObject *context, std::function<void()> fn) override
    {
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        // Long waits (a five-minute backoff) need no millisecond precision; short ones do.
        timer->setTimerType(delayMs >= 2000 ? Qt::CoarseTimer : Qt::PreciseTimer);
        QObject::connect(timer, &QTimer::timeout, context, [timer, fn = std::move(fn)] {
            timer->deleteLater();
            fn();
        });
        timer->start(qMax(0, delayMs));
        return timer;
    }
};
} // namespace

TimerSource::~TimerSource() = default;

TimerSource *TimerSource::system()
{
    static SystemTimerSource source;
    return &source;
}
