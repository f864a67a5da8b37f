#pragma once

#include "core/history/ReviewLog.h"
#include "storage/Database.h"

namespace certdrill::storage {

class SqliteReviewLog final : public core::ReviewLog {
public:
    explicit SqliteReviewLog(Database& db);

    [[nodiscard]] core::Result<std::string> append(core::Review review) override;
    [[nodiscard]] core::Result<std::vector<core::Review>> reviewsOf(std::int64_t profileId,
                                                                    std::string_view bankId = {}) const override;
    core::Result<void> forEachByCard(std::int64_t profileId,
                                     const std::function<void(const core::Review&)>& visit) const override;
    [[nodiscard]] core::Result<std::int64_t> count(std::int64_t profileId) const override;
    [[nodiscard]] core::Result<std::vector<std::chrono::milliseconds>>
    responseTimes(std::int64_t profileId, std::string_view bankId, std::string_view questionId) const override;

    /// Inserts inside a transaction the caller already holds; sets and returns the uid.
    static std::string insert(Database& db, core::Review& review);

private:
    Database& m_db;
};

} // namespace certdrill::storage
