// SPDX-License-Identifier: MIT
#include "ui/choicecombobox.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {
QList<ChoiceComboBox::Choice> choices(qint64 a, qint64 b)
{
    return { { QStringLiteral("plugin-aws"), {}, a }, { QStringLiteral("plugin-azure"), {}, b } };
}
} // namespace

// A poll that changes only counts updates the texts where they are: the chosen value, the
// current item and what the user typed stay, and no value change is reported.
TEST(ChoiceComboBox, NewCountsChangeTheTextsInPlace)
{
    ChoiceComboBox box(QStringLiteral("All plugins"));
    box.setChoices(choices(3, 1500));
    box.setValue(QStringLiteral("plugin-azure"));
    ASSERT_EQ(box.currentIndex(), 2);
    QSignalSpy changed(&box, &ChoiceComboBox::valueChanged);
    QSignalSpy itemChanges(box.model(), &QAbstractItemModel::dataChanged);

    box.setChoices(choices(4, 1501));
    // One change per item whose count changed, whatever roles it has.
    EXPECT_EQ(itemChanges.count(), 2);
    EXPECT_EQ(box.itemData(1).toString(), QStringLiteral("plugin-aws"));
    EXPECT_EQ(box.itemData(1, Qt::ToolTipRole).toString(), QStringLiteral("plugin-aws"));
    EXPECT_EQ(box.itemData(1, box.completer()->completionRole()).toString(), box.itemText(1));
    EXPECT_EQ(box.count(), 3);
    EXPECT_EQ(box.currentIndex(), 2);
    EXPECT_EQ(box.value(), QStringLiteral("plugin-azure"));
    EXPECT_TRUE(box.itemText(1).startsWith(QStringLiteral("plugin-aws  (4)"))) << qPrintable(box.itemText(1));
    EXPECT_TRUE(box.itemText(2).contains(QStringLiteral("plugin-azure"))) << qPrintable(box.itemText(2));
    EXPECT_EQ(box.lineEdit()->text(), box.itemText(2));
    EXPECT_EQ(changed.count(), 0);

    // A new value is a new list, the chosen value still chosen.
    QList<ChoiceComboBox::Choice> more = choices(4, 1501);
    more.prepend({ QStringLiteral("plugin-google"), {}, 7 });
    box.setChoices(more);
    EXPECT_EQ(box.count(), 4);
    EXPECT_EQ(box.itemData(box.currentIndex()).toString(), QStringLiteral("plugin-azure"));
    EXPECT_EQ(changed.count(), 0);

    // A chosen value that no longer occurs stays chosen, listed with no jobs.
    box.setChoices(choices(4, 1501).mid(0, 1));
    EXPECT_EQ(box.value(), QStringLiteral("plugin-azure"));
    EXPECT_EQ(box.itemData(box.currentIndex()).toString(), QStringLiteral("plugin-azure"));
    box.setChoices(choices(5, 1501).mid(0, 1)); // the extra item: rebuilt, not updated in place
    EXPECT_EQ(box.count(), 3);
    EXPECT_EQ(box.itemData(box.currentIndex()).toString(), QStringLiteral("plugin-azure"));
}

// Named choices show the name and are found by typing a part of the name or of the id; the
// completion chosen selects the value.
TEST(ChoiceComboBox, NamedChoicesAreFoundByNameOrId)
{
    ChoiceComboBox box(QStringLiteral("All trusted accounts"));
    box.setChoices({ { QStringLiteral("ta-93de0d464817"), QStringLiteral("aws-prod-billing"), 12 },
                     { QStringLiteral("ta-0a1b2c3d4e5f"), QStringLiteral("Équipe Données"), 3 } });
    EXPECT_TRUE(box.itemText(1).startsWith(QStringLiteral("aws-prod-billing"))) << qPrintable(box.itemText(1));
    EXPECT_FALSE(box.itemText(1).contains(QStringLiteral("ta-93de")));
    EXPECT_TRUE(box.itemData(1, Qt::ToolTipRole).toString().contains(QStringLiteral("ta-93de0d464817")));

    QCompleter *completer = box.completer();
    for (const QString &typed : { QStringLiteral("prod-bill"), QStringLiteral("93de0d") }) {
        completer->setCompletionPrefix(typed);
        ASSERT_EQ(completer->completionCount(), 1) << qPrintable(typed);
        const QString completion = completer->currentCompletion();
        QSignalSpy changed(&box, &ChoiceComboBox::valueChanged);
        emit completer->activated(completion);
        EXPECT_EQ(box.value(), QStringLiteral("ta-93de0d464817")) << qPrintable(typed);
        box.setValue({});
    }
    completer->setCompletionPrefix(QStringLiteral("données"));
    EXPECT_EQ(completer->completionCount(), 1);
}

// Choices that swap places as their counts pass each other are updated where they are: the
// items read as a fresh list would, and the chosen value stays chosen on its new row.
TEST(ChoiceComboBox, ChoicesThatSwapPlacesKeepTheChosenValue)
{
    const QList<ChoiceComboBox::Choice> before{ { QStringLiteral("ws-a"), QStringLiteral("Alpha"), 9 },
                                                { QStringLiteral("ws-b"), {}, 5 },
                                                { QStringLiteral("ws-c"), QStringLiteral("Gamma"), 2 } };
    const QList<ChoiceComboBox::Choice> after{ { QStringLiteral("ws-b"), {}, 12 },
                                               { QStringLiteral("ws-a"), QStringLiteral("Alpha"), 9 },
                                               { QStringLiteral("ws-c"), QStringLiteral("Gamma"), 2 } };
    ChoiceComboBox box(QStringLiteral("All workspaces"));
    box.setChoices(before);
    box.setValue(QStringLiteral("ws-a"));
    ASSERT_EQ(box.currentIndex(), 1);
    QSignalSpy changed(&box, &ChoiceComboBox::valueChanged);

    box.setChoices(after);
    ChoiceComboBox fresh(QStringLiteral("All workspaces"));
    fresh.setChoices(after);
    fresh.setValue(QStringLiteral("ws-a"));
    ASSERT_EQ(box.count(), fresh.count());
    for (int i = 0; i < box.count(); ++i) {
        for (int role :
             { int(Qt::DisplayRole), int(Qt::UserRole), int(Qt::ToolTipRole), int(Qt::UserRole + 1) /* search */ })
            EXPECT_EQ(box.itemData(i, role), fresh.itemData(i, role)) << "item " << i << " role " << role;
    }
    EXPECT_EQ(box.currentIndex(), 2);
    EXPECT_EQ(box.value(), QStringLiteral("ws-a"));
    EXPECT_EQ(box.lineEdit()->text(), box.itemText(2));
    EXPECT_EQ(changed.count(), 0);
}

// The four filter boxes are built as the window starts: the popup list is built when it first
// opens, and the box takes the size a box editable through setEditable, sized for its minimum
// contents length and an icon, would take.
TEST(ChoiceComboBox, BuildsItsListWhenItFirstOpensAndSizesLikeAnEditableBox)
{
    QWidget window;
    auto *box = new ChoiceComboBox(QStringLiteral("All workspaces"), &window);
    box->setChoices(choices(3, 1500));
    EXPECT_TRUE(box->isEditable());
    EXPECT_TRUE(box->findChildren<QAbstractItemView *>().isEmpty()) << "the popup list was built at once";

    QComboBox reference;
    reference.setEditable(true);
    reference.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    reference.setMinimumContentsLength(16);
    reference.addItem(QStringLiteral("All workspaces"));
    EXPECT_EQ(box->sizeHint(), reference.sizeHint());
    EXPECT_EQ(box->minimumSizeHint(), reference.minimumSizeHint());
    QFont big = box->font();
    big.setPointSize(big.pointSize() * 2);
    box->setFont(big);
    reference.setFont(big);
    EXPECT_EQ(box->sizeHint(), reference.sizeHint());

    window.show();
    box->showPopup();
    ASSERT_NE(box->view(), nullptr);
    EXPECT_TRUE(box->view()->isVisible());
    EXPECT_EQ(box->view()->model()->rowCount(), 3);
    box->hidePopup();
    EXPECT_FALSE(box->view()->isVisible());
}
