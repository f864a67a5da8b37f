#pragma once

#include "core/bank/Question.h"

#include <cstdint>
#include <string>

namespace certdrill::core {

/// Hash of what a candidate sees and the answer key. Stable across platforms and versions:
/// changing this function orphans history, so it only ever gets a new versioned sibling.
[[nodiscard]] std::uint64_t contentHash(const Question& question, const Exhibit* scenarioExhibit,
                                        std::string_view scenarioText);

/// 16 lower-case hex digits.
[[nodiscard]] std::string hashToHex(std::uint64_t hash);

} // namespace certdrill::core
