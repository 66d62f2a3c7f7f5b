// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace sandbox::proto {

// The descriptors of the request messages the gateway parses (api: core/v2/query.proto,
// identity/v2/job.proto and the directory messages), as much of them as json_format needs.
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

    // lowerCamelCase, as protoc derives json_name.
    QString jsonName() const;
};

struct MessageDesc
{
    QString fullName;
    QString name;
    std::vector<FieldDesc> fields;

    const FieldDesc *byJsonName(const QString &n) const;
    const FieldDesc *byName(const QString &n) const;
    const FieldDesc *byNumber(int number) const;
    // The Python list of json names a ParseError prints: ['key', 'k', ...].
    QString availableFields() const;
};

struct Schema
{
    EnumDesc jobStatus;
    MessageDesc filter, sort, page, unwind, query;
    MessageDesc groupKey, groupSubField, subCondition, groupField, group, projectField, project, count, aggregate,
        statisticsQuery;
    MessageDesc jobRequest, jobsQuery, jobStatQuery;
    EnumDesc workspaceState;
    MessageDesc workspaceSearchQuery, trustedAccountSearchQuery, trustedAccountRequest, pluginQuery;

    static const Schema &instance();

private:
    Schema();
    void initQuery();
    void initAggregate();
    void initJob();
    void initDirectory();
};

} // namespace sandbox::proto
