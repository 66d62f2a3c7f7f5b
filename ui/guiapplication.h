// SPDX-License-Identifier: MIT
#pragma once

// Runs the desktop app: command-line options for the window (--screenshot FILE, --profile
// NAME), the embedded sandbox for the built-in connection, and the main window.
int runGuiApplication(int argc, char *argv[]);
