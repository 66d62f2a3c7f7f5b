// SPDX-License-Identifier: MIT
#include "connect/yamlsubsetreader.h"

#include <QVariantList>

#include <gtest/gtest.h>

namespace {
QVariantMap parseOk(const char *text)
{
    QString error;
    const QVariantMap map = YamlSubsetReader::parse(QByteArray(text), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return map;
}

QString parseError(const char *text)
{
    QString error;
    const QVariantMap map = YamlSubsetReader::parse(QByteArray(text), &error);
    EXPECT_TRUE(map.isEmpty());
    return error;
}
} // namespace

TEST(YamlSubsetReader, FlatAndNestedMappings)
{
    const QVariantMap map = parseOk("api_key: abc.def.ghi\n"
                                    "endpoints:\n"
                                    "  identity: grpc+ssl://identity.api.example.com:443\n"
                                    "  inventory: grpc://inventory:50051\n"
                                    "nested:\n"
                                    "  deeper:\n"
                                    "    value: 1\n"
                                    "after: x\n");
    EXPECT_EQ(map.value(QStringLiteral("api_key")).toString(), QStringLiteral("abc.def.ghi"));
    const QVariantMap endpoints = map.value(QStringLiteral("endpoints")).toMap();
    EXPECT_EQ(endpoints.value(QStringLiteral("identity")).toString(),
              QStringLiteral("grpc+ssl://identity.api.example.com:443"));
    EXPECT_EQ(endpoints.size(), 2);
    // Scalars stay text: "1" must not become a number.
    const QVariant deep = map.value(QStringLiteral("nested"))
                              .toMap()
                              .value(QStringLiteral("deeper"))
                              .toMap()
                              .value(QStringLiteral("value"));
    EXPECT_EQ(deep.typeId(), QMetaType::QString);
    EXPECT_EQ(map.value(QStringLiteral("after")).toString(), QStringLiteral("x"));
}

TEST(YamlSubsetReader, CommentsBlankLinesAndDocumentMarker)
{
    const QVariantMap map = parseOk("# leading comment\n"
                                    "---\n"
                                    "\n"
                                    "environment: prod   # trailing comment\n"
                                    "   # indented comment\n"
                                    "url: http://host/#fragment\n"
                                    "hash: 'a # not a comment'\n"
                                    "...\n"
                                    "ignored: after end marker\n");
    EXPECT_EQ(map.value(QStringLiteral("environment")).toString(), QStringLiteral("prod"));
    EXPECT_EQ(map.value(QStringLiteral("url")).toString(), QStringLiteral("http://host/#fragment"));
    EXPECT_EQ(map.value(QStringLiteral("hash")).toString(), QStringLiteral("a # not a comment"));
    EXPECT_FALSE(map.contains(QStringLiteral("ignored")));
}

TEST(YamlSubsetReader, QuotedStrings)
{
    const QVariantMap map = parseOk("double: \"a \\\"quoted\\\" \\u00e9 value: yes\"\n"
                                    "single: 'it''s here: ok'\n"
                                    "\"quoted key\": v\n"
                                    "empty: ''\n"
                                    "windows: crlf\r\n");
    EXPECT_EQ(map.value(QStringLiteral("double")).toString(), QString::fromUtf8("a \"quoted\" \xc3\xa9 value: yes"));
    EXPECT_EQ(map.value(QStringLiteral("single")).toString(), QStringLiteral("it's here: ok"));
    EXPECT_EQ(map.value(QStringLiteral("quoted key")).toString(), QStringLiteral("v"));
    EXPECT_TRUE(map.value(QStringLiteral("empty")).toString().isEmpty());
    EXPECT_EQ(map.value(QStringLiteral("windows")).toString(), QStringLiteral("crlf"));
}

TEST(YamlSubsetReader, NullsEmptyCollectionsAndLists)
{
    const QVariantMap map = parseOk("a:\n"
                                    "b: ~\n"
                                    "c: {}\n"
                                    "d: []\n"
                                    "list:\n"
                                    "  - one\n"
                                    "  - 'two'\n"
                                    "  - key: v\n"
                                    "    other: w\n"
                                    "last: z\n");
    EXPECT_TRUE(map.contains(QStringLiteral("a")));
    EXPECT_FALSE(map.value(QStringLiteral("a")).isValid());
    EXPECT_FALSE(map.value(QStringLiteral("b")).isValid());
    EXPECT_EQ(map.value(QStringLiteral("c")).typeId(), QMetaType::QVariantMap);
    EXPECT_EQ(map.value(QStringLiteral("d")).typeId(), QMetaType::QVariantList);
    const QVariantList list = map.value(QStringLiteral("list")).toList();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0).toString(), QStringLiteral("one"));
    EXPECT_EQ(list.at(1).toString(), QStringLiteral("two"));
    EXPECT_EQ(list.at(2).toMap().value(QStringLiteral("other")).toString(), QStringLiteral("w"));
    EXPECT_EQ(map.value(QStringLiteral("last")).toString(), QStringLiteral("z"));
}

TEST(YamlSubsetReader, EmptyDocument)
{
    EXPECT_TRUE(parseOk("").isEmpty());
    EXPECT_TRUE(parseOk("# only a comment\n\n").isEmpty());
}

TEST(YamlSubsetReader, ErrorsNameTheLine)
{
    EXPECT_EQ(parseError("a: 1\nb:\n\tc: 2\n").left(7), QStringLiteral("line 3:"));
    EXPECT_TRUE(parseError("a: 1\nb:\n\tc: 2\n").contains(QLatin1String("tabs")));
    EXPECT_TRUE(parseError("a: \"open\n").startsWith(QLatin1String("line 1:")));
    EXPECT_TRUE(parseError("a: 'open\n").contains(QLatin1String("single-quoted")));
    EXPECT_TRUE(parseError("a:\n    b: 1\n  c: 2\n").startsWith(QLatin1String("line 3:")));
    EXPECT_TRUE(parseError("a: 1\na: 2\n").contains(QLatin1String("twice")));
    EXPECT_TRUE(parseError("a: 1\n  b: 2\n").contains(QLatin1String("indentation")));
    EXPECT_TRUE(parseError("- a\n- b\n").contains(QLatin1String("list")));
    EXPECT_TRUE(parseError("a: {b: 1}\n").contains(QLatin1String("inline")));
    EXPECT_TRUE(parseError("a: |\n  text\n").contains(QLatin1String("block scalars")));
    EXPECT_TRUE(parseError("a: &anchor x\n").contains(QLatin1String("anchors")));
    EXPECT_TRUE(parseError("  a: 1\n").contains(QLatin1String("first column")));
    EXPECT_TRUE(parseError("a: \"bad \\q escape\"\n").contains(QLatin1String("escape")));
    EXPECT_TRUE(parseError("---\na: 1\n---\nb: 2\n").contains(QLatin1String("one YAML document")));
    EXPECT_FALSE(parseError("a: 1\n\xff\xfe: 2\n").isEmpty());
}

TEST(YamlSubsetReader, ErrorsNeverEchoTheLine)
{
    // A line in a credentials file may be a secret: the message must not repeat it.
    const QString error = parseError("api_key super-secret-value-123\n");
    EXPECT_TRUE(error.startsWith(QLatin1String("line 1:")));
    EXPECT_FALSE(error.contains(QLatin1String("super-secret")));
}
