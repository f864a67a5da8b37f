#pragma once

#include "core/bank/Question.h"
#include "core/scoring/Response.h"
#include "core/scoring/ScoringOptions.h"

namespace certdrill::core {

/// The share of one question's point a response earns, in [0, 1], under the session's rules:
/// - `single`: 1 for the correct choice;
/// - `multiple`: all-or-nothing, or 1/k for each of the k correct choices picked (a response picks
///   exactly k choices, so every wrong pick is a correct one missed);
/// - `order`: exact, or 1/n for each of the n items in its right position;
/// - `match`: 1/n for each of the n left items paired right, or all-or-nothing;
/// - `numeric`: 1 within `answer ± tolerance` (plus a rounding allowance of a few ulps);
/// - `text`: 1 when equal to an accepted answer after normalisation (see `normaliseTextAnswer`).
[[nodiscard]] double creditFor(const Question& question, const Response& response, const ScoringOptions& options);

} // namespace certdrill::core
