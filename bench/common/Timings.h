#pragma once
// Summaries of timing samples shared by the benchmarks.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace certdrill::bench {

/// The sample at fraction `p` of the sorted samples (nearest index, halves rounded up); p = 0.5
/// is the median. `values` must not be empty.
inline double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5)];
}

/// Timings in ms: median, p99, min and max.
inline nlohmann::json timingSummary(const std::vector<double>& ms)
{
    const auto [min, max] = std::minmax_element(ms.begin(), ms.end());
    return {{"median", percentile(ms, 0.5)}, {"p99", percentile(ms, 0.99)}, {"min", *min}, {"max", *max}};
}

} // namespace certdrill::bench
