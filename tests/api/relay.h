// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttpserver.h"

#include <QtGlobal>

// Passes one request a FakeHttpServer received on to a server on this machine and returns its
// answer: a blocking round trip, for a server running on a thread of its own (the sandbox).
// A front that forwards most requests can then fail exactly the ones a test names.
FakeResponse relayTo(quint16 port, const RecordedRequest &request);
