#include "core/srs/Fsrs.h"
#include "core/srs/FsrsParameters.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

using namespace certdrill::core;

namespace {
bool hasError(const std::vector<SrsError>& errors, const std::string& code, const std::string& field)
{
    for (const auto& e : errors)
        if (e.code == code && e.field == field)
            return true;
    return false;
}
} // namespace

TEST_CASE("the default parameters are FSRS-6's published ones and are valid", "[srs][params]")
{
    const FsrsParameters p;
    CHECK(validate(p).empty());
    CHECK(p.weights[0] == 0.212);
    CHECK(p.weights[3] == 8.2956);
    CHECK(p.weights[20] == 0.1542);
    CHECK(p.desiredRetention == 0.9);
    CHECK(p.maximumInterval == 36500);
    CHECK(p.enableShortTerm);
    CHECK_FALSE(p.enableFuzz);
    CHECK(p.learningSteps == std::vector<std::int32_t>{1, 10});
    CHECK(p.relearningSteps == std::vector<std::int32_t>{10});
}

TEST_CASE("a weight that is not finite is an error naming the weight", "[srs][params]")
{
    FsrsParameters p;
    p.weights[3] = std::numeric_limits<double>::quiet_NaN();
    p.weights[17] = std::numeric_limits<double>::infinity();
    const auto errors = validate(p);
    CHECK(errors.size() == 2);
    CHECK(hasError(errors, "srs.params.not-finite", "params[3]"));
    CHECK(hasError(errors, "srs.params.not-finite", "params[17]"));
    CHECK_THROWS_AS(Fsrs{p}, std::invalid_argument);
}

TEST_CASE("a weight list must have exactly 21 finite numbers", "[srs][params]")
{
    std::vector<SrsError> errors;
    const std::vector<double> twenty(20, 1.0);
    CHECK_FALSE(makeWeights(twenty, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "srs.params.count");
    CHECK(errors[0].field == "params");
    CHECK_THAT(errors[0].message, Catch::Contains("21") && Catch::Contains("20"));

    errors.clear();
    std::vector<double> values(FsrsParameters::kDefaultWeights.begin(), FsrsParameters::kDefaultWeights.end());
    values[5] = std::numeric_limits<double>::infinity();
    CHECK_FALSE(makeWeights(values, errors));
    CHECK(hasError(errors, "srs.params.not-finite", "params[5]"));

    errors.clear();
    values[5] = 0.5;
    const auto weights = makeWeights(values, errors);
    REQUIRE(weights);
    CHECK(errors.empty());
    CHECK((*weights)[5] == 0.5);
}

TEST_CASE("the desired retention must be above 0 and at most 1", "[srs][params]")
{
    for (const double bad : {0.0, -0.1, 1.0001, std::numeric_limits<double>::quiet_NaN()}) {
        FsrsParameters p;
        p.desiredRetention = bad;
        INFO(bad);
        CHECK(hasError(validate(p), "srs.retention.range", "desired_retention"));
    }
    for (const double good : {0.01, 0.7, 0.9, 1.0}) {
        FsrsParameters p;
        p.desiredRetention = good;
        CHECK(validate(p).empty());
    }
}

TEST_CASE("the maximum interval must be at least a day and steps must not be negative", "[srs][params]")
{
    FsrsParameters p;
    p.maximumInterval = 0;
    p.learningSteps = {1, -10};
    p.relearningSteps = {-1};
    const auto errors = validate(p);
    CHECK(errors.size() == 3);
    CHECK(hasError(errors, "srs.maximum-interval.range", "maximum_interval"));
    CHECK(hasError(errors, "srs.step.range", "learning_steps[1]"));
    CHECK(hasError(errors, "srs.step.range", "relearning_steps[0]"));
}

TEST_CASE("steps are written as ts-fsrs writes them: a whole number of minutes, hours or days", "[srs][params]")
{
    CHECK(parseStep("1m") == 1);
    CHECK(parseStep("10m") == 10);
    CHECK(parseStep("0m") == 0);
    CHECK(parseStep("1h") == 60);
    CHECK(parseStep("2d") == 2880);
    for (const char* bad : {"", "m", "10", "1s", "-1m", "1.5m", " 1m", "1m ", "1M", "h1", "99999999999d"}) {
        INFO(bad);
        CHECK_FALSE(parseStep(bad));
    }
    for (const std::int32_t minutes : {0, 1, 10, 59, 60, 90, 1440, 2880, 1500})
        CHECK(parseStep(formatStep(minutes)) == minutes);
    CHECK(formatStep(60) == "1h");
    CHECK(formatStep(1440) == "1d");
    CHECK(formatStep(90) == "90m");
}

TEST_CASE("weights outside the reference's ranges are clipped, not refused", "[srs][params]")
{
    FsrsParameters p;
    p.weights[4] = 20.0;  // D0 range [1, 10]
    p.weights[20] = 0.01; // decay range [0.1, 0.8]
    p.weights[19] = 0.0;  // floor 0.01 with short-term on, 0 without
    CHECK(validate(p).empty());
    const Fsrs fsrs{p};
    CHECK(fsrs.weights()[4] == 10.0);
    CHECK(fsrs.weights()[20] == 0.1);
    CHECK(fsrs.weights()[19] == 0.01);
    CHECK(fsrs.decay() == -0.1);
    p.enableShortTerm = false;
    CHECK(Fsrs{p}.weights()[19] == 0.0);
}

TEST_CASE("w17 and w18 are capped only when there is more than one relearning step", "[srs][params]")
{
    FsrsParameters::Weights w = FsrsParameters::kDefaultWeights;
    w[17] = 1.9;
    w[18] = 1.9;
    CHECK(clipWeights(w, 1, true)[17] == 1.9);
    const auto capped = clipWeights(w, 3, true);
    CHECK(capped[17] < 1.9);
    CHECK(capped[17] == capped[18]);
    CHECK(capped[17] >= 0.01);
    CHECK(clipWeights(w, 2, true)[17] > capped[17]); // more steps, lower ceiling
}
