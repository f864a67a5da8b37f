#pragma once

#include "core/common/Error.h"
#include "core/srs/GradingPolicy.h"
#include "core/srs/SrsError.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace certdrill::core {

/// The stored form of a profile's grading policy, as kept under `grading` in its settings:
/// `{"wrong": "again", "guessed": "hard", "correct": "good", "fast": "easy",
///   "fast_needs_sure": true, "fast_factor": 1.0}`. Ratings are written by lowercase name.
[[nodiscard]] nlohmann::json toJson(const GradingPolicy& policy);

/// Reads the stored form; keys that are missing keep their defaults (`{}` is the default policy).
/// Fails with `invalid-grading` and the problems (by field) in the message when a value is of the
/// wrong type, a rating is unknown, or the policy does not pass `validateGrading`.
[[nodiscard]] Result<GradingPolicy> gradingPolicyFromJson(const nlohmann::json& json);

/// Problems with a policy, each named by its field (empty when usable): `fast_factor` must be in
/// (0, 10], and the ratings may not rise as the answer gets worse (wrong ≤ guessed ≤ correct ≤ fast).
[[nodiscard]] std::vector<SrsError> validateGrading(const GradingPolicy& policy);

/// The rating named `name` ("again", "hard", "good", "easy"; any case), or none.
[[nodiscard]] std::optional<Rating> ratingFromName(std::string_view name);

/// The lowercase name of a rating, as stored and as the CLI writes it.
[[nodiscard]] std::string_view ratingKey(Rating rating);

} // namespace certdrill::core
