// The user-interface language: the translators of the whole application (Qt's own strings and ours,
// lesson texts included), switchable at run time. The choice is remembered by the main window.
#pragma once

#include <QList>
#include <QString>

namespace tlui {

struct UiLanguage {
    QString code;       // "" = the system's language, "en", "de", "fr", "es", "zh_CN"
    QString nativeName; // "Deutsch": shown untranslated, so anyone can find their own language
};

QList<UiLanguage> uiLanguages();
// Replaces the installed translators; "" follows the system locale. Returns false for an unknown code.
bool installLanguage(const QString& code);
QString installedLanguage(); // the code given to the last installLanguage()

} // namespace tlui
