// Compares the scheduler with golden vectors produced by the reference implementation, ts-fsrs
// 5.4.2 (tests/reference/generate.mjs): every review of 2,400 random histories, the clipping of
// random weights, and the fuzz ranges.
#include "ReferenceVectors.h"
#include "core/common/Time.h"
#include "core/srs/Fsrs.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

using namespace certdrill;

namespace {

bool closeRelative(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-6 * std::max(std::abs(expected), 1e-12);
}

} // namespace

TEST_CASE("every review of the reference histories matches ts-fsrs: S, D and R within 1e-6, interval and due exact",
          "[srs][fsrs][reference]")
{
    const auto& histories = test::referenceHistories().at("histories");
    REQUIRE(histories.size() >= 2000);
    std::size_t reviews = 0;
    std::size_t mismatches = 0;
    std::size_t shortTermOff = 0;
    std::size_t customWeights = 0;
    for (std::size_t h = 0; h < histories.size(); ++h) {
        const auto& history = histories[h];
        const auto parameters = test::parametersOf(history);
        shortTermOff += parameters.enableShortTerm ? 0U : 1U;
        customWeights += history.at("params").is_null() ? 0U : 1U;
        REQUIRE(core::validate(parameters).empty());
        const core::Fsrs fsrs{parameters};
        const auto events = test::reviewsOf(history);
        const auto& expected = history.at("expected");
        REQUIRE(expected.size() == events.size());
        core::MemoryState card;
        for (std::size_t i = 0; i < events.size(); ++i, ++reviews) {
            const auto outcome = fsrs.review(card, events[i].at, events[i].rating);
            const auto& want = expected[i];
            const auto& got = outcome.card;
            const bool wantR = !want.at(3).is_null();
            const bool ok = static_cast<int>(got.state) == want.at(0).get<int>()
                            && closeRelative(got.stability, want.at(1).get<double>())
                            && closeRelative(got.difficulty, want.at(2).get<double>())
                            && outcome.retrievability.has_value() == wantR
                            && (!wantR || closeRelative(*outcome.retrievability, want.at(3).get<double>()))
                            && got.scheduledDays == want.at(4).get<std::int32_t>()
                            && got.due == test::fromMillis(want.at(5).get<std::int64_t>());
            if (!ok && ++mismatches <= 10) {
                std::ostringstream what;
                what.precision(17);
                what << "history " << h << " review " << i << " at " << core::formatIso8601(events[i].at)
                     << " rating " << core::ratingNumber(events[i].rating) << ": expected " << want.dump()
                     << ", got [" << static_cast<int>(got.state) << "," << got.stability << "," << got.difficulty
                     << "," << outcome.retrievability.value_or(-1.0) << "," << got.scheduledDays << ","
                     << got.due.time_since_epoch().count() << "]";
                FAIL_CHECK(what.str());
            }
            card = got;
        }
    }
    CHECK(mismatches == 0);
    CHECK(reviews >= 20000);
    CHECK(shortTermOff > 500);
    CHECK(customWeights > 500);
}

TEST_CASE("weights are clipped exactly as ts-fsrs clips them, including the w17/w18 ceiling", "[srs][fsrs][reference]")
{
    const auto& cases = test::referenceFunctions().at("clip");
    REQUIRE(cases.size() >= 100);
    for (const auto& c : cases) {
        const auto w = c.at("w").get<std::vector<double>>();
        core::FsrsParameters::Weights weights{};
        std::copy(w.begin(), w.end(), weights.begin());
        const auto clipped = core::clipWeights(weights, c.at("relearning_steps").get<std::size_t>(),
                                               c.at("enable_short_term").get<bool>());
        const auto want = c.at("clipped").get<std::vector<double>>();
        for (std::size_t i = 0; i < want.size(); ++i) {
            INFO("case " << c.dump() << ", w" << i);
            CHECK(closeRelative(clipped[i], want[i]));
        }
    }
}

TEST_CASE("fuzz ranges match ts-fsrs's get_fuzz_range", "[srs][fsrs][reference]")
{
    const auto& cases = test::referenceFunctions().at("fuzz_ranges");
    REQUIRE(cases.size() >= 100);
    for (const auto& c : cases) {
        const auto range = core::Fsrs::fuzzRange(c.at(0).get<double>(), c.at(1).get<std::int32_t>(),
                                                 c.at(2).get<std::int32_t>());
        INFO("interval " << c.at(0) << ", elapsed " << c.at(1) << ", maximum " << c.at(2));
        CHECK(range.minInterval == c.at(3).get<std::int32_t>());
        CHECK(range.maxInterval == c.at(4).get<std::int32_t>());
    }
}
