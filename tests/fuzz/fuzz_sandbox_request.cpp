// SPDX-License-Identifier: MIT
// A Job API request body as the sandbox's service parses it (JSON with Python's rules, the
// protobuf message mapping, queries, filters, sorts, pages), for list, get and stat against a
// store of generated jobs. Every answer is an HTTP status with a JSON body, never a crash.
#include "fuzzsandbox.h"

#include "sandbox/jobservice.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    fuzz::SandboxWorld &world = fuzz::SandboxWorld::instance();
    static const QString verbs[] = { QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("stat") };
    const QString verb = verbs[data[0] % 3];
    sandbox::JobService service(world.store, world.tokens);
    const sandbox::JobService::Reply reply
        = service.handle(verb, fuzz::bytes(data + 1, size - 1), QByteArray("Bearer ") + fuzz::kToken, fuzz::kNowMs);
    FUZZ_CHECK(reply.status >= 200 && reply.status < 600);
    FUZZ_CHECK(reply.deletedJobId.isEmpty());
    (void)reply.body.toJson();
    return 0;
}
