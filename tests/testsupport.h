// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace testsupport {

// Messages the Qt model tester (category "qt.modeltest") emitted since the last clear.
QStringList &modelTestMessages();
// Thread-safe: the model tester may report from any thread.
void recordModelTestMessage(const QString &message);
void clearModelTestMessages();

// Absolute path of a file under tests/data.
QString dataPath(const QString &fileName);
QByteArray readData(const QString &fileName);

} // namespace testsupport

// Runs the event loop until `predicate` holds or `timeoutMs` has passed; true when it holds.
// QTest::qWaitFor sleeps 10 ms between checks, so a wait through many round trips to a local
// server costs 10 ms a step; this one sleeps only while no event is pending. Never use a wait to
// show that something did not happen: wait for the event that proves it.
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs = 10000);

// Fails the current test with every collected model-tester complaint.
#define EXPECT_NO_MODELTEST_FAILURES()                                                                                 \
    EXPECT_TRUE(testsupport::modelTestMessages().isEmpty())                                                            \
        << testsupport::modelTestMessages().join(QLatin1Char('\n')).toStdString()
