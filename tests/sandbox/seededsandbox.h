// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxserver.h"

#include <gtest/gtest.h>

namespace sandboxtest {

// A sandbox generated from a seed and never simulated: the same jobs and names on every start.
inline sandbox::SandboxOptions seededOptions(quint32 seed = 7, int jobs = 600)
{
    sandbox::SandboxOptions o;
    o.seed = seed;
    o.initialJobs = jobs;
    o.simulate = false;
    return o;
}

// One seeded sandbox (seededOptions()) for a whole test suite; tests must not change its data.
// Shared by the sandbox's own tests and the client tests that talk to it.
class SeededSandboxTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = new sandbox::SandboxServer;
        QString error;
        ASSERT_TRUE(s_server->start(seededOptions(), &error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    static inline sandbox::SandboxServer *s_server = nullptr;
};

} // namespace sandboxtest
