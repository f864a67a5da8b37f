#pragma once
// A generated bank for the selector benchmark and the learning simulation: the Security+ SY0-701
// blueprint (five domains, 28 objectives), each domain holding about its weight's share of the
// questions (±`spread`), questions without text (the selector reads only ids and objectives).

#include "core/bank/Bank.h"
#include "core/common/Random.h"

#include <array>
#include <cstdio>
#include <memory>
#include <string>

namespace certdrill::bench {

inline core::BankPtr generatedBank(std::size_t questions, std::uint64_t seed, double spread = 0.0)
{
    constexpr std::array<double, 5> kWeights{0.12, 0.22, 0.18, 0.28, 0.20};
    constexpr std::array<int, 5> kObjectives{4, 5, 4, 9, 6};
    core::Random random{seed};
    auto bank = std::make_shared<core::Bank>();
    bank->id = "generated";
    bank->title = "Generated bank";
    std::array<double, 5> share{};
    double total = 0.0;
    for (std::size_t d = 0; d < kWeights.size(); ++d) {
        share[d] = kWeights[d] * (1.0 + spread * (2.0 * random.unit() - 1.0));
        total += share[d];
    }
    std::size_t made = 0;
    for (std::size_t d = 0; d < kWeights.size(); ++d) {
        core::Domain domain;
        domain.id = std::to_string(d + 1) + ".0";
        domain.name = "Domain " + domain.id;
        domain.weight = kWeights[d];
        for (int o = 1; o <= kObjectives[d]; ++o)
            domain.objectives.push_back({std::to_string(d + 1) + "." + std::to_string(o), ""});
        const auto count = d + 1 == kWeights.size()
                               ? questions - made
                               : static_cast<std::size_t>(static_cast<double>(questions) * share[d] / total);
        for (std::size_t i = 0; i < count; ++i) {
            core::Question q;
            char id[32];
            std::snprintf(id, sizeof id, "g-%07zu", made++);
            q.id = id;
            q.domain = domain.id;
            q.objective = domain.objectives[random.below(domain.objectives.size())].id;
            bank->questions.push_back(std::move(q));
        }
        bank->domains.push_back(std::move(domain));
    }
    return bank;
}

} // namespace certdrill::bench
