#include "TestFiles.h"
#include "core/bank/BankParser.h"
#include "core/bank/BankWriter.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

using namespace certdrill::core;
using certdrill::test::readFile;
using certdrill::test::testData;
using nlohmann::json;

namespace {

std::string describe(const BankParseResult& r)
{
    std::string out;
    for (const auto& d : r.diagnostics)
        out += formatDiagnostic("bank", d) + "\n";
    return out;
}

/// parse -> write -> parse: the second bank must equal the first, hashes included.
void checkRoundTrip(const std::string& text, const BankParseOptions& options = {})
{
    const auto first = parseBank(text, options);
    INFO(describe(first));
    REQUIRE(first.bank);
    const auto written = writeBank(*first.bank);
    const auto second = parseBank(written, options);
    INFO(written);
    INFO(describe(second));
    REQUIRE(second.bank);
    CHECK(*second.bank == *first.bank);
    REQUIRE(second.bank->questions.size() == first.bank->questions.size());
    for (std::size_t i = 0; i < first.bank->questions.size(); ++i)
        CHECK(second.bank->questions[i].contentHash == first.bank->questions[i].contentHash);
    CHECK(second.diagnostics.size() == first.diagnostics.size());
    CHECK(writeBank(*second.bank) == written); // writing is a fixed point
}

json miniBank() { return json::parse(testData("banks/mini.json")); }

} // namespace

TEST_CASE("a bank with every question type survives a write and a second parse unchanged", "[bank][writer]")
{
    const auto r = parseBank(testData("banks/mini.json"));
    REQUIRE(r.bank);
    std::set<QuestionType> types;
    for (const auto& q : r.bank->questions)
        types.insert(q.type);
    CHECK(types.size() == 6);
    checkRoundTrip(testData("banks/mini.json"));
}

TEST_CASE("each question type round-trips on its own", "[bank][writer]")
{
    const auto index = GENERATE(range(0, 6));
    auto doc = miniBank();
    const auto question = doc["questions"][static_cast<std::size_t>(index)];
    doc["questions"] = json::array({question});
    doc["questions"][0].erase("scenario");
    doc.erase("scenarios");
    INFO(question.at("type"));
    checkRoundTrip(doc.dump(2));

    const auto written = toJson(*parseBank(doc.dump()).bank)["questions"][0];
    CHECK(written.at("type") == question.at("type"));
    for (const auto& key : {"choices", "items", "left", "right", "answer", "unit", "accepted"})
        CHECK(written.contains(key) == question.contains(key));
}

TEST_CASE("optional fields and awkward text survive the round trip", "[bank][writer]")
{
    auto doc = miniBank();
    doc["description"] = "Practice for the \"mini\" exam.";
    doc["exam"]["navigation"] = "forward_only";
    doc["exam"]["passing_fraction"] = 0.7;
    doc["exam"]["passing_score_note"] = "Scaled score; the raw cut is not published.";
    doc["scenarios"][0]["title"] = "Web outage";
    doc["questions"][0]["stem"] = "Ünïcödé 😀, \"quotes\", a back\\slash,\ta tab\nand a new line: `ss -tlnp`";
    doc["questions"][0]["exhibit"] = {{"image", "img/topology.png"}, {"alt", "a diagram"}};
    doc["questions"][1]["exhibit"] = {{"text", "R1# show ip route\n  0.0.0.0/0 via 10.0.0.1"}};
    doc["questions"][2]["answer"] = -12.75;
    doc["questions"][2]["tolerance"] = 0.25;
    doc["questions"][3]["accepted"] = {"255.255.255.0", "/24"};
    doc["questions"][3]["case_sensitive"] = true;
    doc["retires"] = "2030-12-31";
    checkRoundTrip(doc.dump(2));
}

TEST_CASE("the writer leaves out optional fields at their defaults", "[bank][writer]")
{
    const auto r = parseBank(testData("banks/mini.json"));
    REQUIRE(r.bank);
    const auto out = toJson(*r.bank);
    CHECK(out.at("format") == "certdrill-bank/1");
    CHECK(out.at("retires").is_null());
    CHECK_FALSE(out.contains("description"));
    CHECK_FALSE(out.at("exam").contains("passing_fraction"));
    const auto& choices = out.at("questions")[0].at("choices");
    CHECK(choices[0].at("correct") == true);
    CHECK_FALSE(choices[1].contains("correct"));
    CHECK(out.at("questions")[2].at("answer").is_number_integer());
    CHECK_FALSE(out.at("questions")[2].contains("tolerance"));
    CHECK_FALSE(out.at("questions")[3].contains("case_sensitive"));
    CHECK(out.at("questions")[5].at("answer") == json{{"l1", "r1"}, {"l2", "r2"}});
}

TEST_CASE("every shipped bank survives a write and a second parse unchanged", "[bank][writer]")
{
    std::size_t banks = 0;
    for (const auto& entry : std::filesystem::directory_iterator{CERTDRILL_SOURCE_BANKS_DIR}) {
        if (entry.path().extension() != ".json")
            continue;
        INFO(entry.path().filename().string());
        checkRoundTrip(readFile(entry.path().string()));
        ++banks;
    }
    CHECK(banks > 0);
}
