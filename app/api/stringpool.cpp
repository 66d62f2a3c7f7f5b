// SPDX-License-Identifier: MIT
#include "stringpool.h"

QString StringPool::intern(const QString &value)
{
    if (value.isEmpty())
        return {};
    const auto it = m_strings.constFind(value);
    if (it != m_strings.constEnd())
        return *it;
    m_strings.insert(value);
    return value;
}
