#pragma once

#include "core/bank/Bank.h"
#include "core/history/StudyMode.h"

#include <cstdint>
#include <string>
#include <vector>

namespace certdrill::core {

/// The questions a session will show, in order, drawn from the bank with a seed: the same bank,
/// mode, count and seed give the same list everywhere. Questions of a scenario stay together, in
/// bank order. `count` 0 means the mode's default (exam: the blueprint's question count; others:
/// every question).
[[nodiscard]] std::vector<std::string> planSession(const Bank& bank, StudyMode mode, std::size_t count,
                                                   std::uint64_t seed);

} // namespace certdrill::core
