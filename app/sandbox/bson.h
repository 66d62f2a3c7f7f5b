// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QString>

// How MongoDB sees the sandbox's documents, for the stat engine's in-memory pipeline.
namespace sandbox::bson {

// The BSON type name MongoDB's error messages use ("string", "date", ...).
QString typeName(const JsonValue &v);

// MongoDB's sort order: first by type (null < numbers < strings < objects < arrays < bool <
// dates), then by value; strings compare as UTF-8 bytes. Returns <0, 0 or >0.
int compare(const JsonValue &a, const JsonValue &b);

// Resolves "a.b.c" in a document; *missing tells a missing field from an explicit null.
JsonValue getPath(const JsonValue &doc, const QString &path, bool *missing = nullptr);

} // namespace sandbox::bson
