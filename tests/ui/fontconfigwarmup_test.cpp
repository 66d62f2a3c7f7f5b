// SPDX-License-Identifier: MIT
// fontconfig is set up on another thread at start: found in the process, run off the calling
// thread, and finished whenever wait(), waitForRunning() or the destructor returns.
#include "ui/fontconfigwarmup.h"

#include <QFontDatabase>
#include <QStringList>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace {
std::atomic<bool> g_finished{ false };
std::atomic<bool> g_ranOnCaller{ true };
std::thread::id g_caller;

// Slow on purpose: a wait that returned early would find it unfinished.
int slowInit()
{
    g_ranOnCaller = std::this_thread::get_id() == g_caller;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    g_finished = true;
    return 1;
}

void reset()
{
    g_finished = false;
    g_ranOnCaller = true;
    g_caller = std::this_thread::get_id();
}
} // namespace

TEST(FontconfigWarmup, FindsFontconfigInTheProcess)
{
    // Qt Gui links fontconfig on Linux: the app's start finds it without a build dependency.
    EXPECT_NE(FontconfigWarmup::processFcInit(), nullptr);
    FontconfigWarmup warmup;
    EXPECT_TRUE(warmup.started());
    warmup.wait();
    warmup.wait(); // a second wait returns at once
    EXPECT_FALSE(QFontDatabase::families().isEmpty());
}

TEST(FontconfigWarmup, RunsOffTheCallingThreadAndWaitReturnsOnceDone)
{
    reset();
    FontconfigWarmup warmup(&slowInit);
    EXPECT_TRUE(warmup.started());
    warmup.wait();
    EXPECT_TRUE(g_finished);
    EXPECT_FALSE(g_ranOnCaller);
}

TEST(FontconfigWarmup, TheWindowWaitsForTheOneRunning)
{
    reset();
    FontconfigWarmup warmup(&slowInit);
    FontconfigWarmup::waitForRunning();
    EXPECT_TRUE(g_finished);
}

TEST(FontconfigWarmup, NothingRunningAfterItEnds)
{
    reset();
    {
        FontconfigWarmup warmup(&slowInit);
    }
    FontconfigWarmup::waitForRunning(); // must not touch the ended one
    EXPECT_TRUE(g_finished);
}

TEST(FontconfigWarmup, TheDestructorWaits)
{
    reset();
    {
        FontconfigWarmup warmup(&slowInit);
    }
    EXPECT_TRUE(g_finished);
}

TEST(FontconfigWarmup, WithoutFontconfigStartsNothing)
{
    FontconfigWarmup warmup(nullptr);
    EXPECT_FALSE(warmup.started());
    warmup.wait();
}
