// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include "ui/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

TEST(JsonTreeModel, BuildsAnExpandableTree)
{
    testsupport::clearModelTestMessages();
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setJson(QJsonObject{
        { QStringLiteral("regions"), QJsonArray{ QStringLiteral("us-east-1"), QStringLiteral("eu-west-1") } },
        { QStringLiteral("depth"), 3 },
        { QStringLiteral("dry_run"), false },
        { QStringLiteral("filter"), QJsonObject{ { QStringLiteral("tag"), QJsonValue::Null } } },
    });
    ASSERT_EQ(model.rowCount(), 4);
    // QJsonObject keeps keys sorted.
    EXPECT_EQ(model.index(0, JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("depth"));
    EXPECT_EQ(model.index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("3"));
    EXPECT_EQ(model.index(1, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("false"));
    const QModelIndex filter = model.index(2, 0);
    EXPECT_EQ(model.index(2, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("{1 key}"));
    ASSERT_EQ(model.rowCount(filter), 1);
    EXPECT_EQ(model.index(0, JsonTreeModel::ValueColumn, filter).data().toString(), QStringLiteral("null"));
    const QModelIndex regions = model.index(3, 0);
    EXPECT_EQ(model.index(3, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("[2 items]"));
    ASSERT_EQ(model.rowCount(regions), 2);
    EXPECT_EQ(model.index(1, JsonTreeModel::KeyColumn, regions).data().toString(), QStringLiteral("[1]"));
    EXPECT_EQ(model.index(1, JsonTreeModel::ValueColumn, regions).data().toString(), QStringLiteral("\"eu-west-1\""));
    EXPECT_EQ(model.index(1, JsonTreeModel::TypeColumn, regions).data().toString(), QStringLiteral("string"));
    EXPECT_EQ(model.parent(model.index(1, 0, regions)), regions);

    model.setJson(QJsonObject());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_NO_MODELTEST_FAILURES();
}
