// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <ctime>

// CPU time of the calling thread, in milliseconds: what this thread spent, whatever else the
// (shared) machine was doing meanwhile.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}
