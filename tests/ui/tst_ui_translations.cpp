// Translation checks: every .ts entry finished, with the source's placeholders; no translatable string of
// the sources missing from a .ts and no stale entry left in one (both compared with what the real lupdate
// finds); the built-in lessons' texts translated, in the .ts files and at run time; the embedded .qm files
// loadable. Every failure names the file, the line and the string, so that a translator can fix it from
// the test output alone.
#include <scenario_files.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;      // the disambiguation: part of the message's identity
    QString extraComment; // for lesson texts, "lesson-03-disable-count.json: step 2 title"
    qint64 line = 0;      // of <message>
    qint64 translationLine = 0;
    bool hasTranslation = false;
    QString translationType; // "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList translations; // the text, or one entry per numerus form
    QStringList locations;    // "ui/main_window.cpp:119" (only lupdate's own output has them)
};

struct TsFile {
    QString path;
    QString language;
    qint64 languageLine = 0; // of <TS>
    QString error;           // the XML error, with its line
    QList<TsMessage> messages;
};

QString messageKey(const QString& context, const QString& source, const QString& comment) {
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}
QString messageKey(const TsMessage& m) {
    return messageKey(m.context, m.source, m.comment);
}

QString sourceDir() {
    return QDir::cleanPath(qEnvironmentVariable("TASKLETLAB_SOURCE_DIR"));
}

// The .ts files checked: translations/, or TASKLETLAB_TS_DIR (to try edited copies without touching the
// tree; the embedded .qm files are still those built from translations/, see qmDir()).
QString tsDir() {
    const QString override = qEnvironmentVariable("TASKLETLAB_TS_DIR");
    return QDir::cleanPath(override.isEmpty() ? sourceDir() + QStringLiteral("/translations") : override);
}

// The sources lupdate reads, one path a line: TASKLETLAB_TR_SOURCES as configured, or a list given in
// TASKLETLAB_TR_SOURCES_FILE (to try an edited copy of a source).
QString trSourcesFile() {
    const QString override = qEnvironmentVariable("TASKLETLAB_TR_SOURCES_FILE");
    return override.isEmpty() ? QStringLiteral(TASKLETLAB_TR_SOURCES_FILE) : override;
}

// Where lessonTextsTranslateAtRuntime loads the .qm files from: the embedded :/i18n/ that app/main.cpp
// uses, or TASKLETLAB_QM_DIR (lrelease output of edited copies).
QString qmDir() {
    const QString override = qEnvironmentVariable("TASKLETLAB_QM_DIR");
    return override.isEmpty() ? QStringLiteral(":/i18n") : QDir::cleanPath(override);
}

// Paths inside the project as a developer types them ("translations/taskletlab_de.ts").
QString shown(const QString& path) {
    const QString rel = QDir(sourceDir()).relativeFilePath(path);
    return rel.startsWith(QLatin1String("..")) ? QDir::cleanPath(path) : rel;
}

// A string as the failure messages show it: on one line, long texts cut (the line number finds the rest).
QString quoted(QString s) {
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (s.size() > 100) s = s.left(97) + QLatin1String("...");
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString describe(const TsMessage& m) {
    QString d = QStringLiteral("context %1, source %2").arg(m.context, quoted(m.source));
    if (!m.comment.isEmpty()) d += QStringLiteral(", disambiguation %1").arg(quoted(m.comment));
    // lupdate merges the notes of a text used twice (two lessons) one per line.
    if (!m.extraComment.isEmpty())
        d += QStringLiteral(" (%1)").arg(
            QString(m.extraComment).replace(QLatin1Char('\n'), QLatin1String("; ")));
    return d;
}

QString languageOf(const QString& tsPath) {
    const QString base = QFileInfo(tsPath).completeBaseName();
    const QLatin1String prefix("taskletlab_");
    return base.startsWith(prefix) ? base.mid(prefix.size()) : QString();
}

TsFile readTs(const QString& path) {
    TsFile ts;
    ts.path = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("%1: cannot open: %2").arg(shown(path), f.errorString());
        return ts;
    }
    // lupdate writes <location> file names relative to the .ts file.
    const QDir tsFolder = QFileInfo(path).absoluteDir();
    QXmlStreamReader xml(&f);
    QString context;
    std::optional<TsMessage> msg;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message") && msg) {
            ts.messages.append(*msg);
            msg.reset();
            continue;
        }
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        const QXmlStreamAttributes attrs = xml.attributes();
        if (name == QLatin1String("TS")) {
            ts.language = attrs.value(QLatin1String("language")).toString();
            ts.languageLine = xml.lineNumber();
        } else if (name == QLatin1String("name") && !msg) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            msg.emplace();
            msg->context = context;
            msg->line = xml.lineNumber();
            msg->numerus = attrs.value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (!msg) {
            continue;
        } else if (name == QLatin1String("source")) {
            msg->source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            msg->comment = xml.readElementText();
        } else if (name == QLatin1String("extracomment")) {
            msg->extraComment = xml.readElementText();
        } else if (name == QLatin1String("location")) {
            const QString file = attrs.value(QLatin1String("filename")).toString();
            msg->locations.append(QStringLiteral("%1:%2").arg(shown(tsFolder.absoluteFilePath(file)),
                                                              attrs.value(QLatin1String("line")).toString()));
        } else if (name == QLatin1String("translation")) {
            msg->hasTranslation = true;
            msg->translationLine = xml.lineNumber();
            msg->translationType = attrs.value(QLatin1String("type")).toString();
            // A numerus translation holds <numerusform> children, read one by one below.
            if (!msg->numerus)
                msg->translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == QLatin1String("numerusform")) {
            msg->translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2:%3: not a valid .ts file: %4")
                       .arg(shown(path))
                       .arg(xml.lineNumber())
                       .arg(xml.columnNumber())
                       .arg(xml.errorString());
    return ts;
}

QStringList readLines(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QStringList lines;
    for (const QByteArray& l : f.readAll().split('\n'))
        if (!l.trimmed().isEmpty()) lines.append(QString::fromUtf8(l.trimmed()));
    return lines;
}

// Runs lupdate on `sources` into a new .ts for `language` and reads it back.
TsFile runLupdate(const QStringList& sources, const QStringList& includeDirs, const QString& language,
                  const QStringList& extraOptions, QString* error) {
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(dir.errorString());
        return {};
    }
    const QString out = dir.filePath(QStringLiteral("fresh.ts"));
    QStringList args{QStringLiteral("-silent")};
    args << extraOptions;
    for (const QString& inc : includeDirs)
        args << QStringLiteral("-I") << inc;
    args << sources;
    if (!language.isEmpty()) args << QStringLiteral("-target-language") << language;
    args << QStringLiteral("-ts") << out;
    QProcess p;
    p.start(QStringLiteral(TASKLETLAB_LUPDATE), args);
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed (%3):\n%4")
                     .arg(QStringLiteral(TASKLETLAB_LUPDATE), args.join(QLatin1Char(' ')), p.errorString(),
                          QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()));
        return {};
    }
    TsFile ts = readTs(out);
    if (!ts.error.isEmpty()) *error = ts.error;
    return ts;
}

// How many numerus forms Qt uses for a language, asked from lupdate itself (it writes that many empty
// <numerusform>s for a new numerus message), so that this test needs no table of plural rules.
int numerusFormCount(const QString& language, QString* error) {
    static QHash<QString, int> cache;
    if (const auto it = cache.constFind(language); it != cache.constEnd()) return *it;
    QTemporaryDir dir;
    const QString probe = dir.filePath(QStringLiteral("probe.cpp"));
    QFile f(probe);
    if (!dir.isValid() || !f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(probe);
        return -1;
    }
    f.write("#include <QCoreApplication>\n"
            "void probe(int n) { QCoreApplication::translate(\"Probe\", \"%n probe(s)\", nullptr, n); }\n");
    f.close();
    const TsFile ts = runLupdate({probe}, {}, language, {}, error);
    if (!error->isEmpty()) return -1;
    if (ts.messages.size() != 1 || !ts.messages[0].numerus) {
        *error = QStringLiteral("lupdate did not see the numerus probe for %1").arg(language);
        return -1;
    }
    return cache[language] = int(ts.messages[0].translations.size());
}

// The QString::arg() placeholders %1..%99 (%L1 is the same argument, localised).
QSet<int> placeholders(const QString& s) {
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?)"));
    QSet<int> out;
    for (const QRegularExpressionMatch& m : re.globalMatch(s))
        out.insert(m.captured(1).toInt());
    return out;
}

QString placeholderList(const QSet<int>& set) {
    QList<int> sorted(set.begin(), set.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (int n : sorted)
        out.append(QStringLiteral("%%1").arg(n));
    return out.join(QStringLiteral(", "));
}

bool hasCount(const QString& s) {
    return s.contains(QLatin1String("%n")) || s.contains(QLatin1String("%Ln"));
}

// A lesson text must read differently once translated, unless it is only code: a title such as
// "local_bh_enable()" stays as written in every language. A word counts as prose if it has two or more
// letters, nothing but letters (and an apostrophe), and is not all capitals (CPU, HI, TIMER, SMP are the
// kernel's names); anything with _ / ( ) . digits or the like is an identifier, a path or a number.
bool hasProse(const QString& text) {
    static const QRegularExpression word(QStringLiteral("^\\p{L}+(['\\x{2019}]\\p{L}+)?$"));
    for (QString token : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        while (!token.isEmpty() && QStringLiteral(",.;:!?\"'").contains(token.back()))
            token.chop(1);
        while (!token.isEmpty() && QStringLiteral("\"'").contains(token.front()))
            token.remove(0, 1);
        if (token.size() >= 2 && word.match(token).hasMatch() && token != token.toUpper()) return true;
    }
    return false;
}

struct LessonText {
    QString file;  // "resources/scenarios/lesson-03-disable-count.json"
    QString where; // "step 2 title", as translations/lesson_strings.cmake labels it in the .ts
    QString text;
};

// The translatable texts of every built-in lesson, read by the app's own loader.
QList<LessonText> lessonTexts(QStringList* problems) {
    QList<LessonText> out;
    const QDir dir(sourceDir() + QStringLiteral("/resources/scenarios"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) problems->append(QStringLiteral("no lessons in %1").arg(dir.path()));
    for (const QString& name : files) {
        const QString path = dir.filePath(name);
        const tl::ScenarioLoadResult r = tlui::loadScenario(path);
        if (!r.ok()) {
            problems->append(QStringLiteral("%1: does not load: %2").arg(shown(path), tlui::errorText(r)));
            continue;
        }
        const auto add = [&](const QString& where, const std::string& text) {
            // Like the generator: an absent or empty text is not translated.
            if (!text.empty()) out.append({shown(path), where, QString::fromStdString(text)});
        };
        add(QStringLiteral("title"), r.scenario.title);
        add(QStringLiteral("description"), r.scenario.description);
        for (std::size_t i = 0; i < r.scenario.steps.size(); ++i) {
            const tl::StepSpec& s = r.scenario.steps[i];
            const QString step = QStringLiteral("step %1 ").arg(i + 1);
            add(step + QStringLiteral("title"), s.title);
            add(step + QStringLiteral("text"), s.text);
            add(step + QStringLiteral("question"), s.question);
            add(step + QStringLiteral("answer"), s.answer);
        }
    }
    return out;
}

// QVERIFY2 cuts its message at 1 KiB; QFAIL prints all of it. One problem a line.
QString report(const QStringList& problems, const QString& what) {
    if (problems.isEmpty()) return {};
    return QStringLiteral("%1 %2:\n  %3")
        .arg(problems.size())
        .arg(what, problems.join(QStringLiteral("\n  ")));
}

constexpr const char* kUpdateHint = "run `cmake --build <build dir> --target update_translations`";

} // namespace

class TstUiTranslations : public QObject {
    Q_OBJECT

    QStringList m_tsFiles; // absolute paths of translations/*.ts
    std::optional<TsFile> m_fresh;
    QString m_freshError;

    void addTsRows() {
        QTest::addColumn<QString>("tsPath");
        for (const QString& ts : m_tsFiles)
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    // What lupdate finds in TASKLETLAB_TR_SOURCES, with the include paths of update_translations, so
    // that both see the same contexts. Run once; -locations absolute only adds where each string is.
    const TsFile* fresh() {
        if (!m_fresh && m_freshError.isEmpty()) {
            const QStringList sources = readLines(trSourcesFile(), &m_freshError);
            const QStringList includes =
                readLines(QStringLiteral(TASKLETLAB_TR_INCLUDES_FILE), &m_freshError);
            for (const QString& s : sources)
                if (!QFileInfo::exists(s))
                    m_freshError += QStringLiteral("translatable source %1 does not exist (generated at "
                                                   "configure time: re-run cmake)\n")
                                        .arg(s);
            if (sources.isEmpty() && m_freshError.isEmpty())
                m_freshError = QStringLiteral("the list of translatable sources is empty");
            if (m_freshError.isEmpty())
                m_fresh = runLupdate(sources, includes, {},
                                     {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                      QStringLiteral("absolute")},
                                     &m_freshError);
        }
        return m_fresh && m_freshError.isEmpty() ? &*m_fresh : nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("TASKLETLAB_SOURCE_DIR"),
                 "TASKLETLAB_SOURCE_DIR is not set: run the test through ctest");
        const QDir dir(tsDir());
        for (const QString& f : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
            m_tsFiles.append(dir.absoluteFilePath(f));
        QVERIFY2(!m_tsFiles.isEmpty(), qPrintable(QStringLiteral("no .ts files in %1").arg(dir.path())));
    }

    // Every entry translated and finished (unfinished, vanished and obsolete entries are not shipped or
    // not wanted), every numerus form filled, the placeholders kept, the language attribute right.
    void translationsAreFinished_data() { addTsRows(); }
    void translationsAreFinished() {
        QFETCH(QString, tsPath);
        const TsFile ts = readTs(tsPath);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList problems;
        const QString file = shown(tsPath);
        const QString expectedLanguage = languageOf(tsPath);
        if (expectedLanguage.isEmpty())
            problems.append(QStringLiteral("%1: the file name must be taskletlab_<language>.ts").arg(file));
        else if (ts.language != expectedLanguage)
            problems.append(QStringLiteral("%1:%2: <TS language=\"%3\">, but the file name says \"%4\"")
                                .arg(file)
                                .arg(ts.languageLine)
                                .arg(ts.language, expectedLanguage));
        QHash<QString, qint64> seen;
        for (const TsMessage& m : ts.messages) {
            const QString at =
                QStringLiteral("%1:%2: ").arg(file).arg(m.translationLine ? m.translationLine : m.line);
            if (const auto it = seen.constFind(messageKey(m)); it != seen.constEnd())
                problems.append(at + QStringLiteral("duplicate of line %1: %2").arg(*it).arg(describe(m)));
            seen.insert(messageKey(m), m.line);
            if (!m.hasTranslation) {
                problems.append(at + QStringLiteral("no <translation>: %1").arg(describe(m)));
                continue;
            }
            if (!m.translationType.isEmpty()) {
                const QString why = m.translationType == QLatin1String("unfinished")
                                        ? QStringLiteral("unfinished (translate it and clear the flag)")
                                        : QStringLiteral("%1 (no longer in the sources: %2)")
                                              .arg(m.translationType, QLatin1String(kUpdateHint));
                problems.append(at + QStringLiteral("%1: %2").arg(why, describe(m)));
                continue;
            }
            if (m.numerus && m.translations.isEmpty()) {
                problems.append(at + QStringLiteral("no numerus forms: %1").arg(describe(m)));
                continue;
            }
            if (m.numerus && !expectedLanguage.isEmpty()) {
                QString error;
                const int forms = numerusFormCount(expectedLanguage, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                if (m.translations.size() != forms)
                    problems.append(at + QStringLiteral("%1 numerus forms, %2 needs %3: %4")
                                             .arg(m.translations.size())
                                             .arg(expectedLanguage)
                                             .arg(forms)
                                             .arg(describe(m)));
            }
            const QSet<int> wanted = placeholders(m.source);
            for (qsizetype i = 0; i < m.translations.size(); ++i) {
                const QString& t = m.translations[i];
                const QString form = m.numerus ? QStringLiteral("numerus form %1 ").arg(i + 1) : QString();
                if (t.isEmpty()) {
                    problems.append(at + QStringLiteral("empty %1translation: %2").arg(form, describe(m)));
                    continue;
                }
                const QSet<int> got = placeholders(t);
                if (got != wanted)
                    problems.append(at + QStringLiteral("%1translation %2 has placeholders {%3}, the source "
                                                        "{%4}: %5")
                                             .arg(form, quoted(t), placeholderList(got),
                                                  placeholderList(wanted), describe(m)));
                if (m.numerus && hasCount(m.source) && !hasCount(t))
                    problems.append(at + QStringLiteral("%1translation %2 lacks the count %n: %3")
                                             .arg(form, quoted(t), describe(m)));
            }
        }
        const QString r = report(problems, QStringLiteral("problem(s) in %1").arg(file));
        if (!r.isEmpty()) QFAIL(qPrintable(r));
    }

    // Every string lupdate finds in the sources is in the .ts: a tr() added without running
    // update_translations is shown untranslated in every language.
    void noSourceStringIsMissing_data() { addTsRows(); }
    void noSourceStringIsMissing() {
        QFETCH(QString, tsPath);
        const TsFile* found = fresh();
        QVERIFY2(found, qPrintable(m_freshError));
        const TsFile ts = readTs(tsPath);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QHash<QString, const TsMessage*> committed;
        for (const TsMessage& m : ts.messages)
            committed.insert(messageKey(m), &m);
        QStringList problems;
        for (const TsMessage& m : found->messages) {
            const QString at = m.locations.isEmpty() ? QString() : m.locations.first() + QStringLiteral(": ");
            const TsMessage* c = committed.value(messageKey(m));
            if (!c)
                problems.append(at + QStringLiteral("not in %1: %2").arg(shown(tsPath), describe(m)));
            else if (c->numerus != m.numerus)
                problems.append(at + QStringLiteral("%1:%2: is %3 in the sources but not in the .ts: %4")
                                         .arg(shown(tsPath))
                                         .arg(c->line)
                                         .arg(m.numerus ? QStringLiteral("numerus") : QStringLiteral("plain"))
                                         .arg(describe(m)));
        }
        const QString r = report(problems, QStringLiteral("translatable string(s) missing from %1 (%2, then "
                                                          "translate them)")
                                               .arg(shown(tsPath), QLatin1String(kUpdateHint)));
        if (!r.isEmpty()) QFAIL(qPrintable(r));
    }

    // Nothing in the .ts that lupdate no longer finds: a translation of a string the app never asks for
    // is dead weight, and usually the trace of a source text edited without update_translations.
    void noStaleEntries_data() { addTsRows(); }
    void noStaleEntries() {
        QFETCH(QString, tsPath);
        const TsFile* found = fresh();
        QVERIFY2(found, qPrintable(m_freshError));
        const TsFile ts = readTs(tsPath);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QSet<QString> current;
        for (const TsMessage& m : found->messages)
            current.insert(messageKey(m));
        QStringList problems;
        for (const TsMessage& m : ts.messages)
            if (!current.contains(messageKey(m)))
                problems.append(QStringLiteral("%1:%2: %3").arg(shown(tsPath)).arg(m.line).arg(describe(m)));
        const QString r =
            report(problems, QStringLiteral("entries that lupdate no longer finds in the sources "
                                            "(%1: it drops them)")
                                 .arg(QLatin1String(kUpdateHint)));
        if (!r.isEmpty()) QFAIL(qPrintable(r));
    }

    // Every built-in lesson's title, description and step title/text/question/answer is a finished
    // entry of context "Lesson": that is what the lesson panel shows in the chosen language.
    void lessonTextsAreTranslated_data() { addTsRows(); }
    void lessonTextsAreTranslated() {
        QFETCH(QString, tsPath);
        QStringList problems;
        const QList<LessonText> texts = lessonTexts(&problems);
        const TsFile ts = readTs(tsPath);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QHash<QString, const TsMessage*> lessons;
        for (const TsMessage& m : ts.messages)
            if (m.context == QLatin1String("Lesson")) lessons.insert(messageKey(m), &m);
        for (const LessonText& l : texts) {
            const TsMessage* m = lessons.value(messageKey(QStringLiteral("Lesson"), l.text, QString()));
            if (!m) {
                problems.append(
                    QStringLiteral("%1: %2 %3 is not in %4 (%5)")
                        .arg(l.file, l.where, quoted(l.text), shown(tsPath), QLatin1String(kUpdateHint)));
            } else if (!m->translationType.isEmpty() || m->translations.value(0).isEmpty()) {
                problems.append(QStringLiteral("%1:%2: %3 %4 %5 is not translated%6")
                                    .arg(shown(tsPath))
                                    .arg(m->translationLine ? m->translationLine : m->line)
                                    .arg(l.file, l.where, quoted(l.text),
                                         m->translationType.isEmpty()
                                             ? QString()
                                             : QStringLiteral(" (type=\"%1\")").arg(m->translationType)));
            }
        }
        const QString r = report(problems, QStringLiteral("lesson text(s) without a finished translation"));
        if (!r.isEmpty()) QFAIL(qPrintable(r));
    }

    // What the app really shows: with the embedded .qm installed, QCoreApplication::translate("Lesson",
    // text) reads differently from the English text (for texts that are more than code, see hasProse).
    void lessonTextsTranslateAtRuntime_data() { addTsRows(); }
    void lessonTextsTranslateAtRuntime() {
        QFETCH(QString, tsPath);
        const QString lang = languageOf(tsPath);
        QVERIFY2(!lang.isEmpty(), qPrintable(shown(tsPath) + QStringLiteral(": not taskletlab_<lang>.ts")));
        const QString qm = QStringLiteral("%1/taskletlab_%2.qm").arg(qmDir(), lang);
        QTranslator translator;
        QVERIFY2(translator.load(qm), qPrintable(QStringLiteral("%1 does not load").arg(qm)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        QStringList problems;
        const QList<LessonText> texts = lessonTexts(&problems);
        for (const LessonText& l : texts) {
            const QString shownText = QCoreApplication::translate("Lesson", l.text.toUtf8().constData());
            if (shownText.isEmpty())
                problems.append(
                    QStringLiteral("%1: %2 %3 translates to nothing").arg(l.file, l.where, quoted(l.text)));
            else if (shownText == l.text && hasProse(l.text))
                problems.append(QStringLiteral("%1: %2 %3 is shown in English (its entry in %4 is missing, "
                                               "unfinished, or a copy of the source)")
                                    .arg(l.file, l.where, quoted(l.text), shown(tsPath)));
        }
        const QString r = report(problems, QStringLiteral("lesson text(s) untranslated with %1").arg(qm));
        if (!r.isEmpty()) QFAIL(qPrintable(r));
    }

    // Each language's .qm is embedded under :/i18n/ (where app/main.cpp loads it from) and says which
    // language it is; no .ts is left out of the build (TASKLETLAB_TS_FILES in ui/CMakeLists.txt).
    void qmFilesLoadFromResources_data() { addTsRows(); }
    void qmFilesLoadFromResources() {
        QFETCH(QString, tsPath);
        const QString lang = languageOf(tsPath);
        QVERIFY2(!lang.isEmpty(), qPrintable(shown(tsPath) + QStringLiteral(": not taskletlab_<lang>.ts")));
        const QString qm = QStringLiteral(":/i18n/taskletlab_%1.qm").arg(lang);
        QVERIFY2(QFile::exists(qm),
                 qPrintable(QStringLiteral("%1 is not embedded (is %2 in TASKLETLAB_TS_FILES, "
                                           "ui/CMakeLists.txt?); :/i18n holds: %3")
                                .arg(qm, shown(tsPath),
                                     QDir(QStringLiteral(":/i18n")).entryList().join(QStringLiteral(", ")))));
        QTranslator translator;
        QVERIFY2(translator.load(qm), qPrintable(QStringLiteral("%1 does not load").arg(qm)));
        QVERIFY2(!translator.isEmpty(), qPrintable(QStringLiteral("%1 has no translations").arg(qm)));
        QCOMPARE(translator.language(), lang);
        // The locale lookup app/main.cpp does for --lang finds it too.
        QTranslator byLocale;
        QVERIFY2(byLocale.load(QLocale(lang), QStringLiteral("taskletlab"), QStringLiteral("_"),
                               QStringLiteral(":/i18n")),
                 qPrintable(QStringLiteral("QTranslator::load(QLocale(\"%1\"), \"taskletlab\", \"_\", "
                                           "\":/i18n\") fails")
                                .arg(lang)));
        QCOMPARE(byLocale.filePath(), qm);
    }

    void everyEmbeddedQmHasItsTs() {
        QStringList problems;
        for (const QString& qm : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*.qm")})) {
            const QString ts =
                tsDir() + QLatin1Char('/') + QFileInfo(qm).completeBaseName() + QStringLiteral(".ts");
            if (!m_tsFiles.contains(ts))
                problems.append(
                    QStringLiteral(":/i18n/%1 is embedded but %2 does not exist").arg(qm, shown(ts)));
        }
        const QString r = report(problems, QStringLiteral("embedded translation(s) without a .ts"));
        if (!r.isEmpty()) QFAIL(qPrintable(r));
    }
};

QTEST_GUILESS_MAIN(TstUiTranslations)
#include "tst_ui_translations.moc"
