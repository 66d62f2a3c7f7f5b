// SPDX-License-Identifier: MIT
#pragma once

// Entry points of the command-line interface that shares the executable with the window.
namespace Cli {
// argv[1] is a subcommand, help or --version: run without a display.
bool wanted(int argc, char **argv);
// Runs the command line with a QCoreApplication and returns the process exit code.
int run(int argc, char **argv);
} // namespace Cli
