// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"
#include "sandbox/protoschema.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace sandbox::proto {

// A Python exception json_format raises (or lets through) while it parses.
struct PyException
{
    enum class Type { ParseError, ValueError, TypeError };
    Type type;
    QString message;
};

// protobuf 4.25 json_format: ParseDict into a message (_ConvertFieldValuePair and
// _ConvertScalarFieldValue, their checks in their order, with the Python exception texts of
// Python 3.10), then MessageToDict of the result (proto names, defaults dropped, enums as names,
// google.protobuf.Value numbers as floats). Throws PyException.
class Converter
{
public:
    JsonValue convertMessage(const JsonValue &value, const MessageDesc &desc, QString path);

private:
    using State = std::map<int, JsonValue>; // field number -> normalized value

    JsonValue convertFieldValuePair(const JsonValue &js, const MessageDesc &desc, const QString &path);
    // One name of the object: its field (a ParseError when it has none).
    static const FieldDesc *lookUpField(const JsonValue &nameValue, const MessageDesc &desc, const QString &path);
    void convertField(const JsonValue &js, const QString &name, const FieldDesc &field, const MessageDesc &desc,
                      const QString &path, QStringList &names, State &state);
    JsonValue convertRepeated(const JsonValue &value, const FieldDesc &field, const QString &name, const QString &path);
    // MessageToDict of the parsed fields.
    static JsonValue toDict(const State &state, const MessageDesc &desc);
    static void setField(State &state, const MessageDesc &desc, const FieldDesc &field, JsonValue value);
    static void checkRange(const JsonValue &v, const FieldDesc &field);
    JsonValue convertScalar(const JsonValue &value, const FieldDesc &field, const QString &path);
    JsonValue convertValue(const JsonValue &value, const QString &path);
    JsonValue convertListValue(const JsonValue &value, const QString &path);
    JsonValue convertStruct(const JsonValue &value, const QString &path);

    int m_depth = 0;
};

} // namespace sandbox::proto
