#include "core/profile/ProfileScheduler.h"

namespace certdrill::core {

Result<Scheduler> schedulerFor(const Profile& profile, std::chrono::minutes utcOffset)
{
    FsrsParameters parameters;
    parameters.desiredRetention = profile.desiredRetention;
    std::vector<SrsError> errors;
    if (profile.fsrsParameters) {
        const auto weights = makeWeights(*profile.fsrsParameters, errors);
        if (weights)
            parameters.weights = *weights;
    }
    for (const auto& e : validate(parameters))
        errors.push_back(e);
    const auto days = DayRule::rollover(std::chrono::hours{4}, utcOffset);
    if (!days)
        return fail("invalid-setting", "the UTC offset must lie between -12:00 and +14:00");
    if (!errors.empty())
        return fail("invalid-setting", "the profile's scheduler parameters are unusable: " + errors.front().field + ": " +
                                           errors.front().message);
    return Scheduler{Fsrs{parameters, *days}};
}

} // namespace certdrill::core
