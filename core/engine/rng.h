// The engine's own seeded generator: identical sequences on every machine and standard library
// (no std::*_distribution, whose algorithms are implementation-defined).
#pragma once

#include <cstdint>

namespace tl {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in (0, 1], 53 bits.
    double unit_open0() { return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53; }

private:
    std::uint64_t state_;
};

// -ln(u) for u in (0, 1] with only +, -, *, / (IEEE-exact, so the same on every machine when built
// with -ffp-contract=off): u = m * 2^e with m in [1, 2); ln(m) from the atanh series.
double neg_log_unit(double u);

// An exponential inter-arrival time, in integer nanoseconds, for a Poisson process of `rate_hz`.
std::int64_t exponential_ns(SplitMix64& rng, double rate_hz);

} // namespace tl
