#pragma once

#include "core/bank/Bank.h"
#include "core/common/Error.h"
#include "core/history/MemoryStateStore.h"
#include "core/session/HistorySummary.h"
#include "core/srs/Scheduler.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <unordered_map>
#include <vector>

namespace certdrill::core {

/// A drill's custom set. Lists match any of their values (empty: no restriction); different
/// criteria must all hold.
struct DrillFilter {
    std::vector<std::string> domains;
    std::vector<std::string> objectives;
    std::vector<std::string> tags;
    std::vector<int> difficulties;     ///< 1-3
    bool missedBefore = false;         ///< answered wrong at least once
    bool flagged = false;              ///< flagged in an earlier session
    bool neverSeen = false;            ///< never answered
    bool lowestRetrievability = false; ///< seen questions only, the least likely to be recalled first

    bool operator==(const DrillFilter&) const = default;
};

/// `{"domains": [...], "objectives": [...], "tags": [...], "difficulties": [...], "missed_before": bool,
///   "flagged": bool, "never_seen": bool, "lowest_retrievability": bool}`, every key optional.
[[nodiscard]] nlohmann::json toJson(const DrillFilter& filter);
/// Error `bad-filter` names what is wrong.
[[nodiscard]] Result<DrillFilter> drillFilterFromJson(const nlohmann::json& json);
/// Error `bad-filter` for a domain, objective or difficulty the bank does not have.
[[nodiscard]] Result<void> checkFilter(const Bank& bank, const DrillFilter& filter);

/// Each studied question's probability of recall now.
using RetrievabilityMap = std::unordered_map<std::string, double>;
[[nodiscard]] RetrievabilityMap retrievabilities(const std::vector<CardMemoryState>& states,
                                                 const Scheduler& scheduler, Timestamp now);

/// Questions picked for a practice session, in the order they are shown.
struct Selection {
    std::vector<std::string> questions;
    std::vector<std::string> warnings;
};

/// The questions a filter lets through, by position in the bank.
[[nodiscard]] std::vector<bool> matchFilter(const Bank& bank, const DrillFilter& filter, const HistorySummary& history,
                                            const RetrievabilityMap& recall);

/// A drill (or a filtered study session): the matching questions, `count` of them (0: all) drawn
/// along the blueprint and shuffled from the seed, testlets together; with `lowestRetrievability`,
/// ordered from the lowest probability of recall.
[[nodiscard]] Selection selectDrill(const Bank& bank, const DrillFilter& filter, const HistorySummary& history,
                                    const RetrievabilityMap& recall, std::size_t count, std::uint64_t seed);

} // namespace certdrill::core
