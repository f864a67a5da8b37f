#include "core/profile/GradingSettings.h"
#include "core/profile/Profile.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace certdrill::core;
using nlohmann::json;

TEST_CASE("a new profile grades by the default policy", "[profile][grading]")
{
    const Profile profile;
    CHECK(profile.grading.wrong == Rating::Again);
    CHECK(profile.grading.guessed == Rating::Hard);
    CHECK(profile.grading.correct == Rating::Good);
    CHECK(profile.grading.fast == Rating::Easy);
    CHECK(profile.grading.fastNeedsSure);
    CHECK(profile.grading.fastFactor == 1.0);
}

TEST_CASE("a grading policy is written with rating names and read back unchanged", "[profile][grading]")
{
    GradingPolicy policy;
    policy.guessed = Rating::Again;
    policy.fast = Rating::Good;
    policy.fastNeedsSure = false;
    policy.fastFactor = 0.75;
    const auto j = toJson(policy);
    CHECK(j["guessed"] == "again");
    CHECK(j["fast"] == "good");
    CHECK(j["fast_needs_sure"] == false);
    CHECK(j["fast_factor"] == 0.75);
    const auto back = gradingPolicyFromJson(j);
    REQUIRE(back);
    CHECK(back->guessed == Rating::Again);
    CHECK(back->fast == Rating::Good);
    CHECK_FALSE(back->fastNeedsSure);
    CHECK(back->fastFactor == 0.75);
    CHECK(toJson(*back) == j);
}

TEST_CASE("missing grading keys keep their defaults", "[profile][grading]")
{
    const auto empty = gradingPolicyFromJson(json::object());
    REQUIRE(empty);
    CHECK(toJson(*empty) == toJson(GradingPolicy{}));
    const auto partial = gradingPolicyFromJson(json{{"fast_factor", 2.5}, {"correct", "Easy"}});
    REQUIRE(partial);
    CHECK(partial->fastFactor == 2.5);
    CHECK(partial->correct == Rating::Easy);
    CHECK(partial->wrong == Rating::Again);
}

TEST_CASE("a bad grading setting is refused and named by its field", "[profile][grading]")
{
    struct Case {
        json input;
        const char* field;
    };
    const std::vector<Case> cases{
        {{{"wrong", "terrible"}}, "wrong:"},
        {{{"guessed", 2}}, "guessed:"},
        {{{"fast_needs_sure", "yes"}}, "fast_needs_sure:"},
        {{{"fast_factor", "fast"}}, "fast_factor:"},
        {{{"fast_factor", 0.0}}, "fast_factor:"},
        {{{"fast_factor", 10.5}}, "fast_factor:"},
        {{{"wrong", "good"}}, "guessed:"},     // a guess rated below a wrong answer
        {{{"fast", "hard"}}, "fast:"},         // fast rated below plain correct
    };
    for (const auto& c : cases) {
        INFO(c.input.dump());
        const auto read = gradingPolicyFromJson(c.input);
        REQUIRE_FALSE(read);
        CHECK(read.error().code == "invalid-grading");
        CHECK_THAT(read.error().message, Catch::StartsWith(c.field));
    }
    CHECK_FALSE(gradingPolicyFromJson(json::array()));
}

TEST_CASE("ratings may stay level but never rise as the answer gets worse", "[profile][grading]")
{
    for (const auto rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
        GradingPolicy level{rating, rating, rating, rating, true, 1.0};
        CHECK(validateGrading(level).empty());
    }
    GradingPolicy inverted{Rating::Easy, Rating::Good, Rating::Hard, Rating::Again, true, 1.0};
    const auto errors = validateGrading(inverted);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].field == "guessed");
    CHECK(errors[1].field == "correct");
    CHECK(errors[2].field == "fast");
}

TEST_CASE("rating names are read in any case", "[profile][grading]")
{
    CHECK(ratingFromName("Hard") == Rating::Hard);
    CHECK(ratingFromName("EASY") == Rating::Easy);
    CHECK_FALSE(ratingFromName("medium"));
    CHECK_FALSE(ratingFromName(""));
    for (const auto rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy})
        CHECK(ratingFromName(ratingKey(rating)) == rating);
}
