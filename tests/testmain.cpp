// SPDX-License-Identifier: MIT
#include "net/qtnetworkbackend.h"
#include "testsupport.h"

#include <QApplication>

#include <unistd.h>

#include <gtest/gtest.h>

namespace {
QtMessageHandler g_previousHandler = nullptr;

void collectModelTest(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0) {
        testsupport::recordModelTestMessage(message);
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

int main(int argc, char **argv)
{
    // Tests never touch the user's real settings.
    QApplication::setOrganizationName(QStringLiteral("SpaceONEJobMonitorTests"));
    QApplication::setApplicationName(QStringLiteral("spaceone-job-monitor-tests"));
    qputenv("XDG_CONFIG_HOME", QByteArray("/tmp/sjm-tests-config-") + QByteArray::number(qint64(::getpid())));
    // Tests never need a real display; discovery runs without the CTest environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QtNetworkBackend::installLinked(); // the network code is linked in, not loaded
    g_previousHandler = qInstallMessageHandler(collectModelTest);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
