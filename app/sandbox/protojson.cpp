// SPDX-License-Identifier: MIT
#include "sandbox/protojson.h"

#include "sandbox/apierror.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <limits>
#include <map>

namespace sandbox {

namespace {

// ----- descriptors ---------------------------------------------------------------------------

enum class Kind { String, Bool, UInt32, Int32, Enum, Message, Value, ListValue, Struct };

struct EnumDesc
{
    QString fullName;
    std::vector<std::pair<QString, int>> values;
};

struct MessageDesc;

struct FieldDesc
{
    QString name;
    int number = 0;
    Kind kind = Kind::String;
    bool repeated = false;
    QString oneof;
    const MessageDesc *message = nullptr;
    const EnumDesc *enumDesc = nullptr;

    QString jsonName() const
    {
        QString out;
        bool upper = false;
        for (const QChar c : name) {
            if (c == u'_') {
                upper = true;
                continue;
            }
            out.append(upper ? c.toUpper() : c);
            upper = false;
        }
        return out;
    }
};

struct MessageDesc
{
    QString fullName;
    QString name;
    std::vector<FieldDesc> fields;

    const FieldDesc *byJsonName(const QString &n) const
    {
        for (const auto &f : fields) {
            if (f.jsonName() == n)
                return &f;
        }
        return nullptr;
    }
    const FieldDesc *byName(const QString &n) const
    {
        for (const auto &f : fields) {
            if (f.name == n)
                return &f;
        }
        return nullptr;
    }
    QString availableFields() const
    {
        QStringList names;
        for (const auto &f : fields)
            names << JsonValue::pythonStringRepr(f.jsonName());
        return u'[' + names.join(QStringLiteral(", ")) + u']';
    }
};

FieldDesc scalar(const char *name, int number, Kind kind, const char *oneof = nullptr)
{
    FieldDesc f;
    f.name = QString::fromLatin1(name);
    f.number = number;
    f.kind = kind;
    if (oneof)
        f.oneof = QString::fromLatin1(oneof);
    return f;
}

FieldDesc message(const char *name, int number, const MessageDesc *m, bool repeated = false,
                  const char *oneof = nullptr)
{
    FieldDesc f = scalar(name, number, Kind::Message, oneof);
    f.message = m;
    f.repeated = repeated;
    return f;
}

FieldDesc repeatedScalar(const char *name, int number, Kind kind)
{
    FieldDesc f = scalar(name, number, kind);
    f.repeated = true;
    return f;
}

FieldDesc enumField(const char *name, int number, const EnumDesc *e)
{
    FieldDesc f = scalar(name, number, Kind::Enum);
    f.enumDesc = e;
    return f;
}

struct Schema
{
    EnumDesc jobStatus;
    MessageDesc filter, sort, page, unwind, query;
    MessageDesc groupKey, groupSubField, subCondition, groupField, group, projectField, project, count, aggregate,
        statisticsQuery;
    MessageDesc jobRequest, jobsQuery, jobStatQuery;
    EnumDesc workspaceState;
    MessageDesc workspaceSearchQuery, trustedAccountSearchQuery, trustedAccountRequest, pluginQuery;

    Schema()
    {
        const QString core = QStringLiteral("spaceone.api.core.v2.");
        const QString identity = QStringLiteral("spaceone.api.identity.v2.");
        auto init = [](MessageDesc &m, const QString &pkg, const char *name) {
            m.name = QString::fromLatin1(name);
            m.fullName = pkg + m.name;
        };

        jobStatus.fullName = identity + QStringLiteral("JobsQuery.JobStatus");
        jobStatus.values = { { QStringLiteral("NONE"), 0 },        { QStringLiteral("PENDING"), 1 },
                             { QStringLiteral("IN_PROGRESS"), 2 }, { QStringLiteral("FAILURE"), 3 },
                             { QStringLiteral("SUCCESS"), 4 },     { QStringLiteral("CANCELED"), 5 } };

        init(filter, core, "Filter");
        filter.fields
            = { scalar("key", 1, Kind::String, "key_alias"),           scalar("k", 2, Kind::String, "key_alias"),
                scalar("value", 3, Kind::Value, "value_alias"),        scalar("v", 4, Kind::Value, "value_alias"),
                scalar("operator", 5, Kind::String, "operator_alias"), scalar("o", 6, Kind::String, "operator_alias") };
        init(sort, core, "Sort");
        sort.fields = { scalar("key", 1, Kind::String), scalar("desc", 2, Kind::Bool) };
        init(page, core, "Page");
        page.fields = { scalar("start", 1, Kind::UInt32), scalar("limit", 2, Kind::UInt32) };
        init(unwind, core, "Unwind");
        unwind.fields = { scalar("path", 1, Kind::String), message("filter", 2, &filter, true) };
        init(query, core, "Query");
        query.fields = { message("filter", 1, &filter, true),     message("filter_or", 2, &filter, true),
                         message("sort", 3, &sort, true),         message("page", 4, &page),
                         scalar("minimal", 5, Kind::Bool),        scalar("count_only", 6, Kind::Bool),
                         repeatedScalar("only", 7, Kind::String), scalar("keyword", 8, Kind::String),
                         message("unwind", 9, &unwind),           scalar("lookup", 10, Kind::ListValue),
                         scalar("add_fields", 11, Kind::Struct) };

        init(groupKey, core, "AggregateGroupKey");
        groupKey.fields = { scalar("key", 1, Kind::String, "key_alias"), scalar("k", 2, Kind::String, "key_alias"),
                            scalar("name", 3, Kind::String, "name_alias"), scalar("n", 4, Kind::String, "name_alias"),
                            scalar("date_format", 5, Kind::String) };
        init(groupSubField, core, "AggregateGroupSubField");
        groupSubField.fields
            = { scalar("key", 1, Kind::String, "key_alias"), scalar("k", 2, Kind::String, "key_alias"),
                scalar("name", 3, Kind::String, "name_alias"), scalar("n", 4, Kind::String, "name_alias") };
        init(subCondition, core, "AggregateSubCondition");
        subCondition.fields = filter.fields;
        init(groupField, core, "AggregateGroupField");
        groupField.fields = { scalar("key", 1, Kind::String, "key_alias"),
                              scalar("k", 2, Kind::String, "key_alias"),
                              scalar("name", 3, Kind::String, "name_alias"),
                              scalar("n", 4, Kind::String, "name_alias"),
                              scalar("operator", 5, Kind::String, "operator_alias"),
                              scalar("o", 6, Kind::String, "operator_alias"),
                              message("fields", 7, &groupSubField, true),
                              message("conditions", 8, &subCondition, true) };
        init(group, core, "AggregateGroup");
        group.fields = { message("keys", 1, &groupKey, true), message("fields", 2, &groupField, true) };
        init(projectField, core, "AggregateProjectField");
        projectField.fields
            = { scalar("key", 1, Kind::String, "key_alias"),           scalar("k", 2, Kind::String, "key_alias"),
                scalar("name", 3, Kind::String, "name_alias"),         scalar("n", 4, Kind::String, "name_alias"),
                scalar("operator", 5, Kind::String, "operator_alias"), scalar("o", 6, Kind::String, "operator_alias") };
        init(project, core, "AggregateProject");
        project.fields = { message("fields", 1, &projectField, true), scalar("exclude_keys", 2, Kind::Bool) };
        init(count, core, "AggregateCount");
        count.fields = { scalar("name", 1, Kind::String) };
        init(aggregate, core, "StatisticsAggregate");
        aggregate.fields = { message("unwind", 1, &unwind, false, "aggregate_alias"),
                             message("group", 2, &group, false, "aggregate_alias"),
                             message("count", 3, &count, false, "aggregate_alias"),
                             scalar("sort", 4, Kind::ListValue, "aggregate_alias"),
                             message("project", 5, &project, false, "aggregate_alias"),
                             scalar("limit", 6, Kind::Int32, "aggregate_alias"),
                             scalar("skip", 7, Kind::Int32, "aggregate_alias") };
        init(statisticsQuery, core, "StatisticsQuery");
        statisticsQuery.fields = { message("filter", 1, &filter, true),       message("filter_or", 2, &filter, true),
                                   message("aggregate", 3, &aggregate, true), message("page", 4, &page),
                                   scalar("distinct", 5, Kind::String),       scalar("keyword", 6, Kind::String) };

        init(jobRequest, identity, "JobRequest");
        jobRequest.fields = { scalar("job_id", 1, Kind::String) };
        init(jobsQuery, identity, "JobsQuery");
        jobsQuery.fields = { message("query", 1, &query),
                             scalar("job_id", 2, Kind::String),
                             enumField("status", 3, &jobStatus),
                             scalar("workspace_id", 21, Kind::String),
                             scalar("trusted_account_id", 22, Kind::String),
                             scalar("plugin_id", 23, Kind::String) };
        init(jobStatQuery, identity, "JobStatQuery");
        jobStatQuery.fields = { message("query", 1, &statisticsQuery) };

        // The directory messages the names of workspaces, trusted accounts and plugins come from.
        workspaceState.fullName = identity + QStringLiteral("WorkspaceSearchQuery.State");
        workspaceState.values
            = { { QStringLiteral("NONE"), 0 }, { QStringLiteral("ENABLED"), 1 }, { QStringLiteral("DISABLED"), 2 } };
        init(workspaceSearchQuery, identity, "WorkspaceSearchQuery");
        workspaceSearchQuery.fields = { message("query", 1, &query), scalar("workspace_id", 2, Kind::String),
                                        scalar("name", 3, Kind::String), enumField("state", 4, &workspaceState) };
        init(trustedAccountSearchQuery, identity, "TrustedAccountSearchQuery");
        trustedAccountSearchQuery.fields = { message("query", 1, &query),
                                             scalar("trusted_account_id", 2, Kind::String),
                                             scalar("name", 3, Kind::String),
                                             scalar("provider", 4, Kind::String),
                                             scalar("secret_schema_id", 5, Kind::String),
                                             scalar("trusted_secret_id", 6, Kind::String),
                                             scalar("workspace_id", 21, Kind::String) };
        init(trustedAccountRequest, identity, "TrustedAccountRequest");
        trustedAccountRequest.fields = { scalar("trusted_account_id", 1, Kind::String) };
        init(pluginQuery, QStringLiteral("spaceone.api.repository.v1."), "PluginQuery");
        pluginQuery.fields = { message("query", 1, &query),
                               scalar("plugin_id", 2, Kind::String),
                               scalar("name", 3, Kind::String),
                               scalar("service_type", 4, Kind::String),
                               scalar("registry_type", 5, Kind::String),
                               scalar("provider", 6, Kind::String),
                               scalar("resource_type", 7, Kind::String) };
    }
};

const Schema &schema()
{
    static const Schema s;
    return s;
}

// ----- Python exceptions ---------------------------------------------------------------------

struct PyException
{
    enum class Type { ParseError, ValueError, TypeError };
    Type type;
    QString message;
};

[[noreturn]] void raise(PyException::Type type, const QString &message)
{
    throw PyException{ type, message };
}

[[noreturn]] void parseError(const QString &message)
{
    raise(PyException::Type::ParseError, message);
}

QString fmt(const QString &pattern, const QStringList &args)
{
    QString out = pattern;
    for (int i = 0; i < args.size(); ++i)
        out.replace(QStringLiteral("{%1}").arg(i), args.at(i));
    return out;
}

// Python int() on a str: surrounding whitespace, a sign, digits with single underscores between.
bool pythonIntFromString(const QString &text, qint64 *out)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([+-]?)(\d(?:_?\d)*)\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    QString digits = m.captured(2);
    digits.remove(u'_');
    bool ok = false;
    qint64 v = digits.toLongLong(&ok);
    if (!ok)
        v = std::numeric_limits<qint64>::max(); // beyond any proto range; range check reports it
    *out = m.captured(1) == u"-" ? -v : v;
    return true;
}

// Python int(x) for the JSON types.
qint64 pythonInt(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Int:
        return value.toInt();
    case JsonValue::Type::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            raise(PyException::Type::ValueError, QStringLiteral("cannot convert float NaN to integer"));
        if (std::isinf(d))
            raise(PyException::Type::ValueError, QStringLiteral("cannot convert float infinity to integer"));
        // Python's int is unbounded; beyond qint64 it is beyond any proto range too, and the range
        // check reports it (converting such a double to qint64 would be undefined).
        if (d >= 9.2e18)
            return std::numeric_limits<qint64>::max();
        if (d <= -9.2e18)
            return std::numeric_limits<qint64>::min();
        return qint64(std::trunc(d));
    }
    case JsonValue::Type::Bool:
        return value.toBool() ? 1 : 0;
    case JsonValue::Type::String: {
        qint64 v = 0;
        if (!pythonIntFromString(value.toString(), &v)) {
            raise(PyException::Type::ValueError,
                  QStringLiteral("invalid literal for int() with base 10: %1").arg(value.pyRepr()));
        }
        return v;
    }
    default:
        raise(PyException::Type::TypeError,
              QStringLiteral("int() argument must be a string, a bytes-like object or a real number, not '%1'")
                  .arg(value.pyTypeName()));
    }
}

bool hasUnpairedSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            return true;
        }
        if (c.isLowSurrogate())
            return true;
    }
    return false;
}

bool isDefault(const JsonValue &v, Kind kind)
{
    switch (kind) {
    case Kind::String:
        return v.toString().isEmpty();
    case Kind::Bool:
        return !v.toBool();
    case Kind::UInt32:
    case Kind::Int32:
        return v.toInt() == 0;
    case Kind::Enum:
        return v.isInt() && v.toInt() == 0;
    default:
        return false;
    }
}

// ----- the parser ----------------------------------------------------------------------------

class Converter
{
public:
    JsonValue convertMessage(const JsonValue &value, const MessageDesc &desc, QString path)
    {
        ++m_depth;
        if (m_depth > 100)
            parseError(QStringLiteral("Message too deep. Max recursion depth is 100"));
        if (path.isEmpty())
            path = desc.name;
        JsonValue out = convertFieldValuePair(value, desc, path);
        --m_depth;
        return out;
    }

private:
    // The "names" a Python `for name in js` loop sees.
    static std::vector<JsonValue> iterate(const JsonValue &js)
    {
        std::vector<JsonValue> names;
        switch (js.type()) {
        case JsonValue::Type::Object:
            for (const auto &member : js.toObject())
                names.emplace_back(member.first);
            break;
        case JsonValue::Type::String:
            for (const QChar c : js.toString())
                names.emplace_back(QString(c));
            break;
        case JsonValue::Type::Array:
            names = js.toArray();
            break;
        default:
            raise(PyException::Type::TypeError, QStringLiteral("'%1' object is not iterable").arg(js.pyTypeName()));
        }
        return names;
    }

    JsonValue convertFieldValuePair(const JsonValue &js, const MessageDesc &desc, const QString &path)
    {
        QStringList names;
        std::map<int, JsonValue> state; // field number -> normalized value
        const std::vector<JsonValue> keys = iterate(js);
        for (const JsonValue &nameValue : keys) {
            const QString name = nameValue.pyStr();
            const FieldDesc *field = nullptr;
            try {
                if (nameValue.isObject() || nameValue.isArray()) {
                    raise(PyException::Type::TypeError,
                          QStringLiteral("unhashable type: '%1'").arg(nameValue.pyTypeName()));
                }
                if (nameValue.isString()) {
                    field = desc.byJsonName(name);
                    if (!field)
                        field = desc.byName(name);
                }
                if (!field) {
                    if (!nameValue.isString())
                        raise(PyException::Type::TypeError, QStringLiteral("expected string or bytes-like object"));
                    static const QRegularExpression extensionName(QStringLiteral(R"(^\[[a-zA-Z0-9\._]*\]$)"));
                    if (extensionName.match(name).hasMatch())
                        parseError(fmt(QStringLiteral("Message type {0} does not have extensions at {1}"),
                                       { desc.fullName, path }));
                    parseError(fmt(QStringLiteral("Message type \"{0}\" has no field named \"{1}\" at \"{2}\".\n"
                                                  " Available Fields(except extensions): \"{3}\""),
                                   { desc.fullName, name, path, desc.availableFields() }));
                }
                if (names.contains(name)) {
                    parseError(
                        fmt(QStringLiteral("Message type \"{0}\" should not have multiple \"{1}\" fields at \"{2}\"."),
                            { desc.fullName, name, path }));
                }
                names << name;
                JsonValue value;
                if (js.isObject()) {
                    value = js.value(name);
                } else if (js.isString()) {
                    raise(PyException::Type::TypeError, QStringLiteral("string indices must be integers"));
                } else {
                    raise(PyException::Type::TypeError,
                          QStringLiteral("list indices must be integers or slices, not str"));
                }
                if (!field->oneof.isEmpty() && !value.isNull()) {
                    if (names.contains(field->oneof)) {
                        parseError(
                            fmt(QStringLiteral(
                                    "Message type \"{0}\" should not have multiple \"{1}\" oneof fields at \"{2}\"."),
                                { desc.fullName, field->oneof, path }));
                    }
                    names << field->oneof;
                }

                const QString subPath = path + u'.' + name;
                if (value.isNull()) {
                    if (field->kind == Kind::Value && !field->repeated)
                        setField(state, desc, *field, JsonValue());
                    else
                        state.erase(field->number);
                    continue;
                }
                if (field->repeated) {
                    state.erase(field->number);
                    if (!value.isArray()) {
                        parseError(fmt(QStringLiteral("repeated field {0} must be in [] which is {1} at {2}"),
                                       { name, value.pyStr(), path }));
                    }
                    JsonValue items = JsonValue::array();
                    int index = 0;
                    for (const JsonValue &item : value.toArray()) {
                        const QString itemPath = QStringLiteral("%1.%2[%3]").arg(path, name).arg(index);
                        if (item.isNull()) {
                            parseError(fmt(QStringLiteral("null is not allowed to be used as an element in a "
                                                          "repeated field at {0}.{1}[{2}]"),
                                           { path, name, QString::number(index) }));
                        }
                        if (field->kind == Kind::Message)
                            items.append(convertMessage(item, *field->message, itemPath));
                        else
                            items.append(convertScalar(item, *field, itemPath));
                        ++index;
                    }
                    if (items.size() > 0)
                        state[field->number] = std::move(items);
                } else if (field->kind == Kind::Message) {
                    setField(state, desc, *field, convertMessage(value, *field->message, subPath));
                } else if (field->kind == Kind::Value) {
                    setField(state, desc, *field, convertValue(value, subPath));
                } else if (field->kind == Kind::ListValue) {
                    setField(state, desc, *field, convertListValue(value, subPath));
                } else if (field->kind == Kind::Struct) {
                    setField(state, desc, *field, convertStruct(value, subPath));
                } else {
                    JsonValue converted = convertScalar(value, *field, subPath);
                    checkRange(converted, *field);
                    setField(state, desc, *field, std::move(converted));
                }
            } catch (const PyException &e) {
                if (e.type == PyException::Type::ParseError) {
                    if (field && field->oneof.isEmpty())
                        parseError(fmt(QStringLiteral("Failed to parse {0} field: {1}."), { name, e.message }));
                    parseError(e.message);
                }
                parseError(fmt(QStringLiteral("Failed to parse {0} field: {1}."), { name, e.message }));
            }
        }

        // MessageToDict: set fields in field-number order, proto names, defaults left out
        // (oneof members keep explicit presence, so a oneof set to its default stays).
        JsonValue out = JsonValue::object();
        for (const auto &[number, value] : state) {
            const FieldDesc *f = nullptr;
            for (const auto &candidate : desc.fields) {
                if (candidate.number == number)
                    f = &candidate;
            }
            if (!f)
                continue;
            if (!f->repeated && f->oneof.isEmpty() && isDefault(value, f->kind))
                continue;
            JsonValue emitted = value;
            if (f->kind == Kind::Enum && value.isInt()) {
                for (const auto &[enumName, enumNumber] : f->enumDesc->values) {
                    if (enumNumber == value.toInt())
                        emitted = JsonValue(enumName);
                }
            }
            out.insert(f->name, std::move(emitted));
        }
        return out;
    }

    static void setField(std::map<int, JsonValue> &state, const MessageDesc &desc, const FieldDesc &field,
                         JsonValue value)
    {
        if (!field.oneof.isEmpty()) {
            for (const auto &other : desc.fields) {
                if (other.oneof == field.oneof)
                    state.erase(other.number);
            }
        }
        state[field.number] = std::move(value);
    }

    static void checkRange(const JsonValue &v, const FieldDesc &field)
    {
        if (field.kind == Kind::UInt32 && (v.toInt() < 0 || v.toInt() > 4294967295LL))
            raise(PyException::Type::ValueError, QStringLiteral("Value out of range: %1").arg(v.toInt()));
        if (field.kind == Kind::Int32 && (v.toInt() < -2147483648LL || v.toInt() > 2147483647LL))
            raise(PyException::Type::ValueError, QStringLiteral("Value out of range: %1").arg(v.toInt()));
    }

    JsonValue convertScalar(const JsonValue &value, const FieldDesc &field, const QString &path)
    {
        try {
            switch (field.kind) {
            case Kind::UInt32:
            case Kind::Int32: {
                if (value.isDouble() && std::trunc(value.toDouble()) != value.toDouble())
                    parseError(QStringLiteral("Couldn't parse integer: %1").arg(value.pyStr()));
                if (value.isString() && value.toString().contains(u' '))
                    parseError(QStringLiteral("Couldn't parse integer: \"%1\"").arg(value.toString()));
                if (value.isBool())
                    parseError(QStringLiteral("Bool value %1 is not acceptable for integer field").arg(value.pyStr()));
                return JsonValue(pythonInt(value));
            }
            case Kind::Bool:
                if (!value.isBool())
                    parseError(QStringLiteral("Expected true or false without quotes"));
                return value;
            case Kind::String:
                if (!value.isString())
                    raise(PyException::Type::TypeError, QStringLiteral("expected string or bytes-like object"));
                if (hasUnpairedSurrogate(value.toString()))
                    parseError(QStringLiteral("Unpaired surrogate"));
                return value;
            case Kind::Enum: {
                if (value.isObject() || value.isArray())
                    raise(PyException::Type::TypeError,
                          QStringLiteral("unhashable type: '%1'").arg(value.pyTypeName()));
                if (value.isString()) {
                    for (const auto &[enumName, enumNumber] : field.enumDesc->values) {
                        if (enumName == value.toString())
                            return JsonValue(enumNumber);
                    }
                }
                qint64 number = 0;
                try {
                    number = pythonInt(value);
                } catch (const PyException &e) {
                    if (e.type != PyException::Type::ValueError)
                        throw;
                    parseError(QStringLiteral("Invalid enum value %1 for enum type %2")
                                   .arg(value.pyStr(), field.enumDesc->fullName));
                }
                // proto3 enums are open: an unknown number is kept as a number.
                return JsonValue(number);
            }
            default:
                return value;
            }
        } catch (const PyException &e) {
            if (e.type == PyException::Type::ParseError)
                parseError(QStringLiteral("%1 at %2").arg(e.message, path));
            throw;
        }
    }

    // google.protobuf.Value and friends; numbers come back out of MessageToDict as floats.
    JsonValue convertValue(const JsonValue &value, const QString &path)
    {
        switch (value.type()) {
        case JsonValue::Type::Object:
            return convertStruct(value, path);
        case JsonValue::Type::Array:
            return convertListValue(value, path);
        case JsonValue::Type::Int:
            return JsonValue(value.toDouble());
        default:
            return value;
        }
    }

    JsonValue convertListValue(const JsonValue &value, const QString &path)
    {
        if (!value.isArray())
            parseError(fmt(QStringLiteral("ListValue must be in [] which is {0} at {1}"), { value.pyStr(), path }));
        JsonValue out = JsonValue::array();
        int index = 0;
        for (const JsonValue &item : value.toArray())
            out.append(convertValue(item, QStringLiteral("%1[%2]").arg(path).arg(index++)));
        return out;
    }

    JsonValue convertStruct(const JsonValue &value, const QString &path)
    {
        if (!value.isObject())
            parseError(fmt(QStringLiteral("Struct must be in a dict which is {0} at {1}"), { value.pyStr(), path }));
        JsonValue out = JsonValue::object();
        for (const auto &member : value.toObject())
            out.insert(member.first, convertValue(member.second, path + u'.' + member.first));
        return out;
    }

    int m_depth = 0;
};

} // namespace

JsonValue ProtoJson::normalize(const JsonValue &body, Request request)
{
    const Schema &s = schema();
    const MessageDesc *desc = &s.jobRequest;
    switch (request) {
    case Request::JobRequest:
        break;
    case Request::JobsQuery:
        desc = &s.jobsQuery;
        break;
    case Request::JobStatQuery:
        desc = &s.jobStatQuery;
        break;
    case Request::WorkspaceSearchQuery:
        desc = &s.workspaceSearchQuery;
        break;
    case Request::TrustedAccountSearchQuery:
        desc = &s.trustedAccountSearchQuery;
        break;
    case Request::TrustedAccountRequest:
        desc = &s.trustedAccountRequest;
        break;
    case Request::PluginQuery:
        desc = &s.pluginQuery;
        break;
    }
    try {
        Converter converter;
        return converter.convertMessage(body, *desc, QString());
    } catch (const PyException &e) {
        // Raised in console-api-v2 before the gRPC call: ERROR_UNKNOWN(message=str(e)).
        throw ApiError::gatewayUnknown(e.message);
    }
}

} // namespace sandbox
