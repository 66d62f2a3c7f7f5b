// SPDX-License-Identifier: MIT
#pragma once

#include "fuzzsupport.h"

#include "sandbox/jobsimulator.h"
#include "sandbox/jobstore.h"
#include "sandbox/tokenauthority.h"

// One in-memory sandbox store with a few hundred generated jobs and a known token, built once
// per fuzzer process: the targets query it, they never change it.
namespace fuzz {

constexpr qint64 kNowMs = 1718000000000; // a fixed "now", so runs repeat
const char kToken[] = "fuzz-domain-admin-token";

struct SandboxWorld
{
    sandbox::JobStore store;
    sandbox::TokenAuthority tokens;
    QString domainId;

    SandboxWorld()
    {
        ensureApplication();
        QString error;
        if (!store.open(QStringLiteral(":memory:"), false, &error)) {
            fprintf(stderr, "cannot open the store: %s\n", qPrintable(error));
            abort();
        }
        domainId = sandbox::JobSimulator::domainIdForSeed(7);
        sandbox::JobSimulator simulator(store, 7, domainId);
        simulator.generateHistory(300, kNowMs);
        tokens.setSecret("fuzz-secret");
        tokens.setDomainId(domainId);
        tokens.addFixedToken(QString::fromLatin1(kToken), sandbox::Role::DomainAdmin, QString());
    }

    static SandboxWorld &instance()
    {
        static SandboxWorld world;
        return world;
    }
};

} // namespace fuzz
