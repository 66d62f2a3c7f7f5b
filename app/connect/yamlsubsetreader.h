// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantMap>

// Reads the small part of YAML that spacectl's configuration files use: "key: value" mappings
// nested by indentation, "- item" lists, single- and double-quoted strings, comments, empty
// "{}" / "[]". Scalars stay strings (an API key must never turn into a number); "~" and "null"
// become a null QVariant. Anything beyond that (anchors, block scalars, flow collections with
// content, tabs for indentation) is reported as an error rather than guessed at.
class YamlSubsetReader final
{
public:
    // The document's top-level mapping. On error returns an empty map and sets `error` to
    // "line N: what is wrong".
    static QVariantMap parse(const QByteArray &text, QString *error);
};
