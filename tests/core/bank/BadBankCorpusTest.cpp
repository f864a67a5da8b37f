#include "BadBankCorpus.h"
#include "TestFiles.h"
#include "core/bank/BankParser.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace certdrill::core;
using namespace certdrill::test;

namespace {

/// Core does no I/O: this table stands in for the bank folder of the corpus (the storage and CLI
/// tests run the same files against the real folder).
AssetStatus corpusFolder(std::string_view path)
{
    if (path == "img/no-such-topology.png")
        return AssetStatus::Missing;
    if (path == "img/outside.png")
        return AssetStatus::OutsideFolder;
    return AssetStatus::Present;
}

/// Parses every corpus file, checks its lines and returns the codes it saw.
std::set<std::string> checkCorpus()
{
    std::set<std::string> codes;
    BankParseOptions options;
    options.assets = corpusFolder;
    for (const auto& file : badBankFiles()) {
        const auto name = file.filename().string();
        const auto r = parseBank(readFile(file.string()), options);
        std::vector<std::string> lines;
        for (const auto& d : r.diagnostics) {
            lines.push_back(formatDiagnostic(name, d));
            codes.insert(d.code);
        }
        INFO(name);
        CHECK(lines == expectedLines(file));
        CHECK(static_cast<bool>(r.bank) == (countErrors(r.diagnostics) == 0));
    }
    return codes;
}

/// Limits too large for small files, lowered so that mini.json hits them.
std::set<std::string> checkLimits()
{
    const std::string mini = testData("banks/mini.json");
    std::set<std::string> codes;
    auto only = [&](const BankLimits& limits, std::string_view code) {
        BankParseOptions options;
        options.limits = limits;
        const auto r = parseBank(mini, options);
        INFO(code);
        CHECK_FALSE(r.bank);
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                          [&](const Diagnostic& d) { return d.code == code; }));
        for (const auto& d : r.diagnostics)
            codes.insert(d.code);
    };
    BankLimits limits;
    limits.maxBytes = 1000;
    only(limits, "file-too-large");
    limits = {};
    limits.maxStringBytes = 40;
    only(limits, "string-too-long");
    limits = {};
    limits.maxQuestions = 5;
    only(limits, "too-many-questions");
    return codes;
}

} // namespace

TEST_CASE("every malformed bank in the corpus gives exactly its expected diagnostics", "[bank][corpus]")
{
    CHECK(badBankFiles().size() >= 40);
    checkCorpus();
}

TEST_CASE("the corpus and the limit checks cover every diagnostic code", "[bank][corpus]")
{
    auto seen = checkCorpus();
    seen.merge(checkLimits());
    for (const auto code : bankDiagnosticCodes()) {
        if (code == "too-many-diagnostics")
            continue; // its own test below
        INFO(code);
        CHECK(seen.contains(std::string{code}));
    }
    for (const auto& code : seen) {
        INFO(code);
        CHECK(std::find(bankDiagnosticCodes().begin(), bankDiagnosticCodes().end(), code)
              != bankDiagnosticCodes().end());
    }
}

TEST_CASE("a flood of problems is cut off after the limit with one closing error", "[bank]")
{
    auto doc = nlohmann::json::parse(testData("banks/mini.json"));
    doc["questions"][0]["tags"] = nlohmann::json::array();
    for (int i = 0; i < 30; ++i)
        doc["questions"][0]["tags"].push_back("Tag" + std::to_string(i));
    BankParseOptions options;
    options.limits.maxDiagnostics = 10;
    const auto r = parseBank(doc.dump(1), options);
    REQUIRE(r.diagnostics.size() == 11);
    CHECK(r.diagnostics[9].code == "bad-value");
    CHECK(r.diagnostics[10].code == "too-many-diagnostics");
    CHECK(r.diagnostics[10].severity == Severity::Error);
}

TEST_CASE("the format documentation lists every diagnostic code", "[bank][docs]")
{
    const auto docs = readFile(std::string{CERTDRILL_SOURCE_BANKS_DIR} + "/../docs/bank-format.md");
    REQUIRE_FALSE(docs.empty());
    for (const auto code : bankDiagnosticCodes()) {
        INFO(code);
        CHECK(docs.find("`" + std::string{code} + "`") != std::string::npos);
    }
}
