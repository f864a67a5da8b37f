#pragma once

#include "core/bank/Question.h"
#include "core/scoring/Response.h"

#include <string>
#include <vector>

namespace certdrill::core {

/// The correct answer in words (the bank's Markdown), one line per part: the correct choices'
/// texts; the items in sequence; each pair as `left → right`; the number with its tolerance and
/// unit; the accepted answers.
[[nodiscard]] std::vector<std::string> describeCorrectAnswer(const Question& question);

/// A response in words, the same way (choices in the order the question lists them).
[[nodiscard]] std::vector<std::string> describeResponse(const Question& question, const Response& response);

/// A number in its shortest exact form (`30`, `0.5`, `1e+20`).
[[nodiscard]] std::string formatNumber(double value);

} // namespace certdrill::core
