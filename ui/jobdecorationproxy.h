// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>

// Adds what the core model cannot (it links no GUI module): status icons, status text colours
// and the stuck-row highlight, all derived from the palette so they work in light and dark
// themes. Sits between the sort/filter proxy and the view.
class JobDecorationProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit JobDecorationProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Call after a palette change so cached colours are picked again.
    void refreshColors();
};
