// SPDX-License-Identifier: MIT
// The sandbox's framing of HTTP/1.1 requests ahead of its HTTP server, where the body and
// header limits are enforced. The verdict and the requests counted must not depend on how the
// bytes were split into reads, and nothing may be buffered beyond the header limit.
#include "fuzzsupport.h"

#include "sandbox/requestframer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qint64 maxHeader = 64 + data[0] * 8;
    const qint64 maxBody = data[1] * 16;
    const char *bytes = reinterpret_cast<const char *>(data + 2);
    const qsizetype n = qsizetype(size - 2);

    sandbox::RequestFramer whole(maxHeader, maxBody);
    whole.setKeepBodies(true);
    const auto verdict = whole.feed(bytes, n);

    // The same bytes in pieces whose sizes come from the bytes themselves.
    sandbox::RequestFramer pieces(maxHeader, maxBody);
    pieces.setKeepBodies(true);
    qsizetype at = 0;
    auto last = sandbox::RequestFramer::Verdict::Ok;
    while (at < n) {
        const qsizetype step = 1 + qsizetype(static_cast<unsigned char>(bytes[at]) % 7);
        const qsizetype take = qMin(step, n - at);
        last = pieces.feed(bytes + at, take);
        at += take;
    }
    FUZZ_CHECK(last == verdict);
    FUZZ_CHECK(pieces.requestsCompleted() == whole.requestsCompleted());
    FUZZ_CHECK(pieces.state() == whole.state());
    if (verdict == sandbox::RequestFramer::Verdict::Ok && whole.bodyLength() > maxBody)
        fuzz::violated("a body over the limit was accepted");
    // The same bodies, whole, whatever the reads were; never more than the limit.
    FUZZ_CHECK(whole.bodiesKept() == whole.requestsCompleted());
    QByteArray a;
    QByteArray b;
    while (whole.takeBody(&a)) {
        FUZZ_CHECK(pieces.takeBody(&b));
        FUZZ_CHECK(a == b);
        FUZZ_CHECK(a.size() <= maxBody);
    }
    FUZZ_CHECK(!pieces.takeBody(&b));
    return 0;
}
