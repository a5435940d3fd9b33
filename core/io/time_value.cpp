// Exact parsing and formatting of "<number><unit>" time values.
#include "time_value.h"

#include <array>
#include <cstdint>
#include <numeric>

namespace tl {

namespace {

constexpr const char* kExpected = "expected a time like \"2us\" (a number, then ns, us, ms, s or j)";

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

struct Unit {
    std::string_view name;
    Nanos ns; // 0: jiffies, resolved with the HZ
};
constexpr std::array kUnits{Unit{"ns", 1}, Unit{"us", kNsPerUs}, Unit{"ms", kNsPerMs}, Unit{"s", kNsPerSec},
                            Unit{"j", 0}};

// The decimal number as mantissa / 10^scale, trailing fraction zeros dropped so that long but exact
// spellings ("1.000000000000s") do not overflow.
struct Decimal {
    std::int64_t mantissa = 0;
    std::int64_t scale = 1;
    bool overflow = false;
};

Decimal read_decimal(std::string_view int_part, std::string_view frac_part) {
    while (!frac_part.empty() && frac_part.back() == '0')
        frac_part.remove_suffix(1);
    Decimal d;
    auto push = [&d](char c) {
        if (__builtin_mul_overflow(d.mantissa, std::int64_t{10}, &d.mantissa) ||
            __builtin_add_overflow(d.mantissa, std::int64_t{c - '0'}, &d.mantissa))
            d.overflow = true;
    };
    for (const char c : int_part)
        push(c);
    for (const char c : frac_part) {
        push(c);
        if (__builtin_mul_overflow(d.scale, std::int64_t{10}, &d.scale)) d.overflow = true;
    }
    return d;
}

} // namespace

TimeParseResult parse_time(std::string_view text, int hz) {
    TimeParseResult r;
    if (text.starts_with('-')) {
        r.error = "expected a time that is not negative, got " + quoted(text);
        return r;
    }
    std::size_t i = 0;
    while (i < text.size() && is_digit(text[i]))
        ++i;
    const std::string_view int_part = text.substr(0, i);
    std::string_view frac_part;
    const bool has_point = i < text.size() && text[i] == '.';
    if (has_point) {
        const std::size_t start = ++i;
        while (i < text.size() && is_digit(text[i]))
            ++i;
        frac_part = text.substr(start, i - start);
    }
    if (int_part.empty() || (has_point && frac_part.empty())) { // "", "ms", ".5ms", "1.ms"
        r.error = std::string(kExpected) + ", got " + quoted(text);
        return r;
    }
    const std::string_view unit_text = text.substr(i);
    const Unit* unit = nullptr;
    for (const auto& u : kUnits)
        if (u.name == unit_text) unit = &u;
    if (unit == nullptr) {
        r.error = (unit_text.empty() ? std::string("expected a unit (ns, us, ms, s or j) after the number")
                                     : std::string(kExpected)) +
                  ", got " + quoted(text);
        return r;
    }
    Nanos unit_ns = unit->ns;
    if (unit_ns == 0) {
        if (hz <= 0) {
            r.error = "expected a time in ns, us, ms or s here (jiffies need a HZ), got " + quoted(text);
            return r;
        }
        unit_ns = tick_period(hz);
    }
    const Decimal d = read_decimal(int_part, frac_part);
    // mantissa * unit / scale, reduced first so that exact values never overflow on the way.
    const std::int64_t g = std::gcd(unit_ns, d.scale);
    const std::int64_t scale = d.scale / g;
    std::int64_t value = 0;
    if (!d.overflow && d.mantissa % scale != 0) {
        r.error = "expected a whole number of nanoseconds, got " + quoted(text);
        return r;
    }
    if (d.overflow || __builtin_mul_overflow(d.mantissa / scale, unit_ns / g, &value)) {
        r.error = "expected a time that fits in 64-bit nanoseconds, got " + quoted(text);
        return r;
    }
    r.value = value;
    return r;
}

std::string format_time(Nanos ns) {
    if (ns < 0) return "-" + format_time(-ns);
    if (ns == 0) return "0s";
    struct Choice {
        Nanos unit;
        int digits;
        const char* name;
    };
    constexpr std::array kChoices{Choice{kNsPerSec, 9, "s"}, Choice{kNsPerMs, 6, "ms"},
                                  Choice{kNsPerUs, 3, "us"}, Choice{1, 0, "ns"}};
    for (const auto& c : kChoices) {
        if (ns < c.unit) continue;
        std::string out = std::to_string(ns / c.unit);
        if (const Nanos frac = ns % c.unit; frac != 0) {
            std::string f = std::to_string(frac);
            f.insert(0, static_cast<std::size_t>(c.digits) - f.size(), '0');
            while (f.back() == '0')
                f.pop_back();
            out += "." + f;
        }
        return out + c.name;
    }
    return std::to_string(ns) + "ns";
}

} // namespace tl
