// SPDX-License-Identifier: MIT
// A query's filter, filter_or and sort, compiled to SQL and run against the store: compiled or
// refused with the server's error, and the SQL it produces always runs.
#include "fuzzsandbox.h"

#include "sandbox/apierror.h"
#include "sandbox/jsonvalue.h"
#include "sandbox/querycompiler.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::SandboxWorld &world = fuzz::SandboxWorld::instance();
    sandbox::JsonValue query;
    if (!sandbox::JsonValue::parse(fuzz::bytes(data, size), &query) || !query.isObject())
        return 0;
    sandbox::QueryCompiler compiler;
    compiler.setNow(fuzz::kNowMs);
    try {
        compiler.compileFilter(query.value(QStringLiteral("filter")), query.value(QStringLiteral("filter_or")));
        const QString orderBy = sandbox::QueryCompiler::orderBy(query.value(QStringLiteral("sort")));
        if (!compiler.deferredError())
            (void)world.store.select(compiler.whereSql(), compiler.binds(), orderBy, 5);
    } catch (const sandbox::ApiError &) {
        // The server's own refusal of the query.
    }
    return 0;
}
