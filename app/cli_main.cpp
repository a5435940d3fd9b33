// taskletlab-cli: the headless runner of interfaces.md ("taskletlab-cli"). Option parsing and output
// only; the simulation is the engine's, files are core/io's.
#include <engine/engine.h>
#include <engine/profile.h>
#include <io/atomic_file.h>
#include <io/chrome_trace.h>
#include <io/jitasklet_csv.h>
#include <io/scenario_loader.h>
#include <io/time_value.h>
#include <io/trace_csv.h>
#include <io/version.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitBadInput = 2; // bad usage or bad input

constexpr const char* kProgram = "taskletlab-cli";

constexpr const char* kHelp = R"HELP(Usage:
  taskletlab-cli run SCENARIO [--profile NAME] [--seed N] [--duration TIME]
                     [--trace-csv FILE] [--jitasklet-csv FILE] [--chrome-trace FILE] [--stats]
  taskletlab-cli validate SCENARIO [--profile NAME] [--seed N] [--duration TIME]
  taskletlab-cli profiles
  taskletlab-cli --help | --version

Simulates Linux tasklets and softirqs deterministically (LDD3 chapter 7.5).

Commands:
  run        Simulate SCENARIO (a JSON scenario file). stdout gets, for every /proc read in order of
             completion, exactly what the jit module returned to the reader; reads are separated by
             one empty line. Kernel messages and calls that never returned go to stderr.
  validate   Check SCENARIO and print "SCENARIO: ok (title, profile, N cpus)".
  profiles   List the kernel profiles with their default HZ.

Options:
  --profile NAME        Use this kernel profile instead of the scenario's.
  --seed N              Seed of the random IRQ arrivals (rate_hz) instead of the scenario's.
  --duration TIME       Simulate this long instead of the scenario's duration (e.g. 20ms, 1.5s, 300j).
  --trace-csv FILE      Write every event as CSV (time_ns,cpu,jiffies,event,pid,comm,context,name,detail).
  --jitasklet-csv FILE  Write the data lines of every read as CSV (read,file,time,delta,inirq,pid,cpu,command).
  --chrome-trace FILE   Write a Chrome trace-event JSON file (chrome://tracing, ui.perfetto.dev).
  --stats               After the output, print events, simulated time, wall time, events per second
                        and bytes per event.
Output files are written only after a successful run, each atomically (never half written).

Exit status: 0 success (a simulated hang or panic is a result, not a failure), 2 bad usage or bad
input (one message on stderr), 1 internal failure.
)HELP";

// A mistake on the command line or in an input file: one line on stderr, exit status 2.
struct BadInput {
    std::string message;
};

struct Outputs {
    std::optional<std::string> trace_csv;
    std::optional<std::string> jitasklet_csv;
    std::optional<std::string> chrome_trace;
};

struct CliArgs {
    std::string command;
    std::string scenario;
    tl::ScenarioOverrides overrides;
    Outputs outputs;
    bool stats = false;
    bool help = false;
};

[[noreturn]] void usage_error(const std::string& message) {
    throw BadInput{std::string(kProgram) + ": " + message + " (see " + kProgram + " --help)"};
}

std::uint64_t parse_seed(std::string_view text) {
    std::uint64_t seed = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), seed);
    if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size())
        usage_error("--seed: expected an integer from 0 to 18446744073709551615, got '" + std::string(text) +
                    "'");
    return seed;
}

// Walks argv; options take their value as the next argument or after '='.
class ArgParser {
public:
    ArgParser(int argc, char** argv)
        : args_(argv + 1, argv + argc) {}

    CliArgs parse() {
        CliArgs a;
        if (args_.empty()) usage_error("missing command (run, validate or profiles)");
        for (i_ = 0; i_ < args_.size(); ++i_) {
            const std::string arg = args_[i_];
            if (arg == "--help" || arg == "-h") {
                a.help = true;
                return a;
            }
            if (arg == "--version" && a.command.empty()) {
                a.command = "--version";
            } else if (arg.starts_with("--")) {
                option(a, arg);
            } else if (a.command.empty()) {
                a.command = arg;
            } else if (a.scenario.empty() && a.command != "profiles" && a.command != "--version") {
                a.scenario = arg;
            } else {
                usage_error("unexpected argument '" + arg + "'");
            }
        }
        check(a);
        return a;
    }

private:
    std::vector<std::string> args_;
    std::size_t i_ = 0;

    std::string value(const std::string& arg, const std::string& name) {
        if (arg.size() > name.size()) return arg.substr(name.size() + 1); // --name=value
        if (i_ + 1 >= args_.size()) usage_error(name + " needs a value");
        return args_[++i_];
    }

    void option(CliArgs& a, const std::string& arg) {
        const std::string name = arg.substr(0, arg.find('='));
        if (name == "--stats" && name == arg) {
            a.stats = true;
        } else if (name == "--profile") {
            a.overrides.profile = value(arg, name);
        } else if (name == "--seed") {
            a.overrides.seed = parse_seed(value(arg, name));
        } else if (name == "--duration") {
            a.overrides.duration = value(arg, name);
        } else if (name == "--trace-csv") {
            a.outputs.trace_csv = value(arg, name);
        } else if (name == "--jitasklet-csv") {
            a.outputs.jitasklet_csv = value(arg, name);
        } else if (name == "--chrome-trace") {
            a.outputs.chrome_trace = value(arg, name);
        } else {
            usage_error("unknown option '" + arg + "'");
        }
    }

    static void check(const CliArgs& a) {
        const bool any_override = a.overrides.profile || a.overrides.seed || a.overrides.duration;
        const bool any_output =
            a.outputs.trace_csv || a.outputs.jitasklet_csv || a.outputs.chrome_trace || a.stats;
        if (a.command == "run" || a.command == "validate") {
            if (a.scenario.empty()) usage_error(a.command + ": missing SCENARIO file");
            if (a.command == "validate" && any_output) usage_error("validate takes no output options");
        } else if (a.command == "profiles" || a.command == "--version") {
            if (any_override || any_output) usage_error(a.command + " takes no options");
        } else {
            usage_error("unknown command '" + a.command + "' (expected run, validate or profiles)");
        }
    }
};

std::string profile_list() {
    std::string names;
    for (const auto& p : tl::all_profiles())
        names += (names.empty() ? "" : ", ") + std::string(p.name);
    return names;
}

tl::Scenario load(const CliArgs& a) {
    // The CLI knows its options: name an unknown profile as a usage error, before reading the file.
    if (a.overrides.profile && tl::find_profile(*a.overrides.profile) == nullptr)
        usage_error("--profile: expected one of " + profile_list() + ", got '" + *a.overrides.profile + "'");
    tl::ScenarioLoadResult r = tl::load_scenario_file(a.scenario, a.overrides);
    if (!r.ok()) {
        tl::ScenarioError e = *r.error;
        if (e.file.empty()) throw BadInput{std::string(kProgram) + ": " + e.to_string()}; // an override
        throw BadInput{e.to_string()};
    }
    return std::move(r.scenario);
}

// The engine validates what only it knows (its constructor throws std::invalid_argument).
std::unique_ptr<tl::Engine> make_engine(const CliArgs& a, tl::Scenario s) {
    try {
        return std::make_unique<tl::Engine>(std::move(s));
    } catch (const std::invalid_argument& e) {
        throw BadInput{a.scenario + ": " + e.what()};
    }
}

struct NamedOutput {
    const char* option;
    std::string path;
};

std::vector<NamedOutput> output_list(const Outputs& o) {
    std::vector<NamedOutput> list;
    if (o.trace_csv) list.push_back({"--trace-csv", *o.trace_csv});
    if (o.jitasklet_csv) list.push_back({"--jitasklet-csv", *o.jitasklet_csv});
    if (o.chrome_trace) list.push_back({"--chrome-trace", *o.chrome_trace});
    return list;
}

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    return a == b || std::filesystem::equivalent(a, b, ec);
}

// Refuses outputs that would clobber the scenario or each other, or that cannot be created, before
// spending time on the run.
void check_outputs(const CliArgs& a) {
    const auto list = output_list(a.outputs);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string prefix = std::string(kProgram) + ": " + list[i].option + ": ";
        if (same_file(list[i].path, a.scenario))
            throw BadInput{prefix + "'" + list[i].path + "' is the scenario file; refusing to overwrite it"};
        for (std::size_t j = 0; j < i; ++j)
            if (same_file(list[i].path, list[j].path))
                throw BadInput{prefix + "'" + list[i].path + "' is also given to " + list[j].option};
        if (const std::string why = tl::check_writable(list[i].path); !why.empty())
            throw BadInput{prefix + why};
    }
}

void write_outputs(const CliArgs& a, const tl::Engine& engine) {
    const tl::EventLog& log = engine.log();
    for (const auto& out : output_list(a.outputs)) {
        std::string why;
        if (out.option == std::string_view("--trace-csv")) {
            why = tl::save_trace_csv(log, out.path);
        } else if (out.option == std::string_view("--jitasklet-csv")) {
            why = tl::save_jitasklet_csv(engine.proc_reads(), out.path);
        } else {
            tl::ChromeTraceOptions opt;
            opt.title = engine.scenario().title;
            opt.cpus = engine.scenario().cpus;
            opt.end_time = engine.now();
            why = tl::save_chrome_trace(log, opt, out.path);
        }
        if (!why.empty()) throw BadInput{std::string(kProgram) + ": " + out.option + ": " + why};
    }
}

void put(std::FILE* f, std::string_view s) {
    std::fwrite(s.data(), 1, s.size(), f);
}

std::string stats_text(const tl::Engine& engine, double wall_seconds) {
    const std::size_t events = engine.log().size();
    const double eps = static_cast<double>(events) / std::max(wall_seconds, 1e-9);
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "events: %zu\nsimulated: %s\nwall: %.6f\nevents_per_second: %.0f\n"
                  "bytes_per_event: %.2f\n",
                  events, tl::format_time(engine.now()).c_str(), wall_seconds, eps,
                  engine.log().bytes_per_event());
    return buf;
}

int cmd_run(const CliArgs& a) {
    tl::Scenario scenario = load(a);
    check_outputs(a);
    const auto wall_start = std::chrono::steady_clock::now();
    const std::unique_ptr<tl::Engine> engine = make_engine(a, std::move(scenario));
    engine->run();
    const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - wall_start;

    write_outputs(a, *engine);

    std::string out;
    for (const tl::ProcRead& r : engine->proc_reads()) {
        if (!out.empty()) out += '\n'; // one empty line between reads
        out += r.text;
    }
    if (a.stats) {
        if (!out.empty()) out += '\n';
        out += stats_text(*engine, wall.count());
    }
    put(stdout, out);
    for (const tl::KernelMessage& m : engine->kernel_messages())
        put(stderr, m.dmesg_line() + "\n");
    for (const std::string& line : engine->unfinished_report())
        put(stderr, line + "\n");
    if (std::fflush(stdout) != 0) throw std::runtime_error("cannot write to stdout");
    for (const std::string& e : engine->internal_errors())
        put(stderr, std::string(kProgram) + ": internal error: " + e + "\n");
    return engine->internal_errors().empty() ? kExitOk : kExitInternal;
}

int cmd_validate(const CliArgs& a) {
    const tl::Scenario scenario = load(a);
    const std::string title = scenario.title.empty() ? "untitled" : scenario.title;
    const std::string summary = a.scenario + ": ok (" + title + ", " + scenario.profile + ", " +
                                std::to_string(scenario.cpus) + " cpus)\n";
    make_engine(a, scenario); // what only the engine checks
    put(stdout, summary);
    return kExitOk;
}

int cmd_profiles() {
    const auto& def = tl::default_profile();
    for (const auto& p : tl::all_profiles()) {
        std::string line = std::string(p.name);
        line.resize(std::max<std::size_t>(line.size() + 2, 14), ' ');
        line += "HZ=" + std::to_string(p.default_hz);
        line.resize(std::max<std::size_t>(line.size() + 2, 24), ' ');
        line += std::string(p.summary);
        if (p.name == def.name) line += " (default)";
        put(stdout, line + "\n");
    }
    return kExitOk;
}

int run_cli(int argc, char** argv) {
    const CliArgs a = ArgParser(argc, argv).parse();
    if (a.help) {
        put(stdout, kHelp);
        return kExitOk;
    }
    if (a.command == "--version") {
        put(stdout, std::string(kProgram) + " " + tl::taskletlab_version() + "\n");
        return kExitOk;
    }
    if (a.command == "profiles") return cmd_profiles();
    if (a.command == "validate") return cmd_validate(a);
    return cmd_run(a);
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run_cli(argc, argv);
    } catch (const BadInput& e) {
        put(stderr, e.message + "\n");
        return kExitBadInput;
    } catch (const std::exception& e) {
        put(stderr, std::string(kProgram) + ": internal error: " + e.what() + "\n");
        return kExitInternal;
    } catch (...) {
        put(stderr, std::string(kProgram) + ": internal error\n");
        return kExitInternal;
    }
}
