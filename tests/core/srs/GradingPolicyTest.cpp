#include "core/srs/GradingPolicy.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace certdrill::core;
using std::chrono::milliseconds;

namespace {
AnswerFacts answer(bool correct, Confidence confidence, long long ms, std::optional<long long> median)
{
    AnswerFacts a;
    a.correct = correct;
    a.confidence = confidence;
    a.responseTime = milliseconds{ms};
    if (median)
        a.medianTime = milliseconds{*median};
    return a;
}
} // namespace

TEST_CASE("by default a wrong answer is Again, whatever else is true", "[srs][grading]")
{
    const GradingPolicy policy;
    for (const auto confidence : {Confidence::Normal, Confidence::Guessed, Confidence::Sure})
        CHECK(policy.grade(answer(false, confidence, 1000, 20000)) == Rating::Again);
}

TEST_CASE("by default a correct guess is Hard, even when fast", "[srs][grading]")
{
    const GradingPolicy policy;
    CHECK(policy.grade(answer(true, Confidence::Guessed, 30000, 20000)) == Rating::Hard);
    CHECK(policy.grade(answer(true, Confidence::Guessed, 1000, 20000)) == Rating::Hard);
}

TEST_CASE("by default a correct answer is Good, and Easy only when sure and faster than the median", "[srs][grading]")
{
    const GradingPolicy policy;
    CHECK(policy.grade(answer(true, Confidence::Normal, 30000, 20000)) == Rating::Good);
    CHECK(policy.grade(answer(true, Confidence::Normal, 1000, 20000)) == Rating::Good); // fast, not sure
    CHECK(policy.grade(answer(true, Confidence::Sure, 30000, 20000)) == Rating::Good);  // sure, slow
    CHECK(policy.grade(answer(true, Confidence::Sure, 20000, 20000)) == Rating::Good);  // not faster
    CHECK(policy.grade(answer(true, Confidence::Sure, 19999, 20000)) == Rating::Easy);
    CHECK(policy.grade(answer(true, Confidence::Sure, 1000, std::nullopt)) == Rating::Good); // no history
}

TEST_CASE("the grading policy is configurable", "[srs][grading]")
{
    GradingPolicy lenient;
    lenient.fastNeedsSure = false;
    lenient.fastFactor = 0.5;
    CHECK(lenient.grade(answer(true, Confidence::Normal, 9000, 20000)) == Rating::Easy);
    CHECK(lenient.grade(answer(true, Confidence::Normal, 11000, 20000)) == Rating::Good);

    GradingPolicy strict;
    strict.guessed = Rating::Again;
    strict.correct = Rating::Hard;
    strict.fast = Rating::Good;
    CHECK(strict.grade(answer(true, Confidence::Guessed, 1000, 20000)) == Rating::Again);
    CHECK(strict.grade(answer(true, Confidence::Normal, 30000, 20000)) == Rating::Hard);
    CHECK(strict.grade(answer(true, Confidence::Sure, 1000, 20000)) == Rating::Good);
}

TEST_CASE("a fast factor of 0 or less, or above 10, is an error", "[srs][grading]")
{
    GradingPolicy policy;
    CHECK(policy.validate().empty());
    for (const double bad : {0.0, -1.0, 11.0}) {
        policy.fastFactor = bad;
        const auto errors = policy.validate();
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].code == "srs.grading.fast-factor");
    }
}

TEST_CASE("the median response time is the middle one, or the mean of the two middle ones", "[srs][grading]")
{
    CHECK_FALSE(medianDuration({}));
    const std::vector<milliseconds> odd{milliseconds{9}, milliseconds{1}, milliseconds{5}};
    CHECK(medianDuration(odd) == milliseconds{5});
    const std::vector<milliseconds> even{milliseconds{10}, milliseconds{40}, milliseconds{20}, milliseconds{30}};
    CHECK(medianDuration(even) == milliseconds{25});
    const std::vector<milliseconds> one{milliseconds{7}};
    CHECK(medianDuration(one) == milliseconds{7});
}
