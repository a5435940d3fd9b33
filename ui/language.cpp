// The user-interface language (see language.h).
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace tlui {

namespace {

struct Installed {
    QString code;
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> app;
};

Installed& installed() {
    static Installed i;
    return i;
}

} // namespace

QList<UiLanguage> uiLanguages() {
    return {{QString(), QCoreApplication::translate("tlui::Language", "System Language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

bool installLanguage(const QString& code) {
    bool known = code.isEmpty();
    for (const UiLanguage& l : uiLanguages())
        known = known || l.code == code;
    if (!known) return false;
    Installed& i = installed();
    if (i.qt) QCoreApplication::removeTranslator(i.qt.get());
    if (i.app) QCoreApplication::removeTranslator(i.app.get());
    i.qt = std::make_unique<QTranslator>();
    i.app = std::make_unique<QTranslator>();
    i.code = code;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // English is the source language: no translator, whatever the system says.
    if (code == QLatin1String("en")) return true;
    if (i.qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(i.qt.get());
    if (i.app->load(locale, QStringLiteral("taskletlab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(i.app.get());
    return true;
}

QString installedLanguage() {
    return installed().code;
}

} // namespace tlui
