#pragma once
// Summaries of samples for the selector benchmark and the learning simulation.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace certdrill::bench {

/// The value below which a fraction `p` of the sorted samples lie (nearest rank).
inline double quantile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

/// Latencies in ms: count, p50, p90, p99, max.
inline nlohmann::ordered_json latencySummary(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {{"count", ms.size()},
            {"p50", quantile(ms, 0.50)},
            {"p90", quantile(ms, 0.90)},
            {"p99", quantile(ms, 0.99)},
            {"max", ms.empty() ? 0.0 : ms.back()}};
}

/// Scores: mean, standard deviation (n − 1), min, max.
inline nlohmann::ordered_json spreadSummary(const std::vector<double>& values)
{
    const double n = static_cast<double>(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double squares = 0.0;
    for (const double v : values)
        squares += (v - mean) * (v - mean);
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    return {{"mean", mean}, {"sd", values.size() > 1 ? std::sqrt(squares / (n - 1.0)) : 0.0}, {"min", *lo}, {"max", *hi}};
}

} // namespace certdrill::bench
