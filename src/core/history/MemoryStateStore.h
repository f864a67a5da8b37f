#pragma once

#include "core/common/Error.h"
#include "core/srs/MemoryState.h"

#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {
class Scheduler;

/// A question's memory in one profile.
struct CardMemoryState {
    std::string bankId;
    std::string questionId;
    MemoryState memory;
};

/// The cache of memory states: derived from the answer log and rebuildable from it at any time.
class MemoryStateStore {
public:
    virtual ~MemoryStateStore() = default;
    [[nodiscard]] virtual Result<std::optional<MemoryState>> find(std::int64_t profileId, std::string_view bankId,
                                                                  std::string_view questionId) const = 0;
    [[nodiscard]] virtual Result<std::vector<CardMemoryState>> ofBank(std::int64_t profileId,
                                                                      std::string_view bankId) const = 0;
    /// Replays the profile's whole answer log through `scheduler` and replaces every cached state,
    /// in one transaction. Returns the number of cards.
    [[nodiscard]] virtual Result<std::size_t> rebuild(std::int64_t profileId, const Scheduler& scheduler) = 0;
};

} // namespace certdrill::core
