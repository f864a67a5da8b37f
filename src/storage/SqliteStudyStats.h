#pragma once

#include "core/selector/StudyStats.h"
#include "storage/Database.h"

namespace certdrill::storage {

class SqliteStudyStats final : public core::StudyStats {
public:
    explicit SqliteStudyStats(Database& db);

    [[nodiscard]] core::Result<std::size_t> newQuestionsSince(std::int64_t profileId, std::string_view bankId,
                                                              core::Timestamp since) const override;

private:
    Database& m_db;
};

} // namespace certdrill::storage
