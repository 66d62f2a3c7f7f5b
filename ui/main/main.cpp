// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "ui/guiapplication.h"

int main(int argc, char *argv[])
{
    // Subcommands, --help and --version never need a display: decide before any GUI object.
    if (Cli::wanted(argc, argv))
        return Cli::run(argc, argv);
    return runGuiApplication(argc, argv);
}
