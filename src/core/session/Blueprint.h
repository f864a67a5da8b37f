#pragma once

#include <cstddef>
#include <vector>

namespace certdrill::core {

/// Splits `total` into whole shares proportional to `weights` by the largest-remainder (Hamilton)
/// method: each share is `floor(weight × total / sum)`, and the seats left over go to the largest
/// fractional remainders (ties to the earlier entry). The shares sum to `total` and each lies
/// within one of its exact quota. Weights must be non-negative with a positive sum; otherwise
/// every share is 0.
[[nodiscard]] std::vector<std::size_t> largestRemainder(const std::vector<double>& weights, std::size_t total);

} // namespace certdrill::core
