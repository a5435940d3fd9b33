// Simulated time: integer nanoseconds, and the jiffy arithmetic the kernel does on it.
#pragma once

#include <cstdint>

namespace tl {

using Nanos = std::int64_t;

inline constexpr Nanos kNsPerUs = 1'000;
inline constexpr Nanos kNsPerMs = 1'000'000;
inline constexpr Nanos kNsPerSec = 1'000'000'000;
inline constexpr Nanos kForever = INT64_MAX / 4;

// Length of one tick at HZ. Tick k (k >= 1) fires at k * tick_period(hz) (interfaces.md, "Time values").
constexpr Nanos tick_period(int hz) { return kNsPerSec / hz; }

// msecs_to_jiffies() rounds up: 2 ms is 2 jiffies at HZ=1000 but 1 jiffy at HZ=250/300/100 (§5.1).
constexpr std::uint64_t msecs_to_jiffies(std::uint64_t ms, int hz) { return (ms * hz + 999) / 1000; }

} // namespace tl
