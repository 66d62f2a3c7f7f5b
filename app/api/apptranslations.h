// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QTranslator>

// The app's texts and Qt's own in the user's language, installed the same way for the window and
// the command line. Lives as long as the application object that uses it.
class AppTranslations
{
public:
    AppTranslations() = default;
    ~AppTranslations();
    AppTranslations(const AppTranslations &) = delete;
    AppTranslations &operator=(const AppTranslations &) = delete;

    // Needs a QCoreApplication. Without a translation for `locale`, the English one still gives
    // the plural forms ("1 job", "2 jobs") instead of the sources' "%n job(s)".
    void install(const QLocale &locale = QLocale::system());
    // The language whose texts were installed ("de", "en"); empty when none could be loaded.
    QString language() const { return m_language; }

private:
    QTranslator m_qt;
    QTranslator m_app;
    QString m_language;
};
