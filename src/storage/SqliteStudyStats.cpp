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

} // namespace certdrill::storage
