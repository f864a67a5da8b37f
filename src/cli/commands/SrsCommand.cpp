#include "cli/commands/SrsCommand.h"

#include "cli/ExitCode.h"
#include "core/common/Time.h"
#include "core/srs/Fsrs.h"
#include "core/srs/Replay.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace certdrill::cli {
namespace {
using nlohmann::json;
using nlohmann::ordered_json;

/// Settings given on the command line; they override the input file.
struct ReplayOptions {
    std::optional<core::FsrsParameters::Weights> weights;
    std::optional<double> retention;
    std::optional<bool> shortTerm;
};

/// A problem with the input document, named by its field (`cards[2].reviews[0].rating`).
class InputError : public std::runtime_error {
public:
    InputError(const std::string& field, const std::string& problem)
        : std::runtime_error(field + ": " + problem), m_problem(problem)
    {
    }
    [[nodiscard]] const std::string& problem() const { return m_problem; }

private:
    std::string m_problem;
};

struct CardInput {
    json id;
    std::vector<core::ReviewEvent> reviews;
};

struct ReplayInput {
    core::FsrsParameters parameters;
    std::vector<CardInput> cards;
};

std::string at(const std::string& parent, std::size_t index)
{
    return parent + "[" + std::to_string(index) + "]";
}

void rejectUnknownFields(const json& object, std::initializer_list<std::string_view> known, const std::string& where)
{
    for (const auto& [key, value] : object.items()) {
        bool found = false;
        for (const auto k : known)
            found = found || key == k;
        if (!found)
            throw InputError(where.empty() ? key : where + "." + key, "unknown field");
    }
}

/// Weights from a JSON array of 21 finite numbers; `field` names the array in errors.
core::FsrsParameters::Weights weightsFrom(const json& array, const std::string& field)
{
    if (!array.is_array())
        throw InputError(field, "expected an array of 21 numbers");
    std::vector<double> values;
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (!array[i].is_number())
            throw InputError(at(field, i), "must be a number");
        values.push_back(array[i].get<double>());
    }
    std::vector<core::SrsError> errors;
    const auto weights = core::makeWeights(values, errors);
    if (!weights)
        throw InputError(field, errors.front().message);
    return *weights;
}

std::vector<std::int32_t> stepsFrom(const json& array, const std::string& field)
{
    if (!array.is_array())
        throw InputError(field, "expected an array of steps like \"1m\", \"10m\", \"1h\", \"2d\"");
    std::vector<std::int32_t> minutes;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto step = array[i].is_string() ? core::parseStep(array[i].get<std::string>()) : std::nullopt;
        if (!step)
            throw InputError(at(field, i),
                             "not a step: a whole number of minutes, hours or days (\"10m\", \"1h\", \"2d\")");
        minutes.push_back(*step);
    }
    return minutes;
}

std::vector<core::ReviewEvent> reviewsFrom(const json& array, const std::string& field)
{
    if (!array.is_array())
        throw InputError(field, "expected an array of reviews {\"t\": TIMESTAMP, \"rating\": 1-4}");
    std::vector<core::ReviewEvent> reviews;
    reviews.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto where = at(field, i);
        const auto& review = array[i];
        if (!review.is_object())
            throw InputError(where, "expected an object {\"t\": TIMESTAMP, \"rating\": 1-4}");
        rejectUnknownFields(review, {"t", "rating"}, where);
        if (!review.contains("t") || !review["t"].is_string())
            throw InputError(where + ".t", "expected an ISO-8601 timestamp string");
        const auto t = core::parseIso8601(review["t"].get<std::string>());
        if (!t)
            throw InputError(where + ".t", "not an ISO-8601 timestamp: " + review["t"].get<std::string>());
        const auto& ratingJson = review.contains("rating") ? review["rating"] : json{};
        const auto rating = ratingJson.is_number_integer() ? core::ratingFromNumber(ratingJson.get<long long>())
                                                           : std::nullopt;
        if (!rating)
            throw InputError(where + ".rating", "must be an integer from 1 (Again) to 4 (Easy)");
        if (!reviews.empty() && *t < reviews.back().at)
            throw InputError(where + ".t", "earlier than the review before it (reviews must be in time order)");
        reviews.push_back({*t, *rating});
    }
    return reviews;
}

ReplayInput parseInput(const json& document)
{
    if (!document.is_object())
        throw InputError("input", "expected a JSON object with \"cards\"");
    rejectUnknownFields(document,
                        {"params", "desired_retention", "enable_short_term", "learning_steps", "relearning_steps",
                         "maximum_interval", "cards"},
                        "");
    ReplayInput input;
    auto& p = input.parameters;
    if (document.contains("params") && !document["params"].is_null())
        p.weights = weightsFrom(document["params"], "params");
    if (document.contains("desired_retention")) {
        if (!document["desired_retention"].is_number())
            throw InputError("desired_retention", "must be a number in (0, 1]");
        p.desiredRetention = document["desired_retention"].get<double>();
    }
    if (document.contains("enable_short_term")) {
        if (!document["enable_short_term"].is_boolean())
            throw InputError("enable_short_term", "must be true or false");
        p.enableShortTerm = document["enable_short_term"].get<bool>();
    }
    if (document.contains("learning_steps"))
        p.learningSteps = stepsFrom(document["learning_steps"], "learning_steps");
    if (document.contains("relearning_steps"))
        p.relearningSteps = stepsFrom(document["relearning_steps"], "relearning_steps");
    if (document.contains("maximum_interval")) {
        const auto& m = document["maximum_interval"];
        if (!m.is_number_integer() || m.get<long long>() < 1
            || m.get<long long>() > std::numeric_limits<std::int32_t>::max())
            throw InputError("maximum_interval", "must be a whole number of days, at least 1");
        p.maximumInterval = m.get<std::int32_t>();
    }
    if (!document.contains("cards") || !document["cards"].is_array())
        throw InputError("cards", "expected an array of cards {\"id\": ..., \"reviews\": [...]}");
    const auto& cards = document["cards"];
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const auto where = at("cards", i);
        const auto& card = cards[i];
        if (!card.is_object())
            throw InputError(where, "expected an object {\"id\": ..., \"reviews\": [...]}");
        rejectUnknownFields(card, {"id", "reviews"}, where);
        if (!card.contains("id") || !(card["id"].is_string() || card["id"].is_number_integer()))
            throw InputError(where + ".id", "expected a string (or an integer)");
        if (!card.contains("reviews"))
            throw InputError(where + ".reviews", "missing");
        input.cards.push_back({card["id"], reviewsFrom(card["reviews"], where + ".reviews")});
    }
    return input;
}

/// The output document, its keys in the documented order.
ordered_json replayAll(const ReplayInput& input)
{
    const core::Fsrs fsrs{input.parameters, core::DayRule::utcCalendar()};
    ordered_json cards = ordered_json::array();
    for (const auto& card : input.cards) {
        ordered_json reviews = ordered_json::array();
        core::replayEach(fsrs, std::span<const core::ReviewEvent>{card.reviews},
                         [&reviews](std::size_t, const core::ReviewOutcome& outcome) {
                             const auto& m = outcome.card;
                             reviews.push_back({{"state", core::cardStateName(m.state)},
                                                {"stability", m.stability},
                                                {"difficulty", m.difficulty},
                                                {"retrievability", outcome.retrievability
                                                                       ? ordered_json(*outcome.retrievability)
                                                                       : ordered_json(nullptr)},
                                                {"scheduled_days", m.scheduledDays},
                                                {"due", core::formatIso8601(m.due)}});
                         });
        cards.push_back({{"id", card.id}, {"reviews", std::move(reviews)}});
    }
    return {{"cards", std::move(cards)}};
}

int runReplay(const ReplayOptions& options)
{
    try {
        const std::string text{std::istreambuf_iterator<char>{std::cin}, std::istreambuf_iterator<char>{}};
        json document;
        try {
            document = json::parse(text);
        } catch (const json::parse_error& e) {
            throw InputError("input", std::string{"not valid JSON: "} + e.what());
        }
        auto input = parseInput(document);
        if (options.weights)
            input.parameters.weights = *options.weights;
        if (options.retention)
            input.parameters.desiredRetention = *options.retention;
        if (options.shortTerm)
            input.parameters.enableShortTerm = *options.shortTerm;
        if (const auto errors = core::validate(input.parameters); !errors.empty())
            throw InputError(errors.front().field, errors.front().message);
        std::cout << replayAll(input).dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
        return ExitCode::Ok;
    } catch (const InputError& e) {
        std::cerr << "certdrill: error: " << e.what() << '\n';
        return ExitCode::UserError;
    }
}

} // namespace

CLI::App* addSrsCommand(CLI::App& app, CliContext& /*context*/, int& exitCode)
{
    auto* srs = app.add_subcommand("srs", "Spaced repetition: the FSRS-6 scheduler");
    srs->require_subcommand(1);

    auto options = std::make_shared<ReplayOptions>();
    auto* replay = srs->add_subcommand(
        "replay", "Replay review histories (JSON on stdin) through FSRS-6 exactly as ts-fsrs does; print every state");
    replay
        ->add_option_function<std::string>(
            "--params",
            [options](const std::string& text) {
                const auto array = json::parse(text, nullptr, false);
                try {
                    options->weights = weightsFrom(array, "--params");
                } catch (const InputError& e) {
                    throw CLI::ValidationError("--params", e.problem());
                }
            },
            "The 21 FSRS-6 weights, overriding the input's \"params\"")
        ->type_name("JSON-ARRAY");
    replay
        ->add_option_function<double>(
            "--retention",
            [options](double retention) {
                if (!(retention > 0.0 && retention <= 1.0))
                    throw CLI::ValidationError("--retention", "must be in (0, 1]");
                options->retention = retention;
            },
            "Desired retention in (0, 1], overriding the input's \"desired_retention\"")
        ->type_name("R");
    auto* on = replay->add_flag_callback(
        "--short-term", [options] { options->shortTerm = true; }, "Use learning steps and same-day updates");
    auto* off = replay->add_flag_callback(
        "--no-short-term", [options] { options->shortTerm = false; }, "Schedule whole days only (no learning steps)");
    on->excludes(off);
    replay->callback([&exitCode, options] { exitCode = runReplay(*options); });
    return srs;
}

} // namespace certdrill::cli
