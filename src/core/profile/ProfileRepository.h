#pragma once

#include "core/common/Error.h"
#include "core/profile/Profile.h"

#include <vector>

namespace certdrill::core {

/// Profiles and their settings. Error codes: `invalid-name`, `name-taken`, `no-such-profile`,
/// `invalid-setting`, plus storage failures.
class ProfileRepository {
public:
    virtual ~ProfileRepository() = default;
    [[nodiscard]] virtual Result<std::vector<Profile>> list() const = 0;
    [[nodiscard]] virtual Result<Profile> find(std::string_view name) const = 0;
    [[nodiscard]] virtual Result<Profile> create(std::string_view name) = 0;
    [[nodiscard]] virtual Result<void> rename(std::string_view from, std::string_view to) = 0;
    /// Deletes the profile with its whole history.
    [[nodiscard]] virtual Result<void> remove(std::string_view name) = 0;
    [[nodiscard]] virtual Result<void> update(const Profile& profile) = 0;
};

} // namespace certdrill::core
