// SPDX-License-Identifier: MIT
#include "cli.h"

#include "cliinvocation.h"
#include "clioutput.h"
#include "clirunner.h"

#include "api/apptranslations.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimer>

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// Scripts rely on stderr holding nothing but our own lines; Qt's warnings (a missing TLS
// library, XDG paths) would break that. SJM_DEBUG=1 lets them through for troubleshooting.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && g_defaultHandler)
        g_defaultHandler(type, context, message);
}
} // namespace

namespace Cli {

bool wanted(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc && i < 2; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return CliInvocation::isCliInvocation(arguments);
}

int run(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("SJM_DEBUG"))
        g_defaultHandler = qInstallMessageHandler(quietHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spaceone-job-monitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SJM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("spaceone-job-monitor"));
    // The same language as the window, plural forms included ("Delete 2 jobs").
    AppTranslations translations;
    translations.install();

    const CliInvocation invocation = CliInvocation::parse(QCoreApplication::arguments());
    switch (invocation.action) {
    case CliInvocation::Action::Help:
    case CliInvocation::Action::Version:
        CliOutput::out(invocation.output);
        CliOutput::flush();
        return CliRunner::Success;
    case CliInvocation::Action::UsageError:
        CliOutput::error(invocation.error);
        CliOutput::flush();
        return CliRunner::Usage;
    case CliInvocation::Action::Run:
        break;
    }
    CliRunner runner(invocation);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return app.exec();
}

} // namespace Cli
