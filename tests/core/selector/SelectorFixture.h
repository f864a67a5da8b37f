#pragma once

#include "core/bank/Bank.h"
#include "core/common/Time.h"
#include "core/history/MemoryStateStore.h"
#include "core/selector/BankIndex.h"
#include "core/selector/Selector.h"
#include "core/srs/Scheduler.h"

#include <memory>
#include <string>
#include <vector>

namespace certdrill::test {

/// A domain of a test bank: its weight and the number of questions of each objective.
struct DomainSpec {
    double weight = 0.0;
    std::vector<int> questionsPerObjective;
};

/// A bank with domains "1.0", "2.0", ...; objectives "1.1", "1.2", ...; questions "q-D.O-N".
inline core::BankPtr makeBank(const std::vector<DomainSpec>& domains)
{
    auto bank = std::make_shared<core::Bank>();
    bank->id = "test-bank";
    for (std::size_t d = 0; d < domains.size(); ++d) {
        core::Domain domain;
        domain.id = std::to_string(d + 1) + ".0";
        domain.name = "Domain " + std::to_string(d + 1);
        domain.weight = domains[d].weight;
        for (std::size_t o = 0; o < domains[d].questionsPerObjective.size(); ++o) {
            const auto objective = std::to_string(d + 1) + "." + std::to_string(o + 1);
            domain.objectives.push_back({objective, "Objective " + objective});
            for (int n = 0; n < domains[d].questionsPerObjective[o]; ++n) {
                core::Question q;
                q.id = "q-" + objective + "-" + std::to_string(n);
                q.objective = objective;
                q.domain = domain.id;
                bank->questions.push_back(std::move(q));
            }
        }
        bank->domains.push_back(std::move(domain));
    }
    return bank;
}

inline core::Timestamp at(const char* iso)
{
    return core::parseIso8601(iso).value();
}

/// A graduated question last reviewed at `last`, with stability `stability` and its next review
/// `intervalDays` later.
inline core::MemoryState reviewCard(core::Timestamp last, double stability, int intervalDays)
{
    core::MemoryState m;
    m.state = core::CardState::Review;
    m.stability = stability;
    m.difficulty = 5.0;
    m.lastReview = last;
    m.due = last + std::chrono::days{intervalDays};
    m.scheduledDays = intervalDays;
    m.reps = 3;
    return m;
}

/// The default FSRS-6 scheduler, counting days in UTC calendar dates.
inline const core::Scheduler& defaultScheduler()
{
    static const core::Scheduler scheduler{core::Fsrs{core::FsrsParameters{}}};
    return scheduler;
}

inline core::SelectorSettings settings(std::size_t dailyNewLimit = 20, std::uint64_t seed = 1)
{
    core::SelectorSettings s;
    s.dailyNewLimit = dailyNewLimit;
    s.seed = seed;
    return s;
}

/// The ids of the picked questions.
inline std::vector<std::string> ids(const core::BankIndex& index, const std::vector<core::Pick>& picks)
{
    std::vector<std::string> out;
    for (const auto& p : picks)
        out.push_back(index.question(p.question).id);
    return out;
}

} // namespace certdrill::test
