#pragma once

#include <string_view>
#include <vector>

namespace certdrill::storage {

/// `PRAGMA application_id` of a CertDrill database ("CDr1"): tells our files from other SQLite files.
inline constexpr int kApplicationId = 0x43447231;

/// The schema as a list of forward-only migrations: `migrations()[i]` takes version i to i + 1.
/// A released migration is never edited; changes come as a new one at the end. Persisted enums
/// keep their numbers.
[[nodiscard]] const std::vector<std::string_view>& migrations();

/// The version this build writes: the number of migrations.
[[nodiscard]] int currentSchemaVersion();

} // namespace certdrill::storage
