// SPDX-License-Identifier: MIT
// A directory listing (workspaces, trusted accounts, plugins) as the name directory reads it.
#include "fuzzsupport.h"

#include "api/directorylistreply.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const ApiResource resource : { ApiResource::Workspace, ApiResource::TrustedAccount, ApiResource::Plugin }) {
        QList<DirectoryEntry> entries;
        QString error;
        if (!DirectoryListReply::decode(body, resource, &entries, &error)) {
            FUZZ_CHECK(!error.isEmpty());
            continue;
        }
        for (const DirectoryEntry &entry : entries)
            FUZZ_CHECK(!entry.id.isEmpty());
    }
    return 0;
}
