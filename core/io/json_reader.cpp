// Typed readers over the JSON DOM with messages of the form "expected X, got Y".
#include "json_reader.h"

#include "time_value.h"

#include <cmath>

namespace tl {

namespace {

bool is_identifier(std::string_view key) {
    if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
    for (const char c : key) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) return false;
    }
    return true;
}

std::string int_text(std::int64_t v) {
    return std::to_string(v);
}

} // namespace

std::string member_path(std::string_view object_path, std::string_view key) {
    std::string out(object_path);
    if (is_identifier(key)) {
        out += '.';
        out += key;
    } else {
        out += '[';
        append_json_string(out, key);
        out += ']';
    }
    return out;
}

std::string item_path(std::string_view array_path, std::size_t index) {
    return std::string(array_path) + "[" + std::to_string(index) + "]";
}

void throw_read_error(const JsonValue& v, const std::string& path, std::string message) {
    throw JsonReadError{v.pos, path, std::move(message)};
}

std::string join_names(std::span<const std::string_view> names, std::size_t max) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i == max) return out + ", ...";
        if (i > 0) out += ", ";
        out += names[i];
    }
    return out;
}

ObjectReader::ObjectReader(const JsonValue& v, std::string path, std::string_view what)
    : v_(v)
    , path_(std::move(path)) {
    if (!v.is_object())
        throw_read_error(v, path_, "expected " + std::string(what) + " (an object), got " + describe_json(v));
}

void ObjectReader::allow_keys(std::span<const std::string_view> allowed, std::string_view where) const {
    for (std::size_t i = 0; i < v_.members.size(); ++i) {
        const JsonMember& m = v_.members[i];
        bool known = false;
        for (const auto k : allowed)
            known = known || k == m.key;
        if (!known) {
            std::string key;
            append_json_string(key, m.key);
            throw JsonReadError{m.key_pos, path_of(m.key),
                                "unknown key " + key + " (allowed " + std::string(where) + ": " +
                                    join_names(allowed, allowed.size()) + ")"};
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (v_.members[j].key != m.key) continue;
            const JsonPos first = v_.members[j].key_pos;
            throw JsonReadError{m.key_pos, path_of(m.key),
                                "duplicate key (first given at line " + std::to_string(first.line) +
                                    ", column " + std::to_string(first.column) + ")"};
        }
    }
}

const JsonValue& ObjectReader::required(std::string_view key) const {
    const JsonValue* v = v_.find(key);
    if (v == nullptr) {
        std::string quoted;
        append_json_string(quoted, key);
        throw_read_error(v_, path_, "missing required key " + quoted);
    }
    return *v;
}

std::string read_string(const JsonValue& v, const std::string& path) {
    if (!v.is_string()) throw_read_error(v, path, "expected a string, got " + describe_json(v));
    return v.text;
}

std::string read_name(const JsonValue& v, const std::string& path, std::size_t max_bytes) {
    const std::string expected = "expected a name of 1 to " + std::to_string(max_bytes) +
                                 " characters without control characters, got ";
    if (!v.is_string() || v.text.empty() || v.text.size() > max_bytes)
        throw_read_error(v, path, expected + describe_json(v));
    for (const char c : v.text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            throw_read_error(v, path, expected + describe_json(v));
    return v.text;
}

bool read_bool(const JsonValue& v, const std::string& path) {
    if (!v.is_bool()) throw_read_error(v, path, "expected true or false, got " + describe_json(v));
    return v.boolean;
}

std::int64_t read_int(const JsonValue& v, const std::string& path, std::int64_t lo, std::int64_t hi) {
    const auto i = v.as_int();
    if (!i || *i < lo || *i > hi)
        throw_read_error(v, path,
                         "expected an integer from " + int_text(lo) + " to " + int_text(hi) + ", got " +
                             describe_json(v));
    return *i;
}

std::uint64_t read_uint(const JsonValue& v, const std::string& path, std::uint64_t hi) {
    const auto u = v.as_uint();
    if (!u || *u > hi)
        throw_read_error(v, path,
                         "expected an integer from 0 to " + std::to_string(hi) + ", got " + describe_json(v));
    return *u;
}

double read_number(const JsonValue& v, const std::string& path, double lo, double hi) {
    if (!v.is_number() || !std::isfinite(v.number) || v.number < lo || v.number > hi) {
        const auto text = [](double d) {
            std::string s = std::to_string(d);
            while (s.back() == '0')
                s.pop_back();
            if (s.back() == '.') s.pop_back();
            return s;
        };
        throw_read_error(
            v, path, "expected a number from " + text(lo) + " to " + text(hi) + ", got " + describe_json(v));
    }
    return v.number;
}

Nanos read_time(const JsonValue& v, const std::string& path, int hz, Nanos lo, Nanos hi) {
    if (!v.is_string()) throw_read_error(v, path, "expected a time like \"2us\", got " + describe_json(v));
    const TimeParseResult t = parse_time(v.text, hz);
    if (!t.ok()) throw_read_error(v, path, t.error);
    if (t.value < lo || t.value > hi)
        throw_read_error(v, path,
                         "expected a time from " + format_time(lo) + " to " + format_time(hi) + ", got " +
                             describe_json(v));
    return t.value;
}

std::size_t read_choice(const JsonValue& v, const std::string& path,
                        std::span<const std::string_view> choices) {
    if (v.is_string())
        for (std::size_t i = 0; i < choices.size(); ++i)
            if (choices[i] == v.text) return i;
    std::string list;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) list += ", ";
        append_json_string(list, choices[i]);
    }
    throw_read_error(v, path, "expected one of " + list + ", got " + describe_json(v));
}

const std::vector<JsonValue>& read_array(const JsonValue& v, const std::string& path, std::size_t max_items) {
    if (!v.is_array()) throw_read_error(v, path, "expected an array, got " + describe_json(v));
    if (v.items.size() > max_items)
        throw_read_error(v, path,
                         "expected at most " + std::to_string(max_items) + " entries, got " +
                             std::to_string(v.items.size()));
    return v.items;
}

} // namespace tl
