#pragma once

#include <algorithm>
#include <cmath>

// Rounding exactly as the reference implementation (ts-fsrs, JavaScript) rounds, so that results
// match it bit for bit wherever the arithmetic allows. Internal to the scheduler.
namespace certdrill::core::jsmath {

/// JavaScript's `Math.round`: the nearest integer, halves rounded towards +infinity (std::round
/// rounds them away from zero, which differs for negative halves).
[[nodiscard]] inline double round(double x)
{
    const double up = std::ceil(x);
    return up - 0.5 > x ? up - 1.0 : up;
}

/// ts-fsrs's `roundTo(x, 8)`: `Math.round(x * 1e8) / 1e8`.
[[nodiscard]] inline double round8(double x)
{
    constexpr double kFactor = 1e8;
    return round(x * kFactor) / kFactor;
}

/// ts-fsrs's `clamp`: `Math.min(Math.max(x, lo), hi)` (hi wins when lo > hi).
[[nodiscard]] inline double clamp(double x, double lo, double hi)
{
    return std::min(std::max(x, lo), hi);
}

} // namespace certdrill::core::jsmath
