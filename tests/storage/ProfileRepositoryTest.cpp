#include "StorageFixture.h"
#include "core/profile/GradingSettings.h"
#include "storage/SqliteProfileRepository.h"

#include <nlohmann/json.hpp>

using namespace certdrill;
using certdrill::test::StorageFixture;

TEST_CASE("profiles are created, listed by name, renamed and deleted", "[profiles]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    const auto zoe = profiles.create("Zoe");
    REQUIRE(zoe);
    CHECK(zoe->createdAt == f.clock.now());
    CHECK(zoe->desiredRetention == Approx(0.9));
    CHECK(zoe->dailyNewLimit == 20);
    REQUIRE(profiles.create("ada"));

    auto all = profiles.list();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].name == "ada");
    CHECK((*all)[1].name == "Zoe");

    REQUIRE(profiles.rename("Zoe", "Zoë"));
    CHECK(profiles.find("Zoë"));
    CHECK(profiles.find("Zoe").error().code == "no-such-profile");

    REQUIRE(profiles.remove("ada"));
    CHECK(profiles.list()->size() == 1);
}

TEST_CASE("profile names are unique regardless of case and must be sensible", "[profiles]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    REQUIRE(profiles.create("Study Group"));
    CHECK(profiles.create("study group").error().code == "name-taken");
    CHECK(profiles.create("").error().code == "invalid-name");
    CHECK(profiles.create("   ").error().code == "invalid-name");
    CHECK(profiles.create(std::string(65, 'x')).error().code == "invalid-name");
    CHECK(profiles.create("tab\there").error().code == "invalid-name");
    REQUIRE(profiles.create("Other"));
    CHECK(profiles.rename("Other", "STUDY GROUP").error().code == "name-taken");
    CHECK(profiles.rename("Nobody", "X").error().code == "no-such-profile");
    CHECK(profiles.remove("Nobody").error().code == "no-such-profile");
}

TEST_CASE("profile settings and exam dates are stored and validated", "[profiles]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    auto ada = *profiles.create("Ada");
    ada.desiredRetention = 0.85;
    ada.dailyNewLimit = 35;
    ada.fsrsParameters = std::vector<double>(21, 0.5);
    ada.examDates = {{"comptia-security-plus-sy0-701", "2027-02-01"}};
    REQUIRE(profiles.update(ada));
    const auto stored = *profiles.find("Ada");
    CHECK(stored.desiredRetention == Approx(0.85));
    CHECK(stored.dailyNewLimit == 35);
    REQUIRE(stored.fsrsParameters);
    CHECK(stored.fsrsParameters->size() == 21);
    CHECK(stored.examDates.at("comptia-security-plus-sy0-701") == "2027-02-01");

    auto bad = stored;
    bad.desiredRetention = 1.0;
    CHECK(profiles.update(bad).error().code == "invalid-setting");
    bad = stored;
    bad.examDates = {{"x", "2027-02-30"}};
    CHECK_FALSE(profiles.update(bad));
    CHECK(profiles.find("Ada")->examDates.at("comptia-security-plus-sy0-701") == "2027-02-01");
}

TEST_CASE("findOrCreate makes the default profile once", "[profiles]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    const auto first = profiles.findOrCreate("Default");
    const auto second = profiles.findOrCreate("Default");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->id == second->id);
    CHECK(profiles.list()->size() == 1);
}

TEST_CASE("a profile's grading policy is kept in its settings and read back", "[profiles][grading]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    auto ada = *profiles.create("Ada");
    f.db->sqlite().exec("UPDATE profiles SET settings = '{\"theme_note\": \"kept\"}'");
    ada.grading.guessed = core::Rating::Again;
    ada.grading.fastNeedsSure = false;
    ada.grading.fastFactor = 0.8;
    REQUIRE(profiles.update(ada));
    f.reopen();
    storage::SqliteProfileRepository again{*f.db, f.clock};
    const auto stored = *again.find("Ada");
    CHECK(stored.grading.guessed == core::Rating::Again);
    CHECK_FALSE(stored.grading.fastNeedsSure);
    CHECK(stored.grading.fastFactor == Approx(0.8));
    CHECK(stored.grading.correct == core::Rating::Good);
    SQLite::Statement other{f.db->sqlite(), "SELECT json_extract(settings, '$.theme_note') FROM profiles"};
    REQUIRE(other.executeStep());
    CHECK(other.getColumn(0).getString() == "kept"); // other settings survive the update

    auto bad = stored;
    bad.grading.fastFactor = 0.0;
    const auto refused = again.update(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "invalid-setting");
    CHECK_THAT(refused.error().message, Catch::Contains("fast_factor"));
    CHECK(again.find("Ada")->grading.fastFactor == Approx(0.8));
}

TEST_CASE("a profile saved without a grading policy, or with a broken one, grades by the default",
          "[profiles][grading]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    REQUIRE(profiles.create("Old"));
    REQUIRE(profiles.create("Edited"));
    f.db->sqlite().exec("UPDATE profiles SET settings = '{}' WHERE name = 'Old'");
    f.db->sqlite().exec(
        "UPDATE profiles SET settings = '{\"grading\": {\"fast_factor\": -1, \"wrong\": \"hard\"}}' WHERE name = 'Edited'");
    for (const auto* name : {"Old", "Edited"}) {
        INFO(name);
        const auto profile = profiles.find(name);
        REQUIRE(profile);
        CHECK(core::toJson(profile->grading) == core::toJson(core::GradingPolicy{}));
    }
}
