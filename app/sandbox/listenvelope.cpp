// SPDX-License-Identifier: MIT
#include "sandbox/listenvelope.h"

#include <algorithm>

namespace sandbox {

ListEnvelope::Window ListEnvelope::window(const JsonValue &page)
{
    Window w;
    w.limit = std::clamp<qint64>(page.value(QStringLiteral("limit")).toInt(), 0, kMaxWindow);
    if (w.limit > 0) {
        const qint64 start = page.contains(QStringLiteral("start")) ? page.value(QStringLiteral("start")).toInt() : 1;
        w.offset = std::clamp<qint64>(start, 1, kMaxWindow) - 1;
    }
    return w;
}

JsonValue ListEnvelope::project(const JsonValue &info, const QStringList &only, const JsonValue &defaults)
{
    if (only.isEmpty())
        return info;
    JsonValue projected = JsonValue::object();
    for (const auto &member : info.toObject()) {
        const QString prefix = member.first + u'.';
        if (only.contains(member.first)) {
            projected.insert(member.first, member.second);
            continue;
        }
        // In the message's field order, where MessageToDict puts it.
        if (const JsonValue *fallback = defaults.isObject() ? defaults.find(member.first) : nullptr) {
            projected.insert(member.first, *fallback);
            continue;
        }
        QStringList subKeys;
        for (const QString &key : only) {
            if (key.startsWith(prefix))
                subKeys << key.mid(prefix.size()).section(u'.', 0, 0);
        }
        if (subKeys.isEmpty() || !member.second.isObject())
            continue;
        // only=["options.x"]: just those sub keys
        JsonValue sub = JsonValue::object();
        for (const QString &subKey : subKeys) {
            if (const JsonValue *v = member.second.find(subKey))
                sub.insert(subKey, *v);
        }
        projected.insert(member.first, sub);
    }
    return projected;
}

JsonValue ListEnvelope::write(const QVector<JsonValue> &rows, qint64 total, const QStringList &only,
                              const JsonValue &defaults)
{
    JsonValue results = JsonValue::array();
    for (const JsonValue &row : rows)
        results.append(project(row, only, defaults));
    JsonValue out = JsonValue::object();
    if (results.size() > 0)
        out.insert(QStringLiteral("results"), results);
    if (total != 0)
        out.insert(QStringLiteral("total_count"), JsonValue(total));
    return out;
}

} // namespace sandbox
