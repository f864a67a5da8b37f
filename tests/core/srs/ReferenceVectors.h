#pragma once

#include "TestFiles.h"
#include "core/srs/FsrsParameters.h"
#include "core/srs/Rating.h"
#include "core/srs/Replay.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

// Reads the golden vectors that tests/reference/generate.mjs produced with ts-fsrs.
namespace certdrill::test {

/// The reviews of random histories (fsrs-vectors.json).
inline const nlohmann::json& referenceHistories()
{
    static const nlohmann::json document =
        nlohmann::json::parse(readFile(CERTDRILL_SRS_REFERENCE_DIR "/fsrs-vectors.json"));
    return document;
}

/// Weight clipping and fuzz ranges (fsrs-function-vectors.json).
inline const nlohmann::json& referenceFunctions()
{
    static const nlohmann::json document =
        nlohmann::json::parse(readFile(CERTDRILL_SRS_REFERENCE_DIR "/fsrs-function-vectors.json"));
    return document;
}

inline std::vector<std::int32_t> stepsOf(const nlohmann::json& list)
{
    std::vector<std::int32_t> minutes;
    for (const auto& step : list)
        minutes.push_back(core::parseStep(step.get<std::string>()).value());
    return minutes;
}

/// The scheduler settings of one reference history.
inline core::FsrsParameters parametersOf(const nlohmann::json& history)
{
    core::FsrsParameters p;
    if (!history.at("params").is_null()) {
        const auto values = history.at("params").get<std::vector<double>>();
        std::vector<core::SrsError> errors;
        p.weights = core::makeWeights(values, errors).value();
    }
    p.desiredRetention = history.at("desired_retention").get<double>();
    p.enableShortTerm = history.at("enable_short_term").get<bool>();
    p.learningSteps = stepsOf(history.at("learning_steps"));
    p.relearningSteps = stepsOf(history.at("relearning_steps"));
    p.maximumInterval = history.at("maximum_interval").get<std::int32_t>();
    return p;
}

inline core::Timestamp fromMillis(std::int64_t ms)
{
    return core::Timestamp{std::chrono::milliseconds{ms}};
}

inline std::vector<core::ReviewEvent> reviewsOf(const nlohmann::json& history)
{
    std::vector<core::ReviewEvent> reviews;
    for (const auto& r : history.at("reviews"))
        reviews.push_back(
            {fromMillis(r.at(0).get<std::int64_t>()), core::ratingFromNumber(r.at(1).get<int>()).value()});
    return reviews;
}

} // namespace certdrill::test
