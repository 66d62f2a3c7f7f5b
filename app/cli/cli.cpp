// SPDX-License-Identifier: MIT
#include "cli.h"

#include "cliinvocation.h"
#include "clioutput.h"
#include "clirunner.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimer>

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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spaceone-job-monitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SJM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("SpaceONE Job Monitor"));

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
