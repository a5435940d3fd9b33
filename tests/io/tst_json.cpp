// The JSON parser: values, positions of values and keys, and every kind of syntax error.
#include <io/json.h>

#include <QtTest>

using tl::JsonValue;

namespace {

tl::JsonError errorOf(std::string_view text, const tl::JsonLimits& limits = {}) {
    const auto r = tl::parse_json(text, limits);
    if (r.ok()) return tl::JsonError{tl::JsonPos{0, 0}, "no error"};
    return *r.error;
}

} // namespace

class TestJson : public QObject {
    Q_OBJECT

private slots:
    void parsesScalars() {
        const auto r =
            tl::parse_json("[null, true, false, -12, 1.5e3, \"a\\\"b\\\\c\\/\\n\\u00e9\\ud83d\\ude00\"]");
        QVERIFY(r.ok());
        const auto& it = r.value.items;
        QCOMPARE(it.size(), std::size_t{6});
        QVERIFY(it[0].is_null());
        QVERIFY(it[1].is_bool() && it[1].boolean);
        QVERIFY(it[2].is_bool() && !it[2].boolean);
        QCOMPARE(it[3].as_int().value(), std::int64_t{-12});
        QCOMPARE(it[4].number, 1500.0);
        QVERIFY(!it[4].as_int()); // not an integer literal
        QCOMPARE(it[5].text, std::string("a\"b\\c/\n\xC3\xA9\xF0\x9F\x98\x80"));
    }

    void integersAreExact() {
        const auto r = tl::parse_json("[18446744073709551615, 9007199254740993, -1]");
        QVERIFY(r.ok());
        QCOMPARE(r.value.items[0].as_uint().value(), UINT64_MAX);
        QVERIFY(!r.value.items[0].as_int()); // does not fit int64
        QCOMPARE(r.value.items[1].as_int().value(), std::int64_t{9007199254740993});
        QVERIFY(!r.value.items[2].as_uint());
    }

    void recordsPositionsOfValuesAndKeys() {
        const std::string text = "{\n  \"a\": 1,\n\t\"bé\": [true,\n   \"x\"]\n}";
        const auto r = tl::parse_json(text);
        QVERIFY(r.ok());
        QCOMPARE(r.value.pos.line, 1);
        QCOMPARE(r.value.pos.column, 1);
        const auto& m = r.value.members;
        QCOMPARE(m[0].key_pos.line, 2);
        QCOMPARE(m[0].key_pos.column, 3);
        QCOMPARE(m[0].value.pos.column, 8);
        QCOMPARE(m[1].key_pos.line, 3);
        QCOMPARE(m[1].key_pos.column, 2);   // a tab is one column
        QCOMPARE(m[1].value.pos.column, 8); // "bé" is 4 columns although 5 bytes
        QCOMPARE(m[1].value.items[1].pos.line, 4);
        QCOMPARE(m[1].value.items[1].pos.column, 4);
    }

    void findReturnsFirstMember() {
        const auto r = tl::parse_json(R"({"k": 1, "j": 2})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.find("j")->as_int().value(), std::int64_t{2});
        QVERIFY(r.value.find("z") == nullptr);
    }

    void skipsByteOrderMark() {
        const auto r = tl::parse_json("\xEF\xBB\xBF{}");
        QVERIFY(r.ok());
        QVERIFY(r.value.is_object());
    }

    void reportsMissingComma() {
        const auto e = errorOf("{\"a\": 1\n \"b\": 2}");
        QCOMPARE(e.pos.line, 2);
        QCOMPARE(e.pos.column, 2);
        QCOMPARE(e.to_string(),
                 std::string("line 2, column 2: expected ',' or '}' after an object member, got '\"'"));
    }

    void reportsTrailingComma() {
        const auto e = errorOf("[1, 2,]");
        QCOMPARE(e.pos.column, 7);
        QVERIFY(e.message.starts_with("expected a value"));
    }

    void reportsUnterminatedString() {
        const auto e = errorOf("{\"a\": \"abc");
        QVERIFY(e.message.find("end the string") != std::string::npos);
    }

    void reportsControlCharacterInString() {
        const auto e = errorOf("\"a\tb\"");
        QCOMPARE(e.pos.column, 3);
        QVERIFY(e.message.find("U+0009") != std::string::npos);
    }

    void reportsBadEscapes() {
        QCOMPARE(errorOf(R"("\x")").pos.column, 2);
        QVERIFY(errorOf(R"("\u12G4")").message.find("hex digits") != std::string::npos);
        QVERIFY(errorOf(R"("\udc00")").message.find("high surrogate") != std::string::npos);
        QVERIFY(errorOf(R"("\ud800x")").message.find("low surrogate") != std::string::npos);
    }

    void reportsBadNumbers() {
        QVERIFY(errorOf("01").message.find("leading zeros") != std::string::npos);
        QVERIFY(errorOf("1.").message.find("decimal point") != std::string::npos);
        QVERIFY(errorOf("1e").message.find("exponent") != std::string::npos);
        QVERIFY(errorOf("-").message.find("digit") != std::string::npos);
        QVERIFY(errorOf("1e999").message.find("reasonable size") != std::string::npos);
        QVERIFY(!errorOf("+1").message.empty());
    }

    void reportsBadLiterals() {
        const auto e = errorOf("[tru]");
        QCOMPARE(e.pos.column, 5);
        QCOMPARE(e.message, std::string("expected 'true', got ']'"));
    }

    void reportsTrailingGarbage() {
        const auto e = errorOf("{} x");
        QCOMPARE(e.pos.column, 4);
        QVERIFY(e.message.starts_with("expected end of input"));
    }

    void reportsEmptyInput() {
        QCOMPARE(errorOf("  ").message, std::string("expected a value, got end of input"));
    }

    void rejectsInvalidUtf8() {
        QVERIFY(errorOf("\"\xC3\x28\"").message.find("UTF-8") != std::string::npos);
        QVERIFY(errorOf("\"\xED\xA0\x80\"").message.find("UTF-8") != std::string::npos); // encoded surrogate
        QVERIFY(errorOf("\"\xC0\xAF\"").message.find("UTF-8") != std::string::npos);     // overlong
    }

    void rejectsSingleQuotesAndComments() {
        QVERIFY(errorOf("{'a': 1}").message.find("double quotes") != std::string::npos);
        QVERIFY(!errorOf("[1] // c").message.empty());
    }

    void limitsDepth() {
        tl::JsonLimits limits;
        limits.max_depth = 10;
        QVERIFY(tl::parse_json(std::string(10, '[') + std::string(10, ']'), limits).ok());
        const auto e = errorOf(std::string(11, '[') + std::string(11, ']'), limits);
        QVERIFY(e.message.find("deeper than 10") != std::string::npos);
        // The default limit stops a stack-smashing input early and cleanly.
        QVERIFY(errorOf(std::string(100000, '[')).message.find("deeper than 256") != std::string::npos);
    }

    void limitsSize() {
        tl::JsonLimits limits;
        limits.max_bytes = 1 << 20;
        const std::string big = "\"" + std::string((1 << 20), 'x') + "\"";
        const auto e = errorOf(big, limits);
        QCOMPARE(e.pos.line, 1);
        QVERIFY(e.message.find("at most 1 MiB") != std::string::npos);
    }

    void describesValuesShortly() {
        const auto r = tl::parse_json(R"([5, "2 us", {}, [], null, true])");
        QVERIFY(r.ok());
        QCOMPARE(tl::describe_json(r.value.items[0]), std::string("5"));
        QCOMPARE(tl::describe_json(r.value.items[1]), std::string("\"2 us\""));
        QCOMPARE(tl::describe_json(r.value.items[2]), std::string("an object"));
        QCOMPARE(tl::describe_json(r.value.items[3]), std::string("an array"));
        QCOMPARE(tl::describe_json(r.value.items[4]), std::string("null"));
        JsonValue longString;
        longString.kind = JsonValue::Kind::String;
        longString.text = std::string(100, 'y');
        QCOMPARE(tl::describe_json(longString), "\"" + std::string(40, 'y') + "...\"");
    }

    void escapesStringsForOutput() {
        std::string out;
        tl::append_json_string(out, "a\"\\\n\x01\xC3\xA9\xFF");
        QCOMPARE(out, std::string("\"a\\\"\\\\\\n\\u0001\xC3\xA9\\uFFFD\""));
        const auto back = tl::parse_json(out);
        QVERIFY(back.ok());
    }
};

QTEST_APPLESS_MAIN(TestJson)
#include "tst_json.moc"
