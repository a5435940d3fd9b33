// Typed reading of a positioned JSON DOM: every reader either returns the value or throws a
// JsonReadError that names the place (position and JSON path) and what was expected.
#pragma once

#include "json.h"

#include <engine/time.h>

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

struct JsonReadError {
    JsonPos pos;
    std::string path;    // "$.tasklets[0].work"
    std::string message; // "expected a time like \"2us\", got 5"
};

std::string member_path(std::string_view object_path, std::string_view key); // $.a, $["a b"]
std::string item_path(std::string_view array_path, std::size_t index);       // $.a[3]

// An object being read: checks its keys up front, then hands out members with their paths.
class ObjectReader {
public:
    // Throws unless `v` is an object; `what` names it in the message ("a task").
    ObjectReader(const JsonValue& v, std::string path, std::string_view what);

    // Every key must be one of `allowed` (and appear once); the first that is not is reported with the
    // list of allowed keys ("allowed <where>: a, b").
    void allow_keys(std::span<const std::string_view> allowed, std::string_view where = "here") const;
    void allow_keys(std::initializer_list<std::string_view> allowed, std::string_view where = "here") const {
        allow_keys(std::span<const std::string_view>(allowed.begin(), allowed.size()), where);
    }

    const JsonValue* optional(std::string_view key) const { return v_.find(key); }
    const JsonValue& required(std::string_view key) const;
    std::string path_of(std::string_view key) const { return member_path(path_, key); }
    const std::string& path() const { return path_; }
    const JsonValue& value() const { return v_; }

private:
    const JsonValue& v_;
    std::string path_;
};

[[noreturn]] void throw_read_error(const JsonValue& v, const std::string& path, std::string message);

std::string read_string(const JsonValue& v, const std::string& path);
// A name or comm: 1..max_bytes bytes, no control characters (they would break dmesg and CSV lines).
std::string read_name(const JsonValue& v, const std::string& path, std::size_t max_bytes);
bool read_bool(const JsonValue& v, const std::string& path);
std::int64_t read_int(const JsonValue& v, const std::string& path, std::int64_t lo, std::int64_t hi);
std::uint64_t read_uint(const JsonValue& v, const std::string& path, std::uint64_t hi);
double read_number(const JsonValue& v, const std::string& path, double lo, double hi);
Nanos read_time(const JsonValue& v, const std::string& path, int hz, Nanos lo, Nanos hi);
// One of `choices`; returns its index.
std::size_t read_choice(const JsonValue& v, const std::string& path,
                        std::span<const std::string_view> choices);
const std::vector<JsonValue>& read_array(const JsonValue& v, const std::string& path, std::size_t max_items);

// "a, b, c" for messages; at most `max` entries, then ", ...".
std::string join_names(std::span<const std::string_view> names, std::size_t max = 12);

} // namespace tl
