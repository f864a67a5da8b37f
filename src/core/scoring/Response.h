#pragma once

#include "core/bank/Question.h"
#include "core/common/Error.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <utility>
#include <vector>

namespace certdrill::core {

/// An answer given to a question, in the form its type needs.
/// JSON form (the answer log and `session run` use it): `"b"` (single), `["a", "c"]` (multiple),
/// `["c", "a", "b"]` (order: item ids in sequence), `{"l1": "r2"}` (match), `42.5` (numeric),
/// `"text"` (text).
struct Response {
    std::vector<std::string> ids;                             ///< single, multiple, order
    std::vector<std::pair<std::string, std::string>> pairs;   ///< match: left id → right id
    double number = 0.0;                                      ///< numeric
    std::string text;                                         ///< text
};

/// Reads the JSON form, checking it against the question (known ids, no repeats, the right
/// shape). Error code `bad-answer` with a message saying what is wrong.
[[nodiscard]] Result<Response> parseResponse(const Question& question, const nlohmann::json& answer);

[[nodiscard]] nlohmann::json toJson(const Question& question, const Response& response);

/// Exact correctness (all-or-nothing). Partial credit is the scoring module's business.
[[nodiscard]] bool isCorrect(const Question& question, const Response& response);

/// Text answers are compared after trimming, collapsing inner whitespace to one space and, unless
/// the question is case-sensitive, folding ASCII letters to lower case.
[[nodiscard]] std::string normaliseTextAnswer(std::string_view text, bool caseSensitive);

} // namespace certdrill::core
