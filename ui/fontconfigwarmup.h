// SPDX-License-Identifier: MIT
#pragma once

#include <thread>

// Reads fontconfig's configuration and font caches on another core from the first line of the
// GUI's start. That read (FcInit) is most of the font database's first load, 5-6 ms that the
// window's first text measurement otherwise spends on the GUI thread, while the other core has
// nothing to do before the window is built. Qt's own FcInit then finds it done.
//
// fontconfig is looked up in the process (Qt Gui links it on Linux), so a build without it just
// starts no thread. The GUI thread must wait before its first font use: fontconfig lets two
// first calls race safely, but each would then read everything. The window waits where it starts
// measuring texts (waitForRunning), so what it builds before that overlaps the read too.
class FontconfigWarmup
{
public:
    using Init = int (*)();
    // fontconfig's FcInit in this process, or null.
    static Init processFcInit();

    explicit FontconfigWarmup(Init init = processFcInit());
    ~FontconfigWarmup(); // waits
    FontconfigWarmup(const FontconfigWarmup &) = delete;
    FontconfigWarmup &operator=(const FontconfigWarmup &) = delete;

    // Whether a thread was started (fontconfig is in the process).
    bool started() const { return m_started; }
    // Returns once fontconfig is set up; at once when no thread was started or after a wait.
    void wait();
    // wait() on the warm-up running in this process, if any. GUI thread only.
    static void waitForRunning();

private:
    std::thread m_thread;
    bool m_started = false;
};
