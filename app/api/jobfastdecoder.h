// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

struct JobListPage;
class StringPool;

// A faster decoder for list replies, built on simdjson when it is available. It accepts only
// what JobDecoder would accept and produce the same values for; on anything else (malformed
// JSON, a wrong type, a duplicate key, an unparsable time) it returns false without touching
// *page, and JobDecoder decodes the reply again to report the problem in its own words.
namespace JobFastDecoder {
bool isAvailable();
bool decodeList(const QByteArray &body, JobListPage *page, StringPool *pool);
} // namespace JobFastDecoder
