// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <vector>

// Compact JSON written straight into bytes, as QJsonDocument::toJson(Compact) would write the same
// values. Request bodies are built on every poll, some with a hundred job ids in them: going
// through QJsonObject and QJsonDocument cost the GUI thread more than everything else in a
// request together.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member's name, within an object.
    void key(QLatin1StringView name);

    void string(QStringView text);
    void strings(const QStringList &texts); // an array of them
    void boolean(bool value);
    void number(qint64 value);
    void value(const QJsonValue &value);

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    static QByteArray compact(const QJsonValue &value);

private:
    void beginValue();
    void escaped(QStringView text);

    QByteArray m_out;
    std::vector<bool> m_filled; // per open object or array: whether it has a member yet
    bool m_afterKey = false;
};
