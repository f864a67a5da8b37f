#include "storage/SqliteReviewLog.h"

#include "core/bank/ContentHash.h"
#include "storage/Uid.h"

#include <cstdlib>

namespace certdrill::storage {
namespace {

constexpr const char* kColumns = "SELECT uid, profile_id, bank_id, question_id, content_hash, reviewed_at, response, "
                                 "correct, rating, time_ms, guessed, mode, session_id, instance_seed FROM reviews ";

core::Review readReview(SQLite::Statement& row)
{
    core::Review r;
    r.uid = row.getColumn(0).getString();
    r.profileId = row.getColumn(1).getInt64();
    r.bankId = row.getColumn(2).getString();
    r.questionId = row.getColumn(3).getString();
    r.contentHash = std::strtoull(row.getColumn(4).getString().c_str(), nullptr, 16);
    r.at = core::Timestamp{std::chrono::milliseconds{row.getColumn(5).getInt64()}};
    r.response = row.getColumn(6).getString();
    r.correct = row.getColumn(7).getInt() != 0;
    r.rating = row.getColumn(8).getInt();
    r.timeMs = row.getColumn(9).getInt64();
    r.guessed = row.getColumn(10).getInt() != 0;
    r.mode = static_cast<core::StudyMode>(row.getColumn(11).getInt());
    if (!row.getColumn(12).isNull())
        r.sessionId = row.getColumn(12).getInt64();
    if (!row.getColumn(13).isNull())
        r.instanceSeed = static_cast<std::uint64_t>(row.getColumn(13).getInt64());
    return r;
}

} // namespace

SqliteReviewLog::SqliteReviewLog(Database& db)
    : m_db(db)
{
}

std::string SqliteReviewLog::insert(Database& db, core::Review& r)
{
    if (r.uid.empty())
        r.uid = newUid();
    auto& q = db.statement("INSERT INTO reviews (uid, profile_id, bank_id, question_id, content_hash, reviewed_at, "
                           "response, correct, rating, time_ms, guessed, mode, session_id, instance_seed) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, r.uid);
    q.bind(2, r.profileId);
    q.bind(3, r.bankId);
    q.bind(4, r.questionId);
    q.bind(5, core::hashToHex(r.contentHash));
    q.bind(6, static_cast<std::int64_t>(r.at.time_since_epoch().count()));
    q.bind(7, r.response);
    q.bind(8, r.correct ? 1 : 0);
    q.bind(9, r.rating);
    q.bind(10, r.timeMs);
    q.bind(11, r.guessed ? 1 : 0);
    q.bind(12, static_cast<int>(r.mode));
    if (r.sessionId)
        q.bind(13, *r.sessionId);
    else
        q.bind(13);
    if (r.instanceSeed)
        q.bind(14, static_cast<std::int64_t>(*r.instanceSeed));
    else
        q.bind(14);
    q.exec();
    return r.uid;
}

core::Result<std::string> SqliteReviewLog::append(core::Review review)
{
    std::string uid;
    auto done = m_db.transaction([&] { uid = insert(m_db, review); });
    if (!done)
        return tl::unexpected{done.error()};
    return uid;
}

core::Result<std::vector<core::Review>> SqliteReviewLog::reviewsOf(std::int64_t profileId, std::string_view bankId) const
{
    std::vector<core::Review> out;
    auto done = m_db.guard([&] {
        static const std::string all = std::string{kColumns} + "WHERE profile_id = ? ORDER BY reviewed_at, id";
        static const std::string ofBank =
            std::string{kColumns} + "WHERE profile_id = ? AND bank_id = ? ORDER BY reviewed_at, id";
        auto& q = m_db.statement(bankId.empty() ? all.c_str() : ofBank.c_str());
        q.bind(1, profileId);
        if (!bankId.empty())
            q.bind(2, std::string{bankId});
        while (q.executeStep())
            out.push_back(readReview(q));
    });
    if (!done)
        return tl::unexpected{done.error()};
    return out;
}

core::Result<void> SqliteReviewLog::forEachByCard(std::int64_t profileId,
                                                  const std::function<void(const core::Review&)>& visit) const
{
    return m_db.guard([&] {
        SQLite::Statement q{m_db.sqlite(), std::string{kColumns} +
                                               "WHERE profile_id = ? ORDER BY bank_id, question_id, reviewed_at, id"};
        q.bind(1, profileId);
        while (q.executeStep())
            visit(readReview(q));
    });
}

core::Result<std::int64_t> SqliteReviewLog::count(std::int64_t profileId) const
{
    std::int64_t n = 0;
    auto done = m_db.guard([&] {
        auto& q = m_db.statement("SELECT count(*) FROM reviews WHERE profile_id = ?");
        q.bind(1, profileId);
        q.executeStep();
        n = q.getColumn(0).getInt64();
    });
    if (!done)
        return tl::unexpected{done.error()};
    return n;
}

core::Result<std::vector<std::chrono::milliseconds>>
SqliteReviewLog::responseTimes(std::int64_t profileId, std::string_view bankId, std::string_view questionId) const
{
    std::vector<std::chrono::milliseconds> out;
    auto done = m_db.guard([&] {
        auto& q = m_db.statement("SELECT time_ms FROM reviews WHERE profile_id = ? AND bank_id = ? AND question_id = ?");
        q.bind(1, profileId);
        q.bind(2, std::string{bankId});
        q.bind(3, std::string{questionId});
        while (q.executeStep())
            out.emplace_back(q.getColumn(0).getInt64());
    });
    if (!done)
        return tl::unexpected{done.error()};
    return out;
}

} // namespace certdrill::storage
