#pragma once

#include "core/bank/Bank.h"
#include "core/common/Error.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace certdrill::core {

/// How one question is laid out on screen: the ids of its choices (single, multiple), items
/// (order) or left items (match) in display order, and for match the right items too. Empty for
/// numeric and text questions.
struct QuestionLayout {
    std::vector<std::string> order;
    std::vector<std::string> right;

    bool operator==(const QuestionLayout&) const = default;
};

/// The layout of every question of a session, by question id. Persisted with the session so that
/// a resumed or shared session looks exactly the same.
using SessionLayout = std::map<std::string, QuestionLayout>;

/// Shuffles each question's options from the seed (the same seed and questions give the same
/// layout everywhere). An order question's items never start in the correct sequence. A generator
/// entry gets the layout of the question it shows in a session with this seed (instanceSeed).
[[nodiscard]] SessionLayout shuffleLayout(const Bank& bank, const std::vector<std::string>& questionIds,
                                          std::uint64_t seed);

/// The same, for questions given by their positions in the bank (no id is looked up: an exam
/// draw knows them).
[[nodiscard]] SessionLayout shuffleLayout(const Bank& bank, const std::vector<std::size_t>& positions,
                                          std::uint64_t seed);

/// The bank's own order (no shuffling), for a question a layout does not cover.
[[nodiscard]] QuestionLayout bankLayout(const Question& question);

/// A layout that still fits the question (same ids), else the bank's order: a bank update may
/// change a question under a stored session.
[[nodiscard]] QuestionLayout layoutOf(const Question& question, const SessionLayout& layout);

/// `{"question-id": {"order": [...], "right": [...]}}` (`right` only for match questions).
[[nodiscard]] nlohmann::json toJson(const SessionLayout& layout);
/// Error `bad-layout` when the JSON is not that shape.
[[nodiscard]] Result<SessionLayout> layoutFromJson(const nlohmann::json& json);

} // namespace certdrill::core
