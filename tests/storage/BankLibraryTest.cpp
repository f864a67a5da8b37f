#include "../core/bank/BadBankCorpus.h"
#include "TempFolder.h"
#include "storage/BankLibrary.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace certdrill;
using certdrill::test::TempFolder;
using nlohmann::json;

namespace {

json miniBank()
{
    std::ifstream in{std::string{CERTDRILL_TEST_DATA_DIR} + "/banks/mini.json"};
    return json::parse(in);
}

bool hasCode(const storage::BankFile& f, std::string_view code)
{
    for (const auto& d : f.diagnostics)
        if (d.code == code)
            return true;
    return false;
}

} // namespace

TEST_CASE("a bank file loads from disk", "[banks]")
{
    const auto f = storage::loadBankFile(std::string{CERTDRILL_TEST_DATA_DIR} + "/banks/mini.json");
    REQUIRE(f.bank);
    CHECK(f.bank->questions.size() == 6);
}

TEST_CASE("a missing file is an error, not a crash", "[banks]")
{
    const auto f = storage::loadBankFile("/nonexistent/bank.json");
    CHECK_FALSE(f.bank);
    CHECK(hasCode(f, "io"));
}

TEST_CASE("a file over the size limit is refused before it is read", "[banks]")
{
    TempFolder dir;
    const auto file = dir.write("big.json", std::string(2048, ' '));
    core::BankLimits limits;
    limits.maxBytes = 1024;
    CHECK(hasCode(storage::loadBankFile(file, limits), "file-too-large"));
}

TEST_CASE("an exhibit image must exist inside the bank's folder", "[banks]")
{
    TempFolder dir;
    TempFolder outside;
    outside.write("secret.png", "png");
    auto doc = miniBank();
    doc["questions"][0]["exhibit"] = {{"image", "img/topology.png"}, {"alt", "a diagram"}};
    const auto file = dir.write("bank.json", doc.dump());
    CHECK(hasCode(storage::loadBankFile(file), "missing-image"));

    dir.write("img/topology.png", "png");
    CHECK(storage::loadBankFile(file).bank);

    std::filesystem::remove(dir.path() / "img/topology.png");
    std::filesystem::create_symlink(outside.path() / "secret.png", dir.path() / "img/topology.png");
    CHECK(hasCode(storage::loadBankFile(file), "path-escapes-folder"));
}

TEST_CASE("scanning folders keeps the first bank of each id and reports broken files", "[banks]")
{
    TempFolder first;
    TempFolder second;
    const auto doc = miniBank();
    first.write("mini.json", doc.dump());
    second.write("a-copy.json", doc.dump());
    auto other = doc;
    other["id"] = "test-other";
    second.write("other.json", other.dump());
    second.write("broken.json", "{ not json");
    second.write("notes.txt", "ignored");

    const auto scan = storage::scanBankDirs({first.path(), second.path(), "/nonexistent"});
    REQUIRE(scan.banks.size() == 2);
    CHECK(scan.banks[0].bank->id == "test-mini");
    CHECK(scan.banks[0].path.parent_path() == first.path());
    CHECK(scan.banks[1].bank->id == "test-other");
    REQUIRE(scan.shadowed.size() == 1);
    CHECK(scan.shadowed[0].path.filename() == "a-copy.json");
    REQUIRE(scan.rejected.size() == 1);
    CHECK(scan.rejected[0].path.filename() == "broken.json");
}

TEST_CASE("the corpus banks that need their folder give their expected lines from disk", "[banks][corpus]")
{
    std::size_t checked = 0;
    for (const auto& file : test::badBankFiles()) {
        const auto name = file.filename().string();
        if (name.rfind("files-", 0) != 0 && name.rfind("image-", 0) != 0 && name.rfind("warning-no-alt", 0) != 0)
            continue;
        INFO(name);
        const auto loaded = storage::loadBankFile(file);
        std::vector<std::string> lines;
        for (const auto& d : loaded.diagnostics)
            lines.push_back(core::formatDiagnostic(name, d));
        CHECK(lines == test::expectedLines(file));
        ++checked;
    }
    CHECK(checked >= 8);
}
