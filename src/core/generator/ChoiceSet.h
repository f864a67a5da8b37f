#pragma once

#include "core/bank/Question.h"
#include "core/common/Random.h"

#include <string>
#include <vector>

namespace certdrill::core::generator {

/// An answer option before it becomes a Choice: its text and why it is right or wrong.
struct Option {
    std::string text;
    std::string why;
};

/// The choices of a `single` question: the correct option and up to `count - 1` distractors,
/// taken in a seeded random order from `distractors` after dropping any that equal the correct
/// option or an earlier one (as the bank compares texts), then shuffled; ids "a", "b", ...
[[nodiscard]] std::vector<Choice> singleChoices(Option correct, std::vector<Option> distractors, Random& random,
                                                std::size_t count = 4);

/// Whether `text` already appears among `options` (as the bank compares choice texts).
[[nodiscard]] bool containsText(const std::vector<Option>& options, const std::string& text);

/// A `single` question with these choices, or a `text` one accepting `accepted` when `typed`.
void setAnswer(Question& question, bool typed, Option correct, std::vector<Option> distractors,
               std::vector<std::string> accepted, Random& random);

} // namespace certdrill::core::generator
