// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

namespace testsupport {
namespace {
QMutex &modelTestMutex()
{
    static QMutex mutex;
    return mutex;
}
} // namespace

QStringList &modelTestMessages()
{
    static QStringList messages;
    return messages;
}

void recordModelTestMessage(const QString &message)
{
    QMutexLocker lock(&modelTestMutex());
    modelTestMessages().append(message);
}

void clearModelTestMessages()
{
    QMutexLocker lock(&modelTestMutex());
    modelTestMessages().clear();
}

QString dataPath(const QString &fileName)
{
    return QStringLiteral(SJM_TEST_DATA_DIR "/") + fileName;
}

QByteArray readData(const QString &fileName)
{
    QFile file(dataPath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace testsupport

bool waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    // Wakes the loop for conditions another thread changes without posting an event, and bounds
    // the wait when nothing happens at all.
    QTimer heartbeat;
    heartbeat.start(10);
    while (!predicate()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        // deleteLater() calls run only from an event loop's top level, which this is not.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}
