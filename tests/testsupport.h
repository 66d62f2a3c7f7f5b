// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace testsupport {

// Messages the Qt model tester (category "qt.modeltest") emitted since the last clear.
QStringList &modelTestMessages();
void clearModelTestMessages();

// Absolute path of a file under tests/data.
QString dataPath(const QString &fileName);
QByteArray readData(const QString &fileName);

} // namespace testsupport

// Fails the current test with every collected model-tester complaint.
#define EXPECT_NO_MODELTEST_FAILURES()                                                                                 \
    EXPECT_TRUE(testsupport::modelTestMessages().isEmpty())                                                            \
        << testsupport::modelTestMessages().join(QLatin1Char('\n')).toStdString()
