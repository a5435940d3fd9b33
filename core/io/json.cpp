// RFC 8259 parser with positions. Recursive descent, bounded by JsonLimits.
#include "json.h"

#include <charconv>
#include <cstdio>

namespace tl {

namespace {

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// Length of the valid UTF-8 sequence at s[i], 0 if it is not one (overlong forms, surrogates and
// code points above U+10FFFF are invalid, as RFC 3629 says).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return 1;
    std::size_t len = 0;
    unsigned lo = 0x80;
    unsigned hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F; // U+D800..U+DFFF are not characters
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b1 < lo || b1 > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 0;
    return len;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Thrown inside the parser only; parse_json turns it into JsonParseResult::error.
struct ParseFailure {
    JsonError error;
};

class Parser {
public:
    Parser(std::string_view text, const JsonLimits& limits)
        : s_(text)
        , limits_(limits) {}

    JsonValue parse_document() {
        if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3; // a BOM is not part of the text (RFC 8259 §8.1)
        skip_ws();
        JsonValue v = parse_value(0);
        skip_ws();
        if (i_ != s_.size()) fail("expected end of input after the top-level value, got " + here());
        return v;
    }

private:
    std::string_view s_;
    const JsonLimits& limits_;
    std::size_t i_ = 0;
    JsonPos pos_;

    [[noreturn]] void fail(std::string message) const { throw ParseFailure{{pos_, std::move(message)}}; }
    [[noreturn]] void fail_at(JsonPos p, std::string message) const {
        throw ParseFailure{{p, std::move(message)}};
    }

    bool at_end() const { return i_ >= s_.size(); }
    char peek() const { return s_[i_]; }

    // Moves over one byte; columns advance once per code point.
    void advance() {
        const char c = s_[i_++];
        if (c == '\n') {
            ++pos_.line;
            pos_.column = 1;
        } else if (!is_continuation(static_cast<unsigned char>(c))) {
            ++pos_.column;
        }
    }

    // What is at the cursor, for "got ..." in messages.
    std::string here() const {
        if (at_end()) return "end of input";
        const std::size_t len = utf8_sequence_length(s_, i_);
        if (len == 0) return "an invalid UTF-8 byte";
        const unsigned char c = static_cast<unsigned char>(peek());
        if (c < 0x20) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "U+%04X", c);
            return buf;
        }
        return "'" + std::string(s_.substr(i_, len)) + "'";
    }

    void skip_ws() {
        while (!at_end()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
            advance();
        }
    }

    void expect(char c, const char* what) {
        if (at_end() || peek() != c) fail(std::string("expected ") + what + ", got " + here());
        advance();
    }

    JsonValue parse_value(int depth) {
        if (at_end()) fail("expected a value, got end of input");
        switch (peek()) {
        case '{':
            return parse_object(depth + 1);
        case '[':
            return parse_array(depth + 1);
        case '"': {
            JsonValue v;
            v.kind = JsonValue::Kind::String;
            v.pos = pos_;
            v.text = parse_string();
            return v;
        }
        case 't':
            return parse_literal("true", JsonValue::Kind::Bool, true);
        case 'f':
            return parse_literal("false", JsonValue::Kind::Bool, false);
        case 'n':
            return parse_literal("null", JsonValue::Kind::Null, false);
        default:
            break;
        }
        if (peek() == '-' || (peek() >= '0' && peek() <= '9')) return parse_number();
        fail("expected a value (object, array, string, number, true, false or null), got " + here());
    }

    JsonValue parse_literal(std::string_view word, JsonValue::Kind kind, bool b) {
        JsonValue v;
        v.kind = kind;
        v.pos = pos_;
        v.boolean = b;
        for (const char c : word) {
            if (at_end() || peek() != c) fail("expected '" + std::string(word) + "', got " + here());
            advance();
        }
        return v;
    }

    void check_depth(int depth) const {
        if (depth > limits_.max_depth)
            fail("nesting is deeper than " + std::to_string(limits_.max_depth) + " levels");
    }

    JsonValue parse_array(int depth) {
        check_depth(depth);
        JsonValue v;
        v.kind = JsonValue::Kind::Array;
        v.pos = pos_;
        advance(); // '['
        skip_ws();
        if (!at_end() && peek() == ']') {
            advance();
            return v;
        }
        for (;;) {
            skip_ws();
            v.items.push_back(parse_value(depth));
            skip_ws();
            if (!at_end() && peek() == ',') {
                advance();
                continue;
            }
            expect(']', "',' or ']' after an array element");
            return v;
        }
    }

    JsonValue parse_object(int depth) {
        check_depth(depth);
        JsonValue v;
        v.kind = JsonValue::Kind::Object;
        v.pos = pos_;
        advance(); // '{'
        skip_ws();
        if (!at_end() && peek() == '}') {
            advance();
            return v;
        }
        for (;;) {
            skip_ws();
            if (at_end() || peek() != '"') fail("expected a key in double quotes, got " + here());
            JsonMember m;
            m.key_pos = pos_;
            m.key = parse_string();
            skip_ws();
            expect(':', "':' after an object key");
            skip_ws();
            m.value = parse_value(depth);
            v.members.push_back(std::move(m));
            skip_ws();
            if (!at_end() && peek() == ',') {
                advance();
                continue;
            }
            expect('}', "',' or '}' after an object member");
            return v;
        }
    }

    std::uint32_t parse_hex4() {
        std::uint32_t cp = 0;
        for (int k = 0; k < 4; ++k) {
            if (at_end()) fail("expected 4 hex digits after \\u, got end of input");
            const char c = peek();
            std::uint32_t d = 0;
            if (c >= '0' && c <= '9') {
                d = static_cast<std::uint32_t>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                d = static_cast<std::uint32_t>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                d = static_cast<std::uint32_t>(c - 'A' + 10);
            } else {
                fail("expected 4 hex digits after \\u, got " + here());
            }
            cp = cp * 16 + d;
            advance();
        }
        return cp;
    }

    // \uXXXX, with surrogate pairs joined; a lone surrogate is not a character.
    void parse_unicode_escape(std::string& out, JsonPos esc_pos) {
        std::uint32_t cp = parse_hex4();
        if (cp >= 0xDC00 && cp <= 0xDFFF) fail_at(esc_pos, "expected a high surrogate before \\u" + hex(cp));
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (s_.substr(i_, 2) != "\\u") fail_at(esc_pos, "expected a low surrogate after \\u" + hex(cp));
            advance();
            advance();
            const std::uint32_t lo = parse_hex4();
            if (lo < 0xDC00 || lo > 0xDFFF) fail_at(esc_pos, "expected a low surrogate after \\u" + hex(cp));
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        append_utf8(out, cp);
    }

    static std::string hex(std::uint32_t cp) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
        return buf;
    }

    void parse_escape(std::string& out) {
        const JsonPos esc_pos = pos_;
        advance(); // '\'
        if (at_end()) fail("expected an escape character after '\\', got end of input");
        const char c = peek();
        advance();
        switch (c) {
        case '"':
            out += '"';
            return;
        case '\\':
            out += '\\';
            return;
        case '/':
            out += '/';
            return;
        case 'b':
            out += '\b';
            return;
        case 'f':
            out += '\f';
            return;
        case 'n':
            out += '\n';
            return;
        case 'r':
            out += '\r';
            return;
        case 't':
            out += '\t';
            return;
        case 'u':
            parse_unicode_escape(out, esc_pos);
            return;
        default:
            fail_at(esc_pos, "expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
    }

    std::string parse_string() {
        advance(); // opening quote
        std::string out;
        for (;;) {
            if (at_end()) fail("expected '\"' to end the string, got end of input");
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') {
                advance();
                return out;
            }
            if (c == '\\') {
                parse_escape(out);
                continue;
            }
            if (c < 0x20) fail("expected a character or an escape in the string, got " + here());
            const std::size_t len = utf8_sequence_length(s_, i_);
            if (len == 0) fail("expected valid UTF-8, got an invalid byte sequence");
            out.append(s_.substr(i_, len));
            for (std::size_t k = 0; k < len; ++k)
                advance();
        }
    }

    void digits(const char* what) {
        if (at_end() || peek() < '0' || peek() > '9')
            fail(std::string("expected ") + what + ", got " + here());
        while (!at_end() && peek() >= '0' && peek() <= '9')
            advance();
    }

    JsonValue parse_number() {
        JsonValue v;
        v.kind = JsonValue::Kind::Number;
        v.pos = pos_;
        const std::size_t start = i_;
        if (peek() == '-') advance();
        if (!at_end() && peek() == '0') {
            advance();
            if (!at_end() && peek() >= '0' && peek() <= '9') fail("expected no leading zeros in a number");
        } else {
            digits("a digit");
        }
        if (!at_end() && peek() == '.') {
            advance();
            digits("a digit after the decimal point");
        }
        if (!at_end() && (peek() == 'e' || peek() == 'E')) {
            advance();
            if (!at_end() && (peek() == '+' || peek() == '-')) advance();
            digits("a digit in the exponent");
        }
        v.text = std::string(s_.substr(start, i_ - start));
        const auto [ptr, ec] = std::from_chars(v.text.data(), v.text.data() + v.text.size(), v.number);
        if (ec != std::errc{} || ptr != v.text.data() + v.text.size())
            fail_at(v.pos, "expected a number of reasonable size, got " + v.text);
        return v;
    }
};

bool is_integer_literal(const std::string& t) {
    return t.find_first_of(".eE") == std::string::npos;
}

} // namespace

std::optional<std::int64_t> JsonValue::as_int() const {
    if (kind != Kind::Number || !is_integer_literal(text)) return std::nullopt;
    std::int64_t out = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return out;
}

std::optional<std::uint64_t> JsonValue::as_uint() const {
    if (kind != Kind::Number || !is_integer_literal(text) || text.starts_with('-')) return std::nullopt;
    std::uint64_t out = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return out;
}

const JsonValue* JsonValue::find(std::string_view key) const {
    for (const auto& m : members)
        if (m.key == key) return &m.value;
    return nullptr;
}

std::string JsonError::to_string() const {
    return "line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ": " + message;
}

JsonParseResult parse_json(std::string_view text, const JsonLimits& limits) {
    JsonParseResult r;
    if (text.size() > limits.max_bytes) {
        r.error = JsonError{{1, 1},
                            "expected at most " + std::to_string(limits.max_bytes >> 20) +
                                " MiB of JSON, got " + std::to_string(text.size()) + " bytes"};
        return r;
    }
    try {
        Parser p(text, limits);
        r.value = p.parse_document();
    } catch (const ParseFailure& f) {
        r.error = f.error;
    }
    return r;
}

std::string describe_json(const JsonValue& v) {
    switch (v.kind) {
    case JsonValue::Kind::Null:
        return "null";
    case JsonValue::Kind::Bool:
        return v.boolean ? "true" : "false";
    case JsonValue::Kind::Number:
        return v.text;
    case JsonValue::Kind::Array:
        return "an array";
    case JsonValue::Kind::Object:
        return "an object";
    case JsonValue::Kind::String:
        break;
    }
    constexpr std::size_t kMax = 40; // keep messages one readable line
    std::string out;
    if (v.text.size() <= kMax) {
        append_json_string(out, v.text);
        return out;
    }
    std::size_t cut = kMax;
    while (cut > 0 && is_continuation(static_cast<unsigned char>(v.text[cut])))
        --cut;
    append_json_string(out, v.text.substr(0, cut));
    out.insert(out.size() - 1, "...");
    return out;
}

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const char* esc = nullptr;
        switch (c) {
        case '"':
            esc = "\\\"";
            break;
        case '\\':
            esc = "\\\\";
            break;
        case '\n':
            esc = "\\n";
            break;
        case '\r':
            esc = "\\r";
            break;
        case '\t':
            esc = "\\t";
            break;
        case '\b':
            esc = "\\b";
            break;
        case '\f':
            esc = "\\f";
            break;
        default:
            break;
        }
        if (esc != nullptr) {
            out += esc;
            ++i;
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
            out += buf;
            ++i;
        } else if (const std::size_t len = utf8_sequence_length(s, i); len > 0) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            out += "\\uFFFD"; // invalid UTF-8 from a caller: keep the output valid JSON
            ++i;
        }
    }
    out += '"';
}

} // namespace tl
