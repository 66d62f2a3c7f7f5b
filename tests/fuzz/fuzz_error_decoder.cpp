// SPDX-License-Identifier: MIT
// An HTTP error answer: status, content type and body all come from the server. The message a
// person sees must be one bounded line that never holds the token, whatever the server echoed.
#include "fuzzsupport.h"

#include "api/apierror.h"
#include "api/secretscrubber.h"

namespace {
const QString kToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJyb2wiOiJET01BSU5fQURNSU4ifQ.c2lnbmF0dXJlLXNlY3JldA");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] % 200);
    static const QByteArray contentTypes[] = { "application/json", "text/html; charset=utf-8", "text/plain", "" };
    const QByteArray contentType = contentTypes[data[1] % 4];
    QByteArray body = fuzz::bytes(data + 2, size - 2);
    // Let the input place the token (or pieces of it) in the body.
    body.replace("TOKEN", kToken.toLatin1());
    body.replace("token", kToken.toLower().toLatin1());
    const ApiError error = ApiError::fromHttp(status, body, contentType);
    FUZZ_CHECK(error.kind == ApiError::Kind::Http);
    FUZZ_CHECK(error.message.size() <= 400);

    const SecretScrubber scrubber(kToken);
    const QString shown = scrubber.scrub(error.humanMessage());
    FUZZ_CHECK(!shown.contains(kToken, Qt::CaseInsensitive));
    FUZZ_CHECK(!shown.contains(kToken.section(QLatin1Char('.'), 2, 2), Qt::CaseInsensitive));
    FUZZ_CHECK(!shown.contains(QLatin1Char('\n')));
    FUZZ_CHECK(!error.title().isEmpty());
    return 0;
}
