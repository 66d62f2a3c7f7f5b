// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>

#include <vector>

// Adds what the core model cannot (it links no GUI module): status icons, status text colours
// and the stuck-row highlight, all derived from the palette so they work in light and dark
// themes. Sits between the sort/filter proxy and the view.
class JobDecorationProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit JobDecorationProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A view asks for seven roles per cell at once: one trip through the proxies below for all
    // of them and the status and stuck flag the decorations are made of.
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    // Call after a palette change so cached colours are picked again.
    void refreshColors();

private:
    static bool isDecoration(int role);
    static QVariant decoration(int role, int column, int status, bool stuck);

    // The roles multiData asks the source for; only used within one call (the source never calls
    // back into this proxy), kept so painting a cell allocates nothing for it.
    mutable std::vector<QModelRoleData> m_asked;
};
