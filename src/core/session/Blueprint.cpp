#include "core/session/Blueprint.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace certdrill::core {

std::vector<std::size_t> largestRemainder(const std::vector<double>& weights, std::size_t total)
{
    std::vector<std::size_t> shares(weights.size(), 0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (!(sum > 0.0) || std::any_of(weights.begin(), weights.end(), [](double w) { return w < 0.0; }))
        return shares;
    std::vector<double> remainders(weights.size());
    std::size_t given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = weights[i] / sum * static_cast<double>(total);
        const double whole = std::floor(exact + 1e-9); // 0.3 × 90 is 26.999...: still 27
        shares[i] = static_cast<std::size_t>(whole);
        remainders[i] = exact - whole;
        given += shares[i];
    }
    std::vector<std::size_t> byRemainder(weights.size());
    std::iota(byRemainder.begin(), byRemainder.end(), std::size_t{0});
    std::stable_sort(byRemainder.begin(), byRemainder.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b] + 1e-12; });
    for (std::size_t k = 0; given < total && k < byRemainder.size(); ++k, ++given)
        ++shares[byRemainder[k]];
    while (given > total) { // only if rounding pushed the floors over (it cannot with 1e-9 slack, but be safe)
        const auto it = std::max_element(shares.begin(), shares.end());
        --*it;
        --given;
    }
    return shares;
}

} // namespace certdrill::core
