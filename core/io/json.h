// A small RFC 8259 JSON parser whose DOM remembers where every value and key came from, so that
// scenario validation can point teachers at the exact line and column of a mistake.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

// 1-based; columns count Unicode code points (what editors show), a tab counts as one.
struct JsonPos {
    int line = 1;
    int column = 1;
};

struct JsonMember;

class JsonValue {
public:
    enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    JsonPos pos;
    bool boolean = false;
    double number = 0;               // Number: the value as a double
    std::string text;                // String: the decoded text; Number: the literal as written
    std::vector<JsonValue> items;    // Array
    std::vector<JsonMember> members; // Object, in document order

    bool is_null() const { return kind == Kind::Null; }
    bool is_bool() const { return kind == Kind::Bool; }
    bool is_number() const { return kind == Kind::Number; }
    bool is_string() const { return kind == Kind::String; }
    bool is_array() const { return kind == Kind::Array; }
    bool is_object() const { return kind == Kind::Object; }

    // The number as an exact integer, if the literal has no fraction or exponent and fits.
    std::optional<std::int64_t> as_int() const;
    std::optional<std::uint64_t> as_uint() const;
    // The first member with this key, or nullptr (also when this is not an object).
    const JsonValue* find(std::string_view key) const;
};

struct JsonMember {
    std::string key;
    JsonPos key_pos;
    JsonValue value;
};

struct JsonError {
    JsonPos pos;
    std::string message; // "expected ':' after an object key, got '}'"
    // "line 3, column 7: expected ..."
    std::string to_string() const;
};

struct JsonLimits {
    std::size_t max_bytes = std::size_t{64} << 20; // bigger inputs are refused before parsing
    int max_depth = 256;                           // nesting of arrays and objects
};

struct JsonParseResult {
    JsonValue value;
    std::optional<JsonError> error;
    bool ok() const { return !error.has_value(); }
};

// Parses one JSON text (a leading UTF-8 byte order mark is skipped). Invalid UTF-8, lone surrogates,
// trailing garbage, too deep nesting and too big inputs are errors.
JsonParseResult parse_json(std::string_view text, const JsonLimits& limits = {});

// A short description of a value for error messages: 5, "2 us", true, null, an array, an object.
std::string describe_json(const JsonValue& v);

// Appends `s` as a JSON string literal (quotes included), escaping what RFC 8259 requires.
void append_json_string(std::string& out, std::string_view s);

} // namespace tl
