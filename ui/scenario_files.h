// File access for the GUI over core/io: scenario files (also the built-in lessons in the Qt resource
// :/scenarios/) and the CSV exports.
#pragma once

#include <engine/engine.h>
#include <io/scenario_loader.h>

#include <QList>
#include <QString>

namespace tlui {

struct LessonInfo {
    QString path;    // ":/scenarios/ldd3-busy-cpu.json"
    QString title;   // the scenario's title, translated
    QString summary; // its description, translated
    QString profile; // the kernel profile it runs under
    int steps = 0;   // narrated steps
    int questions = 0; // of which Predict questions
};

inline constexpr const char* kDefaultLesson = ":/scenarios/ldd3-busy-cpu.json";

QList<LessonInfo> builtinLessons();
// Loads a file or a ":/" resource. The error text names the file, line and column.
tl::ScenarioLoadResult loadScenario(const QString& path, const tl::ScenarioOverrides& overrides = {});
QString errorText(const tl::ScenarioLoadResult& r);
// Atomic writes; return "" or the error line.
QString saveScenario(const tl::Scenario& s, const QString& path);
QString saveTraceCsv(const tl::EventLog& log, const QString& path);
QString saveJitaskletCsv(const std::vector<tl::ProcRead>& reads, const QString& path);

} // namespace tlui
