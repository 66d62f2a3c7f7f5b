// SPDX-License-Identifier: MIT
#pragma once

namespace BuildInfo {
// The short git commit of the source tree at configure time, or "unknown" outside a checkout.
const char *gitCommit();
} // namespace BuildInfo
