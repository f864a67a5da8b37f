#include "storage/SqliteStudyStats.h"

namespace certdrill::storage {

SqliteStudyStats::SqliteStudyStats(Database& db)
    : m_db(db)
{
}

core::Result<std::size_t> SqliteStudyStats::newQuestionsSince(std::int64_t profileId, std::string_view bankId,
                                                              core::Timestamp since) const
{
    std::size_t count = 0;
    auto done = m_db.guard([&] {
        // Today's answers come from reviews_by_time; "no earlier answer" is one probe of
        // reviews_by_card per question: the cost follows today's answers, not the whole log.
        auto& q = m_db.statement("SELECT COUNT(DISTINCT r.question_id) FROM reviews AS r "
                                 "WHERE r.profile_id = ?1 AND r.reviewed_at >= ?3 AND r.bank_id = ?2 "
                                 "AND NOT EXISTS (SELECT 1 FROM reviews AS e WHERE e.profile_id = ?1 "
                                 "AND e.bank_id = ?2 AND e.question_id = r.question_id AND e.reviewed_at < ?3)");
        q.bind(1, profileId);
        q.bind(2, std::string{bankId});
        q.bind(3, static_cast<std::int64_t>(since.time_since_epoch().count()));
        if (q.executeStep())
            count = static_cast<std::size_t>(q.getColumn(0).getInt64());
    });
    if (!done)
        return tl::unexpected{done.error()};
    return count;
}

core::Result<std::vector<core::DailyAnswers>> SqliteStudyStats::answersPerDay(std::int64_t profileId,
                                                                          std::string_view bankId,
                                                                          const core::DayRule& rule,
                                                                          core::Timestamp since) const
{
    // The day number of an instant is floor((ms + shift) / day): the rule's rollover in its offset.
    const std::int64_t shiftMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(rule.utcOffset() - rule.rolloverHour()).count();
    constexpr std::int64_t dayMs = 86'400'000;
    std::vector<core::DailyAnswers> days;
    auto done = m_db.guard([&] {
        // reviews_by_time covers the profile and time range; the bank is checked per row.
        auto& q = m_db.statement("SELECT (reviewed_at + ?3 - (((reviewed_at + ?3) % ?4) + ?4) % ?4) / ?4 AS day, "
                                 "COUNT(*), SUM(correct) FROM reviews "
                                 "WHERE profile_id = ?1 AND reviewed_at >= ?5 AND (?2 = '' OR bank_id = ?2) "
                                 "GROUP BY day ORDER BY day");
        q.bind(1, profileId);
        q.bind(2, std::string{bankId});
        q.bind(3, shiftMs);
        q.bind(4, dayMs);
        q.bind(5, static_cast<std::int64_t>(since.time_since_epoch().count()));
        while (q.executeStep())
            days.push_back({q.getColumn(0).getInt64(), static_cast<std::size_t>(q.getColumn(1).getInt64()),
                            static_cast<std::size_t>(q.getColumn(2).getInt64())});
    });
    if (!done)
        return tl::unexpected{done.error()};
    return days;
}

} // namespace certdrill::storage
