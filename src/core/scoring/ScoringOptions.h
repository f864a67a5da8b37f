#pragma once

#include "core/common/Error.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>

namespace certdrill::core {

/// How a `multiple` question earns credit. Persisted by name: only ever add values.
enum class MultipleScoring : std::uint8_t {
    AllOrNothing = 0, ///< full credit only for exactly the correct choices (the default)
    PerChoice = 1,    ///< each correct choice picked earns 1/k of the question (k correct choices)
};

/// How an `order` question earns credit.
enum class OrderScoring : std::uint8_t {
    Exact = 0,       ///< full credit only for the whole sequence (the default)
    PerPosition = 1, ///< each item in its right place earns 1/n
};

/// How a `match` question earns credit.
enum class MatchScoring : std::uint8_t {
    PerPair = 0, ///< each left item paired right earns 1/n (the default)
    Exact = 1,   ///< full credit only when every pair is right
};

/// The partial-credit rules of a session. `numeric` (within the tolerance), `single` and `text`
/// (after normalisation) are always right or wrong.
struct ScoringOptions {
    MultipleScoring multiple = MultipleScoring::AllOrNothing;
    OrderScoring order = OrderScoring::Exact;
    MatchScoring match = MatchScoring::PerPair;

    bool operator==(const ScoringOptions&) const = default;
};

/// `{"multiple": "all-or-nothing" | "per-choice", "order": "exact" | "per-position",
///   "match": "per-pair" | "exact"}`; every key optional.
[[nodiscard]] nlohmann::json toJson(const ScoringOptions& options);
/// Error `bad-scoring` names the key and the values allowed.
[[nodiscard]] Result<ScoringOptions> scoringOptionsFromJson(const nlohmann::json& json);

} // namespace certdrill::core
