// Time values of scenario files and command lines: "<number><unit>" (interfaces.md, "Time values").
#pragma once

#include <engine/time.h>

#include <string>
#include <string_view>

namespace tl {

struct TimeParseResult {
    Nanos value = 0;
    std::string error; // empty on success; otherwise says what was expected and what was given
    bool ok() const { return error.empty(); }
};

// Parses "250us", "1.5ms", "3j" exactly: the decimal is read as a fraction, never as a double, and
// a result that is not a whole number of nanoseconds is refused rather than rounded. The units are
// ns, us, ms, s and j; a jiffy is tick_period(hz) (hz <= 0 makes 'j' an error). Negative values,
// exponents, spaces and values beyond 64-bit nanoseconds are refused.
TimeParseResult parse_time(std::string_view text, int hz);

// Canonical exact text that parse_time reads back to the same value: the largest unit not larger
// than the value, with as many decimals as needed ("2us", "1.5ms", "2.1ms", "20s", "0s").
std::string format_time(Nanos ns);

} // namespace tl
