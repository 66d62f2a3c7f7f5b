// SPDX-License-Identifier: MIT
// spacectl's configuration files, read with the YAML subset reader: a map or an error naming a
// line, never a crash or a hang.
#include "fuzzsupport.h"

#include "connect/yamlsubsetreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const QVariantMap map = YamlSubsetReader::parse(fuzz::bytes(data, size), &error);
    FUZZ_CHECK(error.isEmpty() || map.isEmpty());
    return 0;
}
