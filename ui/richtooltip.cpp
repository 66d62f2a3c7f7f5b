// SPDX-License-Identifier: MIT
#include "richtooltip.h"

namespace RichTooltip {

QString paragraphs(const QStringList &texts)
{
    QString html;
    for (const QString &t : texts) {
        if (!t.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(t.toHtmlEscaped());
    }
    return html;
}

} // namespace RichTooltip
