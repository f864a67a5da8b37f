#pragma once

#include "core/bank/Question.h"
#include "core/common/Error.h"
#include "core/session/QuestionLayout.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace certdrill::cli {

/// Whether choices also answer to letters (a-e): only up to five choices, so that no letter is
/// also a command (`f` flags).
[[nodiscard]] bool choiceLetters(const core::Question& question);

/// The label shown before the i-th option as laid out: `1`..`9`, `10`.., with `a`-`e` alongside
/// when `choiceLetters`.
[[nodiscard]] std::string optionLabel(const core::Question& question, std::size_t index);

/// Reads an answer typed in the terminal, by the labels shown:
/// - single: `2` or `b`;
/// - multiple: `1 3`, `1,3`, `13` or `ac`;
/// - order: the item numbers in sequence, `3 1 2`;
/// - match: for each left item in turn, the number of its right item, `2 1 3`;
/// - numeric: a number; text: the text itself.
/// Returns the answer's JSON form (see core/scoring/Response.h); error `bad-answer` says what to type.
[[nodiscard]] core::Result<nlohmann::json> parseTypedAnswer(const core::Question& question,
                                                            const core::QuestionLayout& layout, std::string_view typed);

} // namespace certdrill::cli
