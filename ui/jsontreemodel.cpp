// SPDX-License-Identifier: MIT
#include "jsontreemodel.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    setJson(QJsonValue());
}

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_json = value;
    m_nodes.clear();
    m_nodes.push_back(Node{});
    m_nodes[0].value = value;
    // Each node's children are added together, so their rows follow the JSON order; nodes are
    // addressed by index because the vector reallocates while it grows.
    std::vector<int> pending{ 0 };
    while (!pending.empty()) {
        const int current = pending.back();
        pending.pop_back();
        const QJsonValue v = m_nodes[size_t(current)].value;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                pending.push_back(addNode(it.key(), it.value(), current));
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                pending.push_back(addNode(QStringLiteral("[%1]").arg(i), a.at(i), current));
        }
    }
    endResetModel();
}

int JsonTreeModel::addNode(const QString &key, const QJsonValue &value, int parent)
{
    const int id = int(m_nodes.size());
    Node node;
    node.key = key;
    node.value = value;
    node.parent = parent;
    node.row = int(m_nodes[size_t(parent)].children.size());
    m_nodes.push_back(std::move(node));
    m_nodes[size_t(parent)].children.push_back(id);
    return id;
}

int JsonTreeModel::nodeIndex(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node &p = m_nodes[size_t(nodeIndex(parent))];
    if (row >= int(p.children.size()))
        return {};
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes[size_t(child.internalId())].parent;
    if (parentId <= 0)
        return {};
    return createIndex(m_nodes[size_t(parentId)].row, 0, quintptr(parentId));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(nodeIndex(parent))].children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node.key;
        case ValueColumn:
            return valueText(node.value);
        case TypeColumn:
            return typeName(node.value);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && (node.value.isObject() || node.value.isArray()))
            return QString::fromUtf8(node.value.isObject()
                                         ? QJsonDocument(node.value.toObject()).toJson(QJsonDocument::Indented)
                                         : QJsonDocument(node.value.toArray()).toJson(QJsonDocument::Indented));
        if (index.column() == ValueColumn)
            return valueText(node.value);
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

QString JsonTreeModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array: {
        // Spelled out: without a loaded translation "%n item(s)" would show the "(s)".
        const qsizetype n = value.toArray().size();
        return n == 1 ? tr("[1 item]") : tr("[%1 items]").arg(n);
    }
    case QJsonValue::Object: {
        const qsizetype n = value.toObject().size();
        return n == 1 ? tr("{1 key}") : tr("{%1 keys}").arg(n);
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}
