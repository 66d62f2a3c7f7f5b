// SPDX-License-Identifier: MIT
#include "fontconfigwarmup.h"

#include <dlfcn.h>

#include <system_error>

namespace {
FontconfigWarmup *g_running = nullptr; // the one started last; GUI thread only
} // namespace

FontconfigWarmup::Init FontconfigWarmup::processFcInit()
{
    return reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit"));
}

FontconfigWarmup::FontconfigWarmup(Init init)
{
    if (!init)
        return;
    try {
        m_thread = std::thread([init] { init(); });
    } catch (const std::system_error &) {
        return; // no thread to spare: Qt reads fontconfig itself, as it would anyway
    }
    m_started = true;
    g_running = this;
}

FontconfigWarmup::~FontconfigWarmup()
{
    wait();
    if (g_running == this)
        g_running = nullptr;
}

void FontconfigWarmup::waitForRunning()
{
    if (g_running)
        g_running->wait();
}

void FontconfigWarmup::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
