// SPDX-License-Identifier: MIT
#include "aboutbox.h"

#include "buildinfo/buildinfo.h"

#include <QMessageBox>

QString AboutBox::text()
{
    return tr("<h3>SpaceONE Job Monitor %1</h3>"
              "<p>Watch and clean up the collection jobs of a SpaceONE (Cloudforet) deployment.</p>"
              "<p>Commit %2 · Qt %3 (built with %4)</p>"
              "<p>Released under the MIT licence.</p>"
              "<p><a href=\"%5\">%5</a><br>Report a problem: <a href=\"%6\">%6</a></p>")
        .arg(QStringLiteral(SJM_VERSION), QString::fromLatin1(BuildInfo::gitCommit()), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QStringLiteral(SJM_HOMEPAGE_URL), QStringLiteral(SJM_BUGTRACKER_URL));
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About SpaceONE Job Monitor"), text());
}
