// File access for the GUI over core/io (see scenario_files.h).
#include "scenario_files.h"

#include "display_format.h"

#include <io/jitasklet_csv.h>
#include <io/scenario_writer.h>
#include <io/trace_csv.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>

namespace tlui {

namespace {
std::filesystem::path fsPath(const QString& p) {
    return std::filesystem::path(p.toStdString());
}
} // namespace

QList<LessonInfo> builtinLessons() {
    QList<LessonInfo> out;
    const QDir dir(QStringLiteral(":/scenarios"));
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(f);
        const auto r = loadScenario(path);
        LessonInfo info;
        info.path = path;
        info.title =
            r.ok() && !r.scenario.title.empty() ? lessonText(r.scenario.title) : QFileInfo(f).baseName();
        if (r.ok()) {
            info.summary = lessonText(r.scenario.description);
            info.profile = QString::fromStdString(r.scenario.profile);
            info.steps = static_cast<int>(r.scenario.steps.size());
            for (const auto& st : r.scenario.steps)
                info.questions += st.question.empty() ? 0 : 1;
        }
        out.append(info);
    }
    // The default lesson first.
    std::stable_partition(out.begin(), out.end(),
                          [](const LessonInfo& l) { return l.path == QLatin1String(kDefaultLesson); });
    return out;
}

tl::ScenarioLoadResult loadScenario(const QString& path, const tl::ScenarioOverrides& overrides) {
    if (path.startsWith(QLatin1String(":/"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            tl::ScenarioLoadResult r;
            r.error = tl::ScenarioError{path.toStdString(), 0, 0, {}, "cannot open the built-in lesson"};
            return r;
        }
        const QByteArray json = f.readAll();
        return tl::load_scenario_text(
            std::string_view(json.constData(), static_cast<std::size_t>(json.size())),
            QFileInfo(path).fileName().toStdString(), overrides);
    }
    return tl::load_scenario_file(fsPath(path), overrides);
}

QString errorText(const tl::ScenarioLoadResult& r) {
    return r.error ? QString::fromStdString(r.error->to_string()) : QString();
}

QString saveScenario(const tl::Scenario& s, const QString& path) {
    return QString::fromStdString(tl::save_scenario(s, fsPath(path)));
}

QString saveTraceCsv(const tl::EventLog& log, const QString& path) {
    return QString::fromStdString(tl::save_trace_csv(log, fsPath(path)));
}

QString saveJitaskletCsv(const std::vector<tl::ProcRead>& reads, const QString& path) {
    return QString::fromStdString(tl::save_jitasklet_csv(reads, fsPath(path)));
}

} // namespace tlui
