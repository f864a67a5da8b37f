#pragma once

#include "core/bank/Bank.h"
#include "core/common/Clock.h"
#include "core/history/MemoryStateStore.h"
#include "core/srs/Scheduler.h"

#include <span>
#include <string>
#include <vector>

namespace certdrill::core {

/// How well one domain of a bank is known now.
struct DomainMastery {
    std::string domainId;
    std::string name;
    double weight = 0.0;        ///< the blueprint weight
    std::size_t questions = 0;  ///< in the bank
    std::size_t studied = 0;    ///< with a memory state
    /// The mean predicted recall now over all the domain's questions, a never-studied question
    /// counting 0: the share of the domain one would answer right from memory today.
    double mastery = 0.0;
};

/// Mastery of every domain of `bank`, in the bank's order. `states` may hold other banks'
/// questions and questions no longer in the bank: they are ignored.
[[nodiscard]] std::vector<DomainMastery> domainMastery(const Bank& bank, std::span<const CardMemoryState> states,
                                                       const Scheduler& scheduler, Timestamp now);

} // namespace certdrill::core
