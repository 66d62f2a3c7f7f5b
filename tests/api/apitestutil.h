// SPDX-License-Identifier: MIT
#pragma once

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

#include <ostream>

// Lets gtest print QStrings in failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QJsonObject &o, std::ostream *os)
{
    *os << QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const QJsonArray &a, std::ostream *os)
{
    *os << QJsonDocument(a).toJson(QJsonDocument::Compact).toStdString();
}
