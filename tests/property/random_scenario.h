// Seeded random scenarios for the property tests: SplitMix64 and a generator of valid Scenario values.
#pragma once

#include <engine/scenario.h>

#include <cstdint>
#include <string_view>

namespace tl::prop {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, the same sequence on every platform and standard
// library — unlike std::*_distribution, whose output is implementation-defined.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) (modulo bias is irrelevant at these sizes); 0 when n == 0.
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    // Uniform in [lo, hi].
    std::int64_t range(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }
    bool chance(unsigned percent) { return below(100) < percent; }

private:
    std::uint64_t state_;
};

struct GenLimits {
    int max_cpus = 8;
    Nanos min_duration = 2 * kNsPerMs;
    Nanos max_duration = 20 * kNsPerMs;
};

// A valid scenario for `profile`, fully determined by (profile, seed). The same seed gives the same
// machine, tasks, tasklets, IRQs and actions under every profile (only HZ defaults differ).
Scenario random_scenario(std::string_view profile, std::uint64_t seed, const GenLimits& limits = {});

} // namespace tl::prop
