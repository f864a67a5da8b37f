#pragma once

#include "core/common/Clock.h"
#include "core/profile/ProfileRepository.h"
#include "storage/Database.h"

namespace certdrill::storage {

class SqliteProfileRepository final : public core::ProfileRepository {
public:
    SqliteProfileRepository(Database& db, const core::Clock& clock);

    [[nodiscard]] core::Result<std::vector<core::Profile>> list() const override;
    [[nodiscard]] core::Result<core::Profile> find(std::string_view name) const override;
    [[nodiscard]] core::Result<core::Profile> create(std::string_view name) override;
    [[nodiscard]] core::Result<void> rename(std::string_view from, std::string_view to) override;
    [[nodiscard]] core::Result<void> remove(std::string_view name) override;
    [[nodiscard]] core::Result<void> update(const core::Profile& profile) override;

    /// The profile named `name`, created first if it does not exist (the app's default profile).
    [[nodiscard]] core::Result<core::Profile> findOrCreate(std::string_view name);

private:
    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace certdrill::storage
