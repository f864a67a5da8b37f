#include "core/bank/JsonDocument.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace certdrill::core;

namespace {

JsonDocument parseOk(std::string_view text, std::size_t maxDepth = 64)
{
    auto doc = JsonDocument::parse(text, maxDepth);
    INFO(text);
    REQUIRE(doc.ok());
    return doc;
}

std::string errorOf(std::string_view text, std::size_t maxDepth = 64)
{
    const auto doc = JsonDocument::parse(text, maxDepth);
    REQUIRE_FALSE(doc.ok());
    return doc.error().message;
}

} // namespace

TEST_CASE("each value knows where it starts, and pointers resolve to the nearest value", "[json]")
{
    const std::string text = R"({"a": [10, {"b~/c": "x"}], "d": null})";
    const auto doc = parseOk(text);
    CHECK(doc.offsetOf("") == 0);
    CHECK(doc.offsetOf("/a") == text.find('['));
    CHECK(doc.offsetOf("/a/0") == text.find("10"));
    CHECK(doc.offsetOf("/a/1/b~0~1c") == text.find("\"x\""));
    CHECK(doc.offsetOf("/d") == text.find("null"));
    CHECK(doc.offsetOf("/a/7") == text.find('['));      // no such element: its array
    CHECK(doc.offsetOf("/a/1/zzz") == text.find('{', 1)); // no such member: its object
}

TEST_CASE("escapes are decoded, surrogate pairs included", "[json]")
{
    const auto doc = parseOk(R"({"k\u0041": "tab\there \"q\" \\ \/ \ud83d\ude00 \u00e9"})");
    const auto& member = doc.children(doc.root())[0];
    CHECK(member.key == "kA");
    CHECK(member.text == "tab\there \"q\" \\ / \xF0\x9F\x98\x80 \xC3\xA9");
}

TEST_CASE("a key repeated in one object is found, also when written with escapes", "[json]")
{
    const std::string text = R"({"x": {"stem": 1, "st\u0065m": 2}, "y": 3})";
    const auto doc = parseOk(text);
    REQUIRE(doc.duplicateKeys().size() == 1);
    CHECK(doc.duplicateKeys()[0].pointer == "/x/stem");
    CHECK(doc.duplicateKeys()[0].offset == text.find("\"st\\u0065m\""));
    CHECK(doc.member(doc.children(doc.root())[0], "stem")->text == "2"); // the last one counts

    std::string big = "{";
    for (int i = 0; i < 40; ++i)
        big += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    big += "\"k7\": 0, \"k39\": 1}";
    const auto large = parseOk(big);
    REQUIRE(large.duplicateKeys().size() == 2);
    CHECK(large.duplicateKeys()[0].pointer == "/k7");
    CHECK(large.duplicateKeys()[1].pointer == "/k39");
}

TEST_CASE("numbers keep their text and convert on use", "[json]")
{
    const auto doc = parseOk(R"([30, -0, 2.5, 1e400, -1e400, 1e-400, 99999999999999999999, -7])");
    const auto n = doc.children(doc.root());
    CHECK(n[0].integral);
    CHECK(n[0].toInt64() == 30);
    CHECK_FALSE(n[2].integral);
    CHECK(n[2].toDouble() == 2.5);
    CHECK(std::isinf(n[3].toDouble()));
    CHECK(n[3].toDouble() > 0);
    CHECK(n[4].toDouble() < 0);
    CHECK(n[5].toDouble() == 0.0);
    CHECK(n[6].integral);
    CHECK_FALSE(n[6].toInt64().has_value());
    CHECK(n[7].toInt64() == -7);
    CHECK(n[3].text == "1e400");
}

TEST_CASE("nesting is refused one level past the limit", "[json]")
{
    const auto nested = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    CHECK(JsonDocument::parse(nested(8), 8).ok());
    const auto doc = JsonDocument::parse(nested(9), 8);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().code == "too-deep");
    CHECK(doc.error().offset == 8);
}

TEST_CASE("invalid JSON is refused with a message that names the problem", "[json]")
{
    CHECK_THAT(errorOf("[1, 2,]"), Catch::Contains("a comma before ']'"));
    CHECK_THAT(errorOf("[012]"), Catch::Contains("must not start with a zero"));
    CHECK_THAT(errorOf(R"(["\ud800"])"), Catch::Contains("high surrogate"));
    CHECK_THAT(errorOf(R"(["\udc00"])"), Catch::Contains("lone low surrogate"));
    CHECK_THAT(errorOf(R"(["\x"])"), Catch::Contains("invalid escape"));
    CHECK_THAT(errorOf(R"(["\u12"])"), Catch::Contains("four hex digits"));
    CHECK_THAT(errorOf("[\"open\n\"]"), Catch::Contains("not closed on its line"));
    CHECK_THAT(errorOf("{\"a\" 1}"), Catch::Contains("expected ':'"));
    CHECK_THAT(errorOf("[truth]"), Catch::Contains("found 'truth'"));
    CHECK_THAT(errorOf("[1] [2]"), Catch::Contains("after the end of the document"));
    CHECK_THAT(errorOf("  "), Catch::Contains("empty"));
    CHECK_THAT(errorOf("[1.]"), Catch::Contains("decimal point"));
    CHECK_THAT(errorOf("[1e+]"), Catch::Contains("exponent"));
    CHECK(JsonDocument::parse("\xEF\xBB\xBF{}", 4).ok()); // a byte-order mark is allowed
}

TEST_CASE("positions count characters, not bytes, and skip a byte-order mark", "[json]")
{
    const std::string text = "\xEF\xBB\xBF{\"t\": \"\xC3\xA9\xE2\x9C\x93\", \"x\": 1}";
    const auto pos = positionOf(text, text.find("\"x\""));
    CHECK(pos.line == 1);
    CHECK(pos.column == 13);
    CHECK(positionOf("a\nbc", 3).line == 2);
    CHECK(positionOf("a\nbc", 3).column == 2);
}
