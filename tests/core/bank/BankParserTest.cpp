#include "TestFiles.h"
#include "core/bank/BankParser.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace certdrill::core;
using certdrill::test::testData;
using nlohmann::json;

namespace {

BankParseResult parseJson(const json& doc) { return parseBank(doc.dump(2)); }

json miniBank() { return json::parse(testData("banks/mini.json")); }

bool hasDiagnostic(const BankParseResult& r, std::string_view code, std::string_view pointer)
{
    return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.code == code && d.pointer == pointer; });
}

std::string describe(const BankParseResult& r)
{
    std::string out;
    for (const auto& d : r.diagnostics)
        out += formatDiagnostic("bank", d) + "\n";
    return out;
}

} // namespace

TEST_CASE("a valid bank with every question type parses without diagnostics", "[bank]")
{
    const auto r = parseBank(testData("banks/mini.json"));
    INFO(describe(r));
    REQUIRE(r.bank);
    CHECK(r.diagnostics.empty());
    const Bank& b = *r.bank;
    CHECK(b.id == "test-mini");
    CHECK(b.exam.durationMinutes == 10);
    CHECK(b.exam.scaleMin == 100);
    CHECK(b.exam.scaleMax == 900);
    CHECK(b.exam.navigation == Navigation::Free);
    CHECK(b.domains.size() == 2);
    CHECK(b.objectiveCount() == 3);
    REQUIRE(b.questions.size() == 6);

    const auto* single = b.findQuestion("m-0001");
    REQUIRE(single);
    CHECK(single->type == QuestionType::Single);
    CHECK(single->domain == "1.0");
    CHECK(single->scenario == "s-1");
    CHECK(single->correctChoiceCount() == 1);
    CHECK(single->choices[0].why == "HTTPS uses TCP 443.");

    CHECK(b.findQuestion("m-0002")->correctChoiceCount() == 2);
    const auto* numeric = b.findQuestion("m-0003");
    CHECK(numeric->numericAnswer == 30.0);
    CHECK(numeric->unit == "hosts");
    CHECK(b.findQuestion("m-0004")->accepted == std::vector<std::string>{"255.255.255.0"});
    CHECK(b.findQuestion("m-0005")->sequence == std::vector<std::string>{"i1", "i2", "i3"});
    const auto* match = b.findQuestion("m-0006");
    CHECK(match->right.size() == 3);
    CHECK(match->pairs == std::vector<std::pair<std::string, std::string>>{{"l1", "r1"}, {"l2", "r2"}});
}

TEST_CASE("a JSON syntax error is reported at its line and column", "[bank]")
{
    const auto r = parseBank("{\n  \"format\": \"certdrill-bank/1\",\n  \"id\": tru\n}");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "syntax");
    CHECK(r.diagnostics[0].line == 3);
    CHECK_FALSE(r.bank);
}

TEST_CASE("every problem is reported, not only the first", "[bank]")
{
    auto doc = miniBank();
    doc["questions"][0]["choices"][1]["correct"] = true;   // single with two correct
    doc["questions"][2]["objective"] = "9.9";               // unknown objective
    doc["questions"][3]["id"] = "m-0001";                   // duplicate id
    doc["domains"][0]["weight"] = 0.6;                      // weights sum to 1.1
    const auto r = parseJson(doc);
    INFO(describe(r));
    CHECK_FALSE(r.bank);
    CHECK(hasDiagnostic(r, "correct-count", "/questions/0/choices"));
    CHECK(hasDiagnostic(r, "unknown-objective", "/questions/2/objective"));
    CHECK(hasDiagnostic(r, "duplicate-id", "/questions/3/id"));
    CHECK(hasDiagnostic(r, "weights-sum", "/domains"));
}

TEST_CASE("diagnostics come in file order with their lines", "[bank]")
{
    auto doc = miniBank();
    doc["questions"][5]["answer"]["l2"] = "r1";
    doc["questions"][1]["stem"] = "Which protocols use TCP? (Choose three.)";
    const auto r = parseJson(doc);
    INFO(describe(r));
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].pointer == "/questions/1/stem");
    CHECK(r.diagnostics[1].pointer == "/questions/5/answer/l2");
    CHECK(r.diagnostics[0].line < r.diagnostics[1].line);
}

TEST_CASE("a missing explanation is a warning, not an error", "[bank]")
{
    auto doc = miniBank();
    doc["questions"][0].erase("explanation");
    const auto r = parseJson(doc);
    REQUIRE(r.bank);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].code == "no-explanation");
}

TEST_CASE("image exhibits must stay inside the bank's folder", "[bank]")
{
    for (const auto& [path, code] : std::vector<std::pair<std::string, std::string>>{
             {"/etc/passwd.png", "absolute-path"},
             {"../secret.png", "path-escapes-folder"},
             {"img/../../x.png", "path-escapes-folder"},
             {"https://example.invalid/x.png", "remote-resource"},
             {"img/x.svg", "bad-image-type"}}) {
        auto doc = miniBank();
        doc["questions"][0]["exhibit"] = {{"image", path}, {"alt", "a diagram"}};
        const auto r = parseJson(doc);
        INFO(path);
        CHECK(hasDiagnostic(r, code, "/questions/0/exhibit/image"));
    }
}

TEST_CASE("the asset probe decides whether an image exists", "[bank]")
{
    auto doc = miniBank();
    doc["questions"][0]["exhibit"] = {{"image", "img/topology.png"}, {"alt", "a diagram"}};
    BankParseOptions options;
    options.assets = [](std::string_view path) {
        return path == "img/topology.png" ? AssetStatus::Present : AssetStatus::Missing;
    };
    CHECK(parseBank(doc.dump(), options).bank);
    options.assets = [](std::string_view) { return AssetStatus::OutsideFolder; };
    CHECK(hasDiagnostic(parseBank(doc.dump(), options), "path-escapes-folder", "/questions/0/exhibit/image"));
}

TEST_CASE("nesting beyond the limit is refused", "[bank]")
{
    const std::string deep = std::string(100, '[') + std::string(100, ']');
    const auto r = parseBank(deep);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "too-deep");
}

TEST_CASE("invalid UTF-8 is refused with its position", "[bank]")
{
    const auto r = parseBank("{\n\"id\": \"caf\xE9\"}");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "not-utf8");
    CHECK(r.diagnostics[0].line == 2);
    CHECK(r.diagnostics[0].column == 11);
}

TEST_CASE("a repeated key is an error", "[bank]")
{
    std::string text = testData("banks/mini.json");
    text.replace(text.find("\"title\""), 7, "\"id\"");
    const auto r = parseBank(text);
    CHECK(hasDiagnostic(r, "duplicate-key", "/id"));
    CHECK_FALSE(r.bank);
}
