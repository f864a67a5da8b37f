#include "core/common/Random.h"
#include "core/session/Blueprint.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>

using namespace certdrill::core;

TEST_CASE("largest remainder gives the leftover seats to the largest remainders", "[session][blueprint]")
{
    // Security+ SY0-701: 90 × the weights is 10.8, 19.8, 16.2, 25.2, 18.0.
    CHECK(largestRemainder({0.12, 0.22, 0.18, 0.28, 0.20}, 90) == std::vector<std::size_t>{11, 20, 16, 25, 18});
    // Equal remainders: the earlier domain first.
    CHECK(largestRemainder({0.5, 0.5}, 3) == std::vector<std::size_t>{2, 1});
    CHECK(largestRemainder({1.0 / 3, 1.0 / 3, 1.0 / 3}, 10) == std::vector<std::size_t>{4, 3, 3});
    // Exact products that floating point puts just below a whole number stay whole.
    CHECK(largestRemainder({0.3, 0.7}, 90) == std::vector<std::size_t>{27, 63});
}

TEST_CASE("largest remainder shares sum to the total and stay within one of the quota", "[session][blueprint]")
{
    Random random{7};
    for (int round = 0; round < 2000; ++round) {
        const auto domains = 1 + random.below(8);
        std::vector<double> weights;
        for (std::uint64_t d = 0; d < domains; ++d)
            weights.push_back(random.unit() + 0.01);
        const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
        const auto total = static_cast<std::size_t>(random.below(300));
        const auto shares = largestRemainder(weights, total);
        REQUIRE(std::accumulate(shares.begin(), shares.end(), std::size_t{0}) == total);
        for (std::size_t d = 0; d < weights.size(); ++d)
            CHECK(std::abs(static_cast<double>(shares[d]) - weights[d] / sum * static_cast<double>(total)) < 1.0);
    }
}

TEST_CASE("largest remainder refuses weights that cannot be shares", "[session][blueprint]")
{
    CHECK(largestRemainder({0.0, 0.0}, 10) == std::vector<std::size_t>{0, 0});
    CHECK(largestRemainder({-0.5, 1.5}, 10) == std::vector<std::size_t>{0, 0});
    CHECK(largestRemainder({}, 10).empty());
}
