#include "core/profile/GradingSettings.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace certdrill::core {
namespace {

constexpr std::array<std::pair<std::string_view, Rating GradingPolicy::*>, 4> kRatingFields{{
    {"wrong", &GradingPolicy::wrong},
    {"guessed", &GradingPolicy::guessed},
    {"correct", &GradingPolicy::correct},
    {"fast", &GradingPolicy::fast},
}};

std::string joined(const std::vector<SrsError>& errors)
{
    std::string text;
    for (const auto& e : errors)
        text += (text.empty() ? "" : "; ") + e.field + ": " + e.message;
    return text;
}

} // namespace

std::optional<Rating> ratingFromName(std::string_view name)
{
    std::string lower{name};
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const auto rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy})
        if (ratingKey(rating) == lower)
            return rating;
    return std::nullopt;
}

std::string_view ratingKey(Rating rating)
{
    static constexpr std::array<std::string_view, 4> kKeys{"again", "hard", "good", "easy"};
    return kKeys.at(static_cast<std::size_t>(ratingNumber(rating) - 1));
}

nlohmann::json toJson(const GradingPolicy& policy)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [key, field] : kRatingFields)
        j[std::string{key}] = std::string{ratingKey(policy.*field)};
    j["fast_needs_sure"] = policy.fastNeedsSure;
    j["fast_factor"] = policy.fastFactor;
    return j;
}

std::vector<SrsError> validateGrading(const GradingPolicy& policy)
{
    auto errors = policy.validate();
    for (std::size_t i = 1; i < kRatingFields.size(); ++i) {
        const auto& [worseKey, worse] = kRatingFields[i - 1];
        const auto& [key, field] = kRatingFields[i];
        if (ratingNumber(policy.*field) < ratingNumber(policy.*worse))
            errors.push_back({"srs.grading.order", std::string{key},
                              "the " + std::string{key} + " rating may not be lower than the " +
                                  std::string{worseKey} + " rating"});
    }
    return errors;
}

Result<GradingPolicy> gradingPolicyFromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return fail("invalid-grading", "grading: the grading policy is an object");
    GradingPolicy policy;
    std::vector<SrsError> errors;
    for (const auto& [key, field] : kRatingFields) {
        const auto found = j.find(std::string{key});
        if (found == j.end())
            continue;
        const auto rating = found->is_string() ? ratingFromName(found->get<std::string>()) : std::nullopt;
        if (rating)
            policy.*field = *rating;
        else
            errors.push_back({"srs.grading.rating", std::string{key}, "a rating is again, hard, good or easy"});
    }
    if (const auto sure = j.find("fast_needs_sure"); sure != j.end()) {
        if (sure->is_boolean())
            policy.fastNeedsSure = sure->get<bool>();
        else
            errors.push_back({"srs.grading.type", "fast_needs_sure", "fast_needs_sure is true or false"});
    }
    if (const auto factor = j.find("fast_factor"); factor != j.end()) {
        if (factor->is_number())
            policy.fastFactor = factor->get<double>();
        else
            errors.push_back({"srs.grading.type", "fast_factor", "the fast factor is a number"});
    }
    if (errors.empty())
        errors = validateGrading(policy);
    if (!errors.empty())
        return fail("invalid-grading", joined(errors));
    return policy;
}

} // namespace certdrill::core
