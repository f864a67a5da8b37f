#include "TempFolder.h"
#include "storage/BankImport.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace certdrill;
namespace fs = std::filesystem;

namespace {
const fs::path kBanks = fs::path{CERTDRILL_TEST_DATA_DIR} / "banks";

std::size_t filesIn(const fs::path& dir)
{
    std::error_code ec;
    if (!fs::exists(dir, ec))
        return 0;
    return static_cast<std::size_t>(std::distance(fs::recursive_directory_iterator{dir}, {}));
}
} // namespace

TEST_CASE("a valid bank is copied into the user's folder under its id", "[import]")
{
    test::TempFolder dir;
    const auto user = dir.path() / "question_banks";
    const storage::BankImport import{user, {user}};
    const auto check = import.check(kBanks / "mini.json");
    REQUIRE(check.file.bank);
    CHECK(check.target == user / "test-mini.json");
    CHECK(check.shadows.empty());
    CHECK_FALSE(check.replacesUserBank);
    const auto written = import.install(check, false);
    REQUIRE(written);
    CHECK(fs::is_regular_file(user / "test-mini.json"));
    CHECK(import.check(kBanks / "mini.json").replacesUserBank);
}

TEST_CASE("a bank with errors is refused and nothing is written", "[import]")
{
    test::TempFolder dir;
    const auto user = dir.path() / "question_banks";
    const storage::BankImport import{user, {user, kBanks}};
    const auto check = import.check(fs::path{CERTDRILL_TEST_DATA_DIR} / "bad_banks" / "bad-value.json");
    CHECK_FALSE(check.file.bank);
    REQUIRE_FALSE(check.file.diagnostics.empty());
    CHECK(check.file.diagnostics.front().line > 0);
    const auto written = import.install(check, true);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == "invalid-bank");
    CHECK(filesIn(user) == 0);
}

TEST_CASE("a bank that would shadow a bundled one needs consent", "[import]")
{
    test::TempFolder dir;
    const auto user = dir.path() / "question_banks";
    const storage::BankImport import{user, {user, kBanks}};
    const auto check = import.check(kBanks / "mini.json");
    REQUIRE(check.file.bank);
    CHECK(check.shadows == kBanks / "mini.json");
    const auto refused = import.install(check, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "shadows");
    CHECK(filesIn(user) == 0);
    CHECK(import.install(check, true));
    CHECK(filesIn(user) == 1);
}

TEST_CASE("an id that is not a plain file name is refused", "[import]")
{
    CHECK(storage::isSafeBankFileName("comptia-a-plus_220-1101.v2"));
    CHECK_FALSE(storage::isSafeBankFileName("../evil"));
    CHECK_FALSE(storage::isSafeBankFileName("a/b"));
    CHECK_FALSE(storage::isSafeBankFileName(".hidden"));
    CHECK_FALSE(storage::isSafeBankFileName(""));
}
