#pragma once

#include "core/history/MemoryStateStore.h"
#include "storage/Database.h"

namespace certdrill::storage {

class SqliteMemoryStateStore final : public core::MemoryStateStore {
public:
    explicit SqliteMemoryStateStore(Database& db);

    [[nodiscard]] core::Result<std::optional<core::MemoryState>> find(std::int64_t profileId, std::string_view bankId,
                                                                      std::string_view questionId) const override;
    [[nodiscard]] core::Result<std::vector<core::CardMemoryState>> ofBank(std::int64_t profileId,
                                                                          std::string_view bankId) const override;
    [[nodiscard]] core::Result<std::size_t> rebuild(std::int64_t profileId, const core::Scheduler& scheduler) override;

    /// Writes one state inside a transaction the caller holds (`replace`: it may exist already).
    static void write(Database& db, std::int64_t profileId, const std::string& bankId, const std::string& questionId,
                      const core::MemoryState& memory, bool replace = true);

private:
    Database& m_db;
};

} // namespace certdrill::storage
