// libFuzzer target: bytes -> scenario loader; a valid, small scenario also runs through the engine (with an
// event guard) and must keep every invariant, and the canonical writer must give back a loadable file.
#include <engine/engine.h>
#include <io/scenario_loader.h>
#include <io/scenario_writer.h>
#include <trace/invariant_checker.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

// "Small": what one fuzz input may cost. Larger valid scenarios are only loaded and written.
constexpr int kMaxCpus = 8;
constexpr tl::Nanos kMaxDuration = 20 * tl::kNsPerMs;
constexpr std::uint64_t kMaxEvents = 200'000;

[[noreturn]] void finding(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_scenario: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const tl::ScenarioLoadResult r = tl::load_scenario_text(text, "fuzz.json");
    if (!r.ok()) {
        if (r.error->message.empty()) finding("validation error without a message", r.error->to_string());
        return 0;
    }
    const std::string written = tl::write_scenario(r.scenario);
    const tl::ScenarioLoadResult again = tl::load_scenario_text(written, "written.json");
    if (!again.ok())
        finding("write_scenario output does not load", again.error->to_string() + "\n" + written);

    tl::Scenario s = r.scenario;
    if (s.cpus > kMaxCpus) return 0;
    if (s.duration > kMaxDuration) s.duration = kMaxDuration;
    tl::Engine eng(s, tl::EngineOptions{.fine_steps = false, .max_events = kMaxEvents});
    eng.run();
    if (!eng.finished()) finding("run() returned but the engine is not finished", written);
    if (!eng.internal_errors().empty()) finding("engine self-check failed", eng.internal_errors().front());
    const auto v = tl::check_invariants(eng.log(), s.cpus);
    if (!v.empty()) finding("invariant violated", v.front() + "\n" + written);
    return 0;
}
