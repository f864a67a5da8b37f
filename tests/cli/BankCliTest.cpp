#include "../core/bank/BadBankCorpus.h"
#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace certdrill::test;

namespace {

/// The diagnostic lines of `validate` output, with the folder of the corpus cut from each path,
/// without the closing "ok" and summary lines.
std::vector<std::string> diagnosticLines(const std::string& out, const std::string& folder)
{
    std::vector<std::string> lines;
    for (auto line : splitLines(out)) {
        if (line.find(": ok (") != std::string::npos || line.find(" file(s) checked: ") != std::string::npos)
            continue;
        if (line.rfind(folder, 0) == 0)
            line.erase(0, folder.size());
        lines.push_back(std::move(line));
    }
    return lines;
}

bool hasError(const std::vector<std::string>& lines)
{
    return std::any_of(lines.begin(), lines.end(),
                       [](const std::string& l) { return l.find(": error: ") != std::string::npos; });
}

} // namespace

TEST_CASE("validate prints exactly the expected lines for every malformed bank", "[cli][corpus]")
{
    const std::string folder = badBanksDir().string() + "/";
    for (const auto& file : badBankFiles()) {
        INFO(file.filename().string());
        const auto r = runCli({"validate", file.string()});
        const auto expected = expectedLines(file);
        CHECK(diagnosticLines(r.out, folder) == expected);
        CHECK(r.exitCode == (hasError(expected) ? 1 : 0));
        CHECK(r.err.empty());
    }
}

TEST_CASE("validate --strict turns warnings into errors and exit 1", "[cli]")
{
    const auto file = (badBanksDir() / "warning-no-license.json").string();
    CHECK(runCli({"validate", file}).exitCode == 0);
    const auto r = runCli({"validate", "--strict", file});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::Contains(":1:1: error: the bank states no licence"));
    CHECK_THAT(r.out, Catch::Contains("1 invalid"));
}

TEST_CASE("validate --json gives every diagnostic with its code and position", "[cli]")
{
    const auto r = runCli({"validate", "--json", (badBanksDir() / "every-problem-is-reported.json").string()});
    CHECK(r.exitCode == 1);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc.at("valid") == false);
    const auto& file = doc.at("files").at(0);
    std::vector<std::string> codes;
    for (const auto& d : file.at("diagnostics"))
        codes.push_back(d.at("code"));
    CHECK(codes == std::vector<std::string>{"unsupported-format", "bad-value", "weights-sum", "thin-domain",
                                            "correct-count", "unknown-objective", "duplicate-id", "duplicate-id"});
    CHECK(file.at("errors") == 7);
    CHECK(file.at("warnings") == 1);
    CHECK_FALSE(file.contains("bank"));
}

TEST_CASE("validate of a folder checks every bank in it and counts the invalid ones", "[cli]")
{
    std::size_t invalid = 0;
    for (const auto& file : badBankFiles())
        invalid += hasError(expectedLines(file)) ? 1U : 0U;
    const auto r = runCli({"validate", badBanksDir().string()});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::Contains(std::to_string(badBankFiles().size()) + " file(s) checked: "
                                      + std::to_string(invalid) + " invalid"));
}

TEST_CASE("validate of a folder without banks is an error, not a silent success", "[cli]")
{
    TempDir empty;
    const auto r = runCli({"validate", empty.path()});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("no bank files"));
}

TEST_CASE("validate accepts every shipped bank", "[cli]")
{
    const auto r = runCli({"validate", CERTDRILL_SOURCE_BANKS_DIR});
    INFO(r.out);
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains(" 0 invalid, 0 error(s)"));
}
