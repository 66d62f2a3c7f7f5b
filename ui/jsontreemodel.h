// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <vector>

// A read-only tree over one JSON value, for browsing a job's options: objects and arrays are
// expandable nodes, leaves show their value and type. Keys keep the server's order for arrays
// and sort alphabetically for objects, as QJsonObject stores them.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    explicit JsonTreeModel(QObject *parent = nullptr);

    // Replaces the tree. The root value itself is not a row; its members are the top rows.
    void setJson(const QJsonValue &value);
    const QJsonValue &json() const { return m_json; }
    // Nodes in the tree, not counting the hidden root.
    int nodeCount() const { return int(m_nodes.size()) - 1; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Short text of a value: strings quoted, containers summarised ("{3 keys}", "[2 items]").
    static QString valueText(const QJsonValue &value);
    static QString typeName(const QJsonValue &value);

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        int parent = -1; // index into m_nodes; -1 for the hidden root
        int row = 0;
        std::vector<int> children;
    };

    int addNode(const QString &key, const QJsonValue &value, int parent);
    int nodeIndex(const QModelIndex &index) const;

    QJsonValue m_json;
    std::vector<Node> m_nodes; // m_nodes[0] is the hidden root
};
