#pragma once

#include "core/common/Error.h"
#include "core/profile/Profile.h"
#include "core/srs/Scheduler.h"

#include <chrono>

namespace certdrill::core {

/// The scheduler a profile studies with: FSRS-6 with the profile's weights (or the defaults) and
/// desired retention, counting days from 4 am in the given UTC offset. Error `invalid-setting`
/// when the stored parameters are unusable.
[[nodiscard]] Result<Scheduler> schedulerFor(const Profile& profile,
                                             std::chrono::minutes utcOffset = std::chrono::minutes{0});

} // namespace certdrill::core
