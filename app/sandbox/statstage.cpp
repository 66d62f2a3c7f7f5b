// SPDX-License-Identifier: MIT
#include "sandbox/statstage.h"

#include "sandbox/apierror.h"

namespace sandbox::pipeline {

void pythonError(const QString &message)
{
    throw ApiError::identityUnknown(message);
}

void applyPage(const JsonValue &page, std::vector<JsonValue> &items, JsonValue &result)
{
    const qint64 limit = page.value(QStringLiteral("limit")).toInt();
    if (limit <= 0)
        return;
    qint64 start = page.contains(QStringLiteral("start")) ? page.value(QStringLiteral("start")).toInt() : 1;
    if (start < 1)
        start = 1;
    result.insert(QStringLiteral("total_count"), JsonValue(qint64(items.size())));
    std::vector<JsonValue> sliced;
    for (qint64 i = start - 1; i < qint64(items.size()) && i < start + limit - 1; ++i)
        sliced.push_back(items[size_t(i)]);
    items = std::move(sliced);
}

} // namespace sandbox::pipeline
