// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QModelIndex>
#include <QObject>

#include <vector>

// Records the change signals of a model as plain values, for exact assertions.
struct ModelSpy
{
    struct Range
    {
        int first;
        int last;
        friend bool operator==(const Range &a, const Range &b) { return a.first == b.first && a.last == b.last; }
    };
    struct Cells
    {
        int top;
        int left;
        int bottom;
        int right;
        QList<int> roles;
    };

    explicit ModelSpy(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model,
                         [this](const QModelIndex &, int first, int last) {
                             removed.push_back({ first, last });
                         });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                         [this](const QModelIndex &, int first, int last) {
                             inserted.push_back({ first, last });
                         });
        QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                         [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                             changed.push_back({ tl.row(), tl.column(), br.row(), br.column(), roles });
                         });
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { ++resets; });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, model, [this] { ++layoutChanges; });
    }
    void clear()
    {
        removed.clear();
        inserted.clear();
        changed.clear();
        resets = 0;
        layoutChanges = 0;
    }

    std::vector<Range> removed;
    std::vector<Range> inserted;
    std::vector<Cells> changed;
    int resets = 0;
    int layoutChanges = 0;
};
