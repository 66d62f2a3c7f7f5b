// SPDX-License-Identifier: MIT
// The token reader: whatever a user pastes or a keychain returns is read without a crash, and
// the texts derived from it are well-formed.
#include "fuzzsupport.h"

#include "api/jwtclaims.h"
#include "connect/tokeninfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString token = QString::fromUtf8(fuzz::bytes(data, size));
    const TokenInfo info = TokenInfo::fromToken(token);
    FUZZ_CHECK(!info.isDecoded() || info.decodeError().isEmpty());
    (void)info.summary(1700000000000);
    (void)info.expiryWarning(1700000000000);
    (void)info.deleteRefusalReason();
    const qint64 exp = JwtClaims::expiresAtMs(token);
    FUZZ_CHECK(exp == info.expiresAtMs() || !info.isDecoded());
    FUZZ_CHECK(exp == JwtClaims::kNoTime || exp >= 0);
    return 0;
}
