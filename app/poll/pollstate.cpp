// SPDX-License-Identifier: MIT
#include "pollstate.h"

QString PollState::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        return QStringLiteral("idle");
    case Phase::Polling:
        return QStringLiteral("polling");
    case Phase::Paused:
        return QStringLiteral("paused");
    case Phase::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString PollState::kindName(PollKind kind)
{
    switch (kind) {
    case PollKind::Full:
        return QStringLiteral("full");
    case PollKind::Delta:
        return QStringLiteral("delta");
    case PollKind::Sweep:
        return QStringLiteral("sweep");
    }
    return {};
}
