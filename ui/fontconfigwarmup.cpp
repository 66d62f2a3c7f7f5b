// SPDX-License-Identifier: MIT
#include "fontconfigwarmup.h"

#include <dlfcn.h>

FontconfigWarmup::Init FontconfigWarmup::processFcInit()
{
    return reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit"));
}

FontconfigWarmup::FontconfigWarmup(Init init)
{
    if (!init)
        return;
    m_thread = std::thread([init] { init(); });
    m_started = true;
}

FontconfigWarmup::~FontconfigWarmup()
{
    wait();
}

void FontconfigWarmup::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
