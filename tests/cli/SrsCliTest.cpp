// `certdrill srs replay`: the JSON contract, checked end to end against the ts-fsrs reference
// vectors (tests/reference), plus option overrides, defaults and error exits.
#include "CliRunner.h"
#include "core/common/Time.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using certdrill::test::runCli;
using nlohmann::json;

namespace {

const json& vectors()
{
    static const json document = [] {
        std::ifstream in{CERTDRILL_SRS_REFERENCE_DIR "/fsrs-vectors.json", std::ios::binary};
        std::ostringstream s;
        s << in.rdbuf();
        return json::parse(s.str());
    }();
    return document;
}

std::string iso(std::int64_t ms)
{
    return certdrill::core::formatIso8601(certdrill::core::Timestamp{std::chrono::milliseconds{ms}});
}

/// The `srs replay` input for one reference history.
json inputFor(const json& history)
{
    json reviews = json::array();
    for (const auto& r : history.at("reviews"))
        reviews.push_back({{"t", iso(r.at(0).get<std::int64_t>())}, {"rating", r.at(1)}});
    return {{"params", history.at("params")},
            {"desired_retention", history.at("desired_retention")},
            {"enable_short_term", history.at("enable_short_term")},
            {"learning_steps", history.at("learning_steps")},
            {"relearning_steps", history.at("relearning_steps")},
            {"maximum_interval", history.at("maximum_interval")},
            {"cards", {{{"id", "card"}, {"reviews", reviews}}}}};
}

bool closeRelative(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-6 * std::max(std::abs(expected), 1e-12);
}

const json kSimpleCards = json::parse(R"([
    {"id": "a", "reviews": [{"t": "2026-01-01T09:00:00Z", "rating": 3},
                            {"t": "2026-01-01T09:10:00Z", "rating": 3},
                            {"t": "2026-01-05T18:00:00Z", "rating": 2},
                            {"t": "2026-01-20T07:30:00Z", "rating": 1}]},
    {"id": "b", "reviews": [{"t": "2026-02-01T09:00:00Z", "rating": 4}]}
])");

json replayOut(const json& input, const std::vector<std::string>& options = {})
{
    std::vector<std::string> args{"srs", "replay"};
    args.insert(args.end(), options.begin(), options.end());
    const auto r = runCli(args, input.dump());
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return json::parse(r.out);
}

} // namespace

TEST_CASE("srs replay reproduces the ts-fsrs reference for every review", "[cli][srs]")
{
    const auto& histories = vectors().at("histories");
    std::size_t checked = 0;
    for (std::size_t h = 0; h < histories.size() && checked < 24; h += 97, ++checked) {
        const auto& history = histories[h];
        const auto out = replayOut(inputFor(history));
        REQUIRE(out.at("cards").size() == 1);
        CHECK(out["cards"][0]["id"] == "card");
        const auto& got = out["cards"][0]["reviews"];
        const auto& want = history.at("expected");
        REQUIRE(got.size() == want.size());
        static constexpr const char* kStates[] = {"New", "Learning", "Review", "Relearning"};
        for (std::size_t i = 0; i < got.size(); ++i) {
            INFO("history " << h << ", review " << i << ": " << got[i].dump() << " vs " << want[i].dump());
            CHECK(got[i]["state"] == kStates[want[i][0].get<int>()]);
            CHECK(closeRelative(got[i]["stability"].get<double>(), want[i][1].get<double>()));
            CHECK(closeRelative(got[i]["difficulty"].get<double>(), want[i][2].get<double>()));
            if (want[i][3].is_null())
                CHECK(got[i]["retrievability"].is_null());
            else
                CHECK(closeRelative(got[i]["retrievability"].get<double>(), want[i][3].get<double>()));
            CHECK(got[i]["scheduled_days"] == want[i][4]);
            CHECK(got[i]["due"] == iso(want[i][5].get<std::int64_t>()));
        }
    }
    CHECK(checked == 24);
}

TEST_CASE("srs replay fills the optional fields with the documented defaults", "[cli][srs]")
{
    const json minimal{{"cards", kSimpleCards}};
    const json explicitDefaults{{"params", nullptr},
                                {"desired_retention", 0.9},
                                {"enable_short_term", true},
                                {"learning_steps", {"1m", "10m"}},
                                {"relearning_steps", {"10m"}},
                                {"maximum_interval", 36500},
                                {"cards", kSimpleCards}};
    const auto out = replayOut(minimal);
    CHECK(out == replayOut(explicitDefaults));
    const auto& a = out["cards"][0]["reviews"];
    REQUIRE(a.size() == 4);
    CHECK(a[0]["state"] == "Learning");
    CHECK(a[0]["retrievability"].is_null());
    CHECK(a[0]["scheduled_days"] == 0);
    CHECK(a[0]["due"] == "2026-01-01T09:10:00Z");
    CHECK(a[1]["state"] == "Review");
    CHECK(a[3]["state"] == "Relearning");
    CHECK(a[3]["due"] == "2026-01-20T07:40:00Z");
    CHECK(out["cards"][1]["id"] == "b");
    CHECK(replayOut(json{{"cards", json::array()}}) == json{{"cards", json::array()}});
}

TEST_CASE("srs replay options override the input file", "[cli][srs]")
{
    json input{{"cards", kSimpleCards}, {"desired_retention", 0.9}, {"enable_short_term", true}};
    json relaxed = input;
    relaxed["desired_retention"] = 0.8;
    CHECK(replayOut(input, {"--retention", "0.8"}) == replayOut(relaxed));
    CHECK(replayOut(input, {"--retention", "0.8"}) != replayOut(input));

    json longTerm = input;
    longTerm["enable_short_term"] = false;
    CHECK(replayOut(input, {"--no-short-term"}) == replayOut(longTerm));
    CHECK(replayOut(longTerm, {"--short-term"}) == replayOut(input));
    CHECK(replayOut(input, {"--no-short-term"}) != replayOut(input));

    json withParams = input;
    json weights = json::array();
    for (int i = 0; i < 21; ++i)
        weights.push_back(0.5 + 0.1 * i);
    withParams["params"] = weights;
    CHECK(replayOut(input, {"--params", weights.dump()}) == replayOut(withParams));
    CHECK(replayOut(input, {"--params", weights.dump()}) != replayOut(input));
}

TEST_CASE("srs replay rejects bad input with exit 1 and a message naming the field", "[cli][srs]")
{
    const auto fails = [](const std::string& input, const std::string& field) {
        const auto r = runCli({"srs", "replay"}, input);
        INFO(input << "\n" << r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::Contains(field));
    };
    fails("{not json", "not valid JSON");
    fails("[]", "input");
    fails(R"({"reviews": []})", "reviews: unknown field");
    fails(R"({"params": [1, 2, 3], "cards": []})", "params: expected 21 numbers");
    fails(R"({"params": [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,"x"], "cards": []})", "params[20]");
    fails(R"({"desired_retention": 1.5, "cards": []})", "desired_retention");
    fails(R"({"desired_retention": "high", "cards": []})", "desired_retention");
    fails(R"({"enable_short_term": 1, "cards": []})", "enable_short_term");
    fails(R"({"learning_steps": ["1m", "10s"], "cards": []})", "learning_steps[1]");
    fails(R"({"maximum_interval": 0, "cards": []})", "maximum_interval");
    fails(R"({"cards": {}})", "cards");
    fails(R"({"cards": [{"reviews": []}]})", "cards[0].id");
    fails(R"({"cards": [{"id": "a"}]})", "cards[0].reviews");
    fails(R"({"cards": [{"id": "a", "reviews": [{"t": "2026-01-01T09:00:00Z", "rating": 3},
                                                 {"t": "2026-01-01T09:00:00Z", "rating": 5}]}]})",
          "cards[0].reviews[1].rating");
    fails(R"({"cards": [{"id": "a", "reviews": [{"t": "yesterday", "rating": 3}]}]})", "cards[0].reviews[0].t");
    fails(R"({"cards": [{"id": "a", "reviews": [{"t": "2026-01-02T09:00:00Z", "rating": 3},
                                                 {"t": "2026-01-01T09:00:00Z", "rating": 3}]}]})",
          "cards[0].reviews[1].t: earlier");
    fails(R"({"cards": [{"id": "a", "reviews": [{"t": "2026-01-02T09:00:00Z", "rating": 3, "x": 1}]}]})",
          "cards[0].reviews[0].x: unknown field");
}

TEST_CASE("srs replay rejects bad options with exit 2", "[cli][srs]")
{
    const std::string input = json{{"cards", kSimpleCards}}.dump();
    for (const auto& options : std::vector<std::vector<std::string>>{{"--retention", "0"},
                                                                     {"--retention", "1.2"},
                                                                     {"--retention", "high"},
                                                                     {"--params", "[1, 2]"},
                                                                     {"--params", "not json"},
                                                                     {"--short-term", "--no-short-term"},
                                                                     {"--bogus"}}) {
        std::vector<std::string> args{"srs", "replay"};
        args.insert(args.end(), options.begin(), options.end());
        const auto r = runCli(args, input);
        INFO(options.front() << ": " << r.err);
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::Contains(options.front()));
    }
    CHECK(runCli({"srs"}).exitCode == 2); // a subcommand is required
}
