// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// The command line's only way to the terminal, so that error lines look alike and nothing
// else (no qDebug, no token) reaches stdout or stderr.
namespace CliOutput {
void out(const QString &text);
void out(const QByteArray &utf8);
// "spaceone-job-monitor: error: <message>" as one line on stderr.
void error(const QString &message);
// A line on stderr as it is (warnings, notes).
void errorLine(const QString &line);
// Text on stderr without a line break, for a question.
void prompt(const QString &text);
void flush();
} // namespace CliOutput
