#pragma once

#include "core/bank/Bank.h"
#include "core/common/Error.h"
#include "core/scoring/ScoringOptions.h"
#include "core/session/QuestionSelection.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {

/// A session's settings, fixed when it starts and stored with it (`SessionRecord::config`).
struct SessionSettings {
    std::size_t count = 0;                   ///< questions asked for (0: the mode's default)
    std::optional<std::int64_t> timeLimitMs; ///< none: untimed
    bool practice = false;                   ///< pausing allowed: a practice exam or a quiz, not a strict simulation
    Navigation navigation = Navigation::Free;
    ScoringOptions scoring;
    bool preferUnseen = false;               ///< the draw preferred questions seen least (not shareable by seed)
    DrillFilter filter;                      ///< study and drill
    std::vector<std::string> warnings;       ///< from planning, repeated in the report

    bool operator==(const SessionSettings&) const = default;
};

[[nodiscard]] nlohmann::json toJson(const SessionSettings& settings);
/// Reads the stored form; keys that are missing keep their defaults (`{"count": 5}` is valid).
[[nodiscard]] Result<SessionSettings> sessionSettingsFromJson(const nlohmann::json& json);

} // namespace certdrill::core
