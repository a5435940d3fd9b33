// main() of the desktop app: option parsing (interfaces.md, "Desktop app"), translations, --screenshot.
#include <compare_window.h>
#include <language.h>
#include <main_window.h>
#include <scenario_files.h>
#include <simulation_controller.h>
#include <timeline_view.h>

#include <engine/profile.h>
#include <io/time_value.h>
#include <io/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

int usageError(const QString& message) {
    std::fprintf(stderr, "taskletlab: %s\n", qPrintable(message));
    return 2;
}

// --lang wins over the system locale; it must be known before the parser's help text is built.
QString requestedLanguage(const QStringList& args) {
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang="))) return args[i].mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TaskletLab"));
    QApplication::setApplicationName(QStringLiteral("taskletlab"));
    QApplication::setApplicationDisplayName(QStringLiteral("TaskletLab"));
    QApplication::setApplicationVersion(QString::fromLatin1(tl::taskletlab_version()));
    QApplication::setDesktopFileName(QStringLiteral("taskletlab"));
    if (QFile::exists(QStringLiteral(":/icons/taskletlab.png")))
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/taskletlab.png")));

    // --lang, else the language chosen in View → Language last time, else the system's.
    QString lang = requestedLanguage(QCoreApplication::arguments());
    if (lang.isEmpty()) lang = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!tlui::installLanguage(lang)) {
        // Not one of ours: follow it as a locale anyway (e.g. "de_AT" still finds German).
        QLocale::setDefault(QLocale(lang));
        tlui::installLanguage(QString());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "TaskletLab: a deterministic simulator of Linux tasklets and softirqs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("SCENARIO"),
        QCoreApplication::translate("main", "Scenario file to open (default: the LDD3 busy CPU lesson)."),
        QStringLiteral("[SCENARIO]"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QCoreApplication::translate("main", "Kernel profile to simulate."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption runUntilOpt(
        QStringLiteral("run-until"),
        QCoreApplication::translate("main", "Simulate up to this time before showing the window."),
        QStringLiteral("TIME"));
    const QCommandLineOption screenshotOpt(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window to this PNG file and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language (de, es, fr, zh_CN)."),
        QStringLiteral("CODE"));
    const QCommandLineOption presenterOpt(
        QStringLiteral("presenter"),
        QCoreApplication::translate("main",
                                    "Start in presenter mode (full screen, large high-contrast text)."));
    const QCommandLineOption compareOpt(
        QStringLiteral("compare"),
        QCoreApplication::translate(
            "main", "Also open the profile comparison, e.g. ldd3-book,linux-2.6.10,linux-6.1."),
        QStringLiteral("PROFILES"));
    parser.addOptions({profileOpt, runUntilOpt, screenshotOpt, langOpt, presenterOpt, compareOpt});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(QCoreApplication::translate("main", "at most one scenario file may be given"));
    tl::ScenarioOverrides overrides;
    if (parser.isSet(profileOpt)) {
        const QString name = parser.value(profileOpt);
        if (!tl::find_profile(name.toStdString()))
            return usageError(
                QCoreApplication::translate("main", "unknown profile '%1' (try taskletlab-cli profiles)")
                    .arg(name));
        overrides.profile = name.toStdString();
    }
    const bool screenshot = parser.isSet(screenshotOpt);
    const QString path =
        positional.isEmpty() ? QString::fromLatin1(tlui::kDefaultLesson) : positional.first();

    QStringList compareProfiles;
    if (parser.isSet(compareOpt)) {
        compareProfiles = parser.value(compareOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& name : compareProfiles)
            if (!tl::find_profile(name.toStdString()))
                return usageError(
                    QCoreApplication::translate("main", "unknown profile '%1' (try taskletlab-cli profiles)")
                        .arg(name));
        if (compareProfiles.size() < 2 || compareProfiles.size() > tlui::CompareWindow::kMaxProfiles)
            return usageError(QCoreApplication::translate("main", "--compare takes two or three profiles"));
    }

    // On the heap: View → Language replaces the window by a new one (WA_DeleteOnClose on both).
    auto* mainWindow = new tlui::MainWindow(nullptr, !screenshot);
    mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    tlui::MainWindow& window = *mainWindow;
    if (screenshot) window.resize(1600, 1000);
    const QString err = window.openScenario(path, overrides);
    if (!err.isEmpty() && (screenshot || !positional.isEmpty())) return usageError(err);

    if (parser.isSet(runUntilOpt)) {
        tl::Engine* engine = window.controller()->engine();
        const auto t = tl::parse_time(parser.value(runUntilOpt).toStdString(), engine ? engine->hz() : 1000);
        if (!t.ok())
            return usageError(
                QCoreApplication::translate("main", "--run-until: %1").arg(QString::fromStdString(t.error)));
        window.controller()->runUntilBlocking(t.value);
    }

    window.show();
    if (parser.isSet(presenterOpt)) window.setPresenterMode(true);
    tlui::CompareWindow* compare = compareProfiles.isEmpty() ? nullptr : window.openCompare(compareProfiles);
    if (screenshot) {
        // Let the window lay out and paint once, then render it (the comparison instead, if asked for).
        if (window.presenterMode()) window.resize(1600, 1000); // offscreen "full screen" is the screen's size
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        window.controller()->flushUpdates();
        window.timeline()->replotNow();
        QCoreApplication::processEvents();
        if (compare) {
            compare->resize(1600, 1000);
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
        }
        const QString file = parser.value(screenshotOpt);
        const QPixmap shot = compare ? compare->grab() : window.grab();
        if (!shot.save(file, "PNG")) {
            std::fprintf(stderr, "taskletlab: cannot write '%s'\n", qPrintable(file));
            return 1;
        }
        return 0;
    }
    return QApplication::exec();
}
