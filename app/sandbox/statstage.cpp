// SPDX-License-Identifier: MIT
#include "sandbox/statstage.h"

#include "sandbox/apierror.h"
#include "sandbox/listenvelope.h"

namespace sandbox::pipeline {

void pythonError(const QString &message)
{
    throw ApiError::identityUnknown(message);
}

void applyPage(const JsonValue &page, std::vector<JsonValue> &items, JsonValue &result)
{
    const ListEnvelope::Window window = ListEnvelope::window(page);
    if (window.limit <= 0)
        return;
    result.insert(QStringLiteral("total_count"), JsonValue(qint64(items.size())));
    std::vector<JsonValue> sliced;
    for (qint64 i = window.offset; i < qint64(items.size()) && i < window.offset + window.limit; ++i)
        sliced.push_back(items[size_t(i)]);
    items = std::move(sliced);
}

} // namespace sandbox::pipeline
