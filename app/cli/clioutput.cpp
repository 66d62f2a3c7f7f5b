// SPDX-License-Identifier: MIT
#include "clioutput.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// One line, whatever the message holds: scripts read stderr line by line.
QString oneLine(const QString &text)
{
    return text.simplified();
}
} // namespace

namespace CliOutput {

void out(const QString &text)
{
    write(stdout, text.toUtf8());
}

void out(const QByteArray &utf8)
{
    write(stdout, utf8);
}

void error(const QString &message)
{
    std::fflush(stdout);
    write(stderr,
          (QCoreApplication::applicationName() + QStringLiteral(": error: ") + oneLine(message)).toUtf8() + '\n');
}

void errorLine(const QString &line)
{
    std::fflush(stdout);
    write(stderr, oneLine(line).toUtf8() + '\n');
}

void prompt(const QString &text)
{
    write(stderr, text.toUtf8());
    std::fflush(stderr);
}

void flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace CliOutput
