// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

// Interns repeated strings (workspace, trusted account, plugin and domain ids) so thousands of
// jobs share a handful of buffers instead of each holding a copy. Not thread-safe: one pool per
// decoding thread, or hand the pool over with the data.
class StringPool
{
public:
    QString intern(const QString &value);
    int size() const { return int(m_strings.size()); }
    void clear() { m_strings.clear(); }

private:
    QSet<QString> m_strings;
};
