#pragma once

#include "core/common/Error.h"
#include "core/session/SessionPlanner.h"

#include <QVariantMap>

namespace certdrill::app {

/// The session the practice page asks for: `options` may hold `count` (questions; 0 or none:
/// the mode's default), `minutes` (quiz time limit) and, for study and drill, `filter`:
/// {domains, objectives, tags: [string], difficulties: [1-3], missedBefore, flagged, neverSeen,
/// lowestRetrievability: bool}. Error `bad-filter` (from core) for a filter it cannot read.
[[nodiscard]] core::Result<core::SessionRequest> practiceRequest(core::StudyMode mode, const QVariantMap& options,
                                                                 std::uint64_t seed);

} // namespace certdrill::app
