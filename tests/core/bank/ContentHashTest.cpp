#include "TestFiles.h"
#include "core/bank/BankParser.h"
#include "core/bank/ContentHash.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace certdrill::core;
using certdrill::test::testData;
using nlohmann::json;

namespace {
std::uint64_t hashOf(const json& doc, const char* id)
{
    const auto r = parseBank(doc.dump());
    REQUIRE(r.bank);
    return r.bank->findQuestion(id)->contentHash;
}
} // namespace

TEST_CASE("the content hash is stable across releases", "[hash]")
{
    // A golden value, checked by an independent FNV-1a computation of the canonical fields. If it
    // changes, every user's history loses track of its questions.
    const auto doc = json::parse(testData("banks/mini.json"));
    CHECK(hashToHex(hashOf(doc, "m-0003")) == "8a699845f5afb508");
    CHECK(hashOf(doc, "m-0003") != hashOf(doc, "m-0004"));
}

TEST_CASE("editing what the candidate sees changes the hash but editing explanations does not", "[hash]")
{
    const auto doc = json::parse(testData("banks/mini.json"));
    const auto original = hashOf(doc, "m-0001");

    auto explained = doc;
    explained["questions"][0]["explanation"] = "Reworded explanation.";
    explained["questions"][0]["choices"][1]["why"] = "Reworded why.";
    explained["questions"][0]["tags"] = {"other"};
    CHECK(hashOf(explained, "m-0001") == original);

    auto restemmed = doc;
    restemmed["questions"][0]["stem"] = "Which port does HTTPS use?";
    CHECK(hashOf(restemmed, "m-0001") != original);

    auto rekeyed = doc;
    rekeyed["questions"][0]["choices"][0]["correct"] = false;
    rekeyed["questions"][0]["choices"][1]["correct"] = true;
    CHECK(hashOf(rekeyed, "m-0001") != original);

    auto scenario = doc;
    scenario["scenarios"][0]["text"] = "A different case.";
    CHECK(hashOf(scenario, "m-0001") != original);
}
