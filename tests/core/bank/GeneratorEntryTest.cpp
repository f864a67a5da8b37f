#include "TestFiles.h"
#include "core/bank/BankParser.h"
#include "core/bank/BankWriter.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace certdrill::core;
using certdrill::test::testData;
using nlohmann::json;

namespace {

json subnetEntry(json params)
{
    return {{"id", "m-0100"},
            {"objective", "2.1"},
            {"type", "generator"},
            {"difficulty", 2},
            {"generator", {{"family", "ipv4.subnet-facts"}, {"params", std::move(params)}}},
            {"references", {"RFC 950"}},
            {"tags", {"subnetting"}}};
}

/// The test bank with one more entry.
std::string miniWith(const json& entry)
{
    auto doc = json::parse(testData("banks/mini.json"));
    doc["questions"].push_back(entry);
    return doc.dump(2);
}

const Question& last(const BankParseResult& r) { return r.bank->questions.back(); }

std::uint64_t hashOf(const json& entry)
{
    const auto r = parseBank(miniWith(entry));
    REQUIRE(r.bank);
    return last(r).contentHash;
}

} // namespace

TEST_CASE("a generator entry is read with its family, parameters and the common fields", "[bank][generator]")
{
    const auto r = parseBank(miniWith(subnetEntry({{"ask", "network"}, {"min_prefix", 20}})));
    for (const auto& d : r.diagnostics)
        FAIL_CHECK(formatDiagnostic("mini", d));
    REQUIRE(r.bank);
    const Question& q = last(r);
    CHECK(q.type == QuestionType::Generator);
    CHECK(toString(q.type) == "generator");
    REQUIRE(q.generator);
    CHECK(q.generator->family == "ipv4.subnet-facts");
    CHECK(q.generator->params == json{{"ask", "network"}, {"min_prefix", 20}});
    CHECK(q.generator->params.at("min_prefix").is_number_integer());
    CHECK(q.domain == "2.0");
    CHECK(q.difficulty == 2);
    CHECK(q.tags == std::vector<std::string>{"subnetting"});
    CHECK(q.stem.empty());
    CHECK(q.choices.empty());
}

TEST_CASE("a generator entry without params gets an empty object", "[bank][generator]")
{
    auto entry = subnetEntry({});
    entry["generator"].erase("params");
    const auto r = parseBank(miniWith(entry));
    REQUIRE(r.bank);
    REQUIRE(last(r).generator);
    CHECK(last(r).generator->params == json::object());
}

TEST_CASE("a generator entry survives a write and a second parse unchanged", "[bank][generator]")
{
    const auto first = parseBank(miniWith(subnetEntry({{"ask", "any"}, {"min_prefix", 16}, {"max_prefix", 28}})));
    REQUIRE(first.bank);
    const auto written = writeBank(*first.bank);
    const auto doc = json::parse(written);
    const auto& entry = doc.at("questions").back();
    CHECK_FALSE(entry.contains("stem"));
    CHECK(entry.at("generator").at("family") == "ipv4.subnet-facts");
    CHECK(entry.at("generator").at("params").at("max_prefix") == 28);
    const auto second = parseBank(written);
    REQUIRE(second.bank);
    CHECK(*second.bank == *first.bank);
    CHECK(last(second).contentHash == last(first).contentHash);
}

TEST_CASE("a generator entry's content hash covers its family and parameters, not its tags", "[bank][generator]")
{
    const auto base = hashOf(subnetEntry({{"ask", "network"}}));
    CHECK(hashOf(subnetEntry({{"ask", "network"}})) == base);
    CHECK(hashOf(subnetEntry({{"ask", "broadcast"}})) != base);
    CHECK(hashOf(subnetEntry({{"ask", "network"}, {"min_prefix", 20}})) != base);
    auto retagged = subnetEntry({{"ask", "network"}});
    retagged["tags"] = {"ipv4"};
    retagged["references"] = {"RFC 1812"};
    CHECK(hashOf(retagged) == base);
    auto otherFamily = subnetEntry({});
    otherFamily["generator"]["family"] = "ipv4.wildcard";
    CHECK(hashOf(otherFamily) != hashOf(subnetEntry({})));
    // Key order in the file does not matter: the parameters are one JSON value.
    const auto a = parseBank(miniWith(subnetEntry({{"min_prefix", 20}, {"max_prefix", 24}})));
    auto text = miniWith(subnetEntry(json::object()));
    const auto at = text.rfind("\"params\": {}");
    REQUIRE(at != std::string::npos);
    text.replace(at, 12, R"("params": {"min_prefix": 20, "max_prefix": 24})"); // not sorted
    const auto b = parseBank(text);
    REQUIRE(a.bank);
    REQUIRE(b.bank);
    CHECK(last(a).contentHash == last(b).contentHash);
}

TEST_CASE("a generator entry's problems are located at the field", "[bank][generator]")
{
    const auto r = parseBank(miniWith(subnetEntry({{"min_prefix", 40}})));
    CHECK_FALSE(r.bank);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "bad-generator-params");
    CHECK(r.diagnostics[0].pointer == "/questions/6/generator/params/min_prefix");
    CHECK(r.diagnostics[0].line > 1);
    auto unknown = subnetEntry({});
    unknown["generator"]["family"] = "ipv4.no-such-family";
    const auto u = parseBank(miniWith(unknown));
    REQUIRE(u.diagnostics.size() == 1);
    CHECK(u.diagnostics[0].code == "unknown-generator");
    CHECK(u.diagnostics[0].pointer == "/questions/6/generator/family");
}
