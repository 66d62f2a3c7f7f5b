// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/faultoptions.h"

#include <QMutex>
#include <QString>

#include <random>

namespace sandbox {

// Decides, per request, which fault (if any) the sandbox injects. Thread-safe: tests change the
// options from their own thread while the server thread draws decisions.
class FaultInjector
{
public:
    enum class Kind { None, Error500, Error503, Truncate, Malformed, Drop };
    struct Decision
    {
        Kind kind = Kind::None;
        int latencyMs = 0;
    };

    // Replaces the options and reseeds the generator, so a sequence of decisions is reproducible.
    void setOptions(const FaultOptions &options);
    FaultOptions options() const;
    Decision decide();

    static QString kindName(Kind kind);

private:
    mutable QMutex m_mutex;
    FaultOptions m_options;
    std::mt19937 m_rng{ 1 };
};

} // namespace sandbox
