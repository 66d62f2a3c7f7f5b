// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <unistd.h>

#include <gtest/gtest.h>

namespace {
QtMessageHandler g_previousHandler = nullptr;
QMutex g_mutex;

void collectModelTest(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0) {
        QMutexLocker lock(&g_mutex);
        testsupport::modelTestMessages().append(message);
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

namespace testsupport {
QStringList &modelTestMessages()
{
    static QStringList messages;
    return messages;
}

void clearModelTestMessages()
{
    QMutexLocker lock(&g_mutex);
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
    g_previousHandler = qInstallMessageHandler(collectModelTest);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
