// SPDX-License-Identifier: MIT
// A StatisticsQuery (aggregate pipelines, distinct, page) run by the sandbox's stat engine over
// generated jobs: a result or the server's error, never a crash.
#include "fuzzsandbox.h"

#include "sandbox/apierror.h"
#include "sandbox/jsonvalue.h"
#include "sandbox/statengine.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::SandboxWorld &world = fuzz::SandboxWorld::instance();
    sandbox::JsonValue query;
    if (!sandbox::JsonValue::parse(fuzz::bytes(data, size), &query) || !query.isObject())
        return 0;
    const sandbox::StatEngine engine(world.store);
    try {
        (void)engine.stat(query, fuzz::kNowMs).toJson();
    } catch (const sandbox::ApiError &) {
        // The server's own refusal of the query.
    }
    return 0;
}
