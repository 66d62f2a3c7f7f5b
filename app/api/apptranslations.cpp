// SPDX-License-Identifier: MIT
#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace {
// Compiled into this library by resources/translations/CMakeLists.txt.
const QString kDir = QStringLiteral(":/i18n");
const QString kApp = QStringLiteral("spaceone-job-monitor");
} // namespace

AppTranslations::~AppTranslations()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

void AppTranslations::install(const QLocale &locale)
{
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_app.load(locale, kApp, QStringLiteral("_"), kDir) || m_app.load(kApp + QStringLiteral("_en"), kDir)) {
        QCoreApplication::installTranslator(&m_app);
        m_language = m_app.language().section(QLatin1Char('_'), 0, 0);
    }
}
