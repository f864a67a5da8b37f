#pragma once

#include "core/bank/Bank.h"

#include <nlohmann/json.hpp>

namespace certdrill::cli {

/// A question as `session run` shows it: everything needed to answer, nothing that gives the
/// answer away (no `correct` marks, no explanations, order items as stored but not the sequence).
[[nodiscard]] nlohmann::json questionToJson(const core::Bank& bank, const core::Question& question,
                                            std::size_t index, std::size_t total);

} // namespace certdrill::cli
