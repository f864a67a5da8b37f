#pragma once

#include "core/progress/DailyAnswers.h"
#include "core/selector/StudyStats.h"
#include "core/srs/DayRule.h"
#include "storage/Database.h"

namespace certdrill::storage {

class SqliteStudyStats final : public core::StudyStats {
public:
    explicit SqliteStudyStats(Database& db);

    [[nodiscard]] core::Result<std::size_t> newQuestionsSince(std::int64_t profileId, std::string_view bankId,
                                                              core::Timestamp since) const override;

    /// Answers and right answers per study day (days numbered by `rule`) from `since` on, of one
    /// bank or of every bank when `bankId` is empty; days without answers are left out.
    [[nodiscard]] core::Result<std::vector<core::DailyAnswers>> answersPerDay(std::int64_t profileId,
                                                                             std::string_view bankId,
                                                                             const core::DayRule& rule,
                                                                             core::Timestamp since) const;

private:
    Database& m_db;
};

} // namespace certdrill::storage
