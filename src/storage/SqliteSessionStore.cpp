#include "storage/SqliteSessionStore.h"

#include "storage/SqliteMemoryStateStore.h"
#include "storage/SqliteReviewLog.h"
#include "storage/Uid.h"

#include <nlohmann/json.hpp>

namespace certdrill::storage {
namespace {

std::int64_t ms(core::Timestamp t) { return t.time_since_epoch().count(); }
core::Timestamp at(std::int64_t value) { return core::Timestamp{std::chrono::milliseconds{value}}; }

constexpr const char* kSelect = "SELECT id, uid, profile_id, bank_id, mode, seed, config, question_order, position, "
                                "elapsed_ms, status, started_at, updated_at, finished_at, result, layout, pauses, "
                                "paused_ms, resumes FROM sessions ";
/// The unfinished sessions of a profile in a bank and mode; bound by bindOpenOf.
constexpr const char* kOpenOf = "profile_id = ? AND bank_id = ? AND mode = ? AND status = 0";

void bindOpenOf(SQLite::Statement& q, int first, std::int64_t profileId, std::string_view bankId, core::StudyMode mode)
{
    q.bind(first, profileId);
    q.bind(first + 1, std::string{bankId});
    q.bind(first + 2, static_cast<int>(mode));
}

core::SessionRecord readSession(Database& db, SQLite::Statement& row)
{
    core::SessionRecord s;
    s.id = row.getColumn(0).getInt64();
    s.uid = row.getColumn(1).getString();
    s.profileId = row.getColumn(2).getInt64();
    s.bankId = row.getColumn(3).getString();
    s.mode = static_cast<core::StudyMode>(row.getColumn(4).getInt());
    s.seed = static_cast<std::uint64_t>(row.getColumn(5).getInt64());
    s.config = row.getColumn(6).getString();
    s.questionOrder = nlohmann::json::parse(row.getColumn(7).getString()).get<std::vector<std::string>>();
    s.position = static_cast<std::size_t>(row.getColumn(8).getInt64());
    s.elapsedMs = row.getColumn(9).getInt64();
    s.status = static_cast<core::SessionStatus>(row.getColumn(10).getInt());
    s.startedAt = at(row.getColumn(11).getInt64());
    s.updatedAt = at(row.getColumn(12).getInt64());
    if (!row.getColumn(13).isNull())
        s.finishedAt = at(row.getColumn(13).getInt64());
    if (!row.getColumn(14).isNull())
        s.result = row.getColumn(14).getString();
    if (auto layout = core::layoutFromJson(nlohmann::json::parse(row.getColumn(15).getString())))
        s.layout = std::move(*layout);
    else
        throw std::runtime_error("session " + std::to_string(s.id) + ": " + layout.error().message);
    s.timer.pauses = row.getColumn(16).getInt();
    s.timer.pausedMs = row.getColumn(17).getInt64();
    s.timer.resumes = row.getColumn(18).getInt();

    auto& answers = db.statement("SELECT question_id, response, flagged, time_ms, instance_seed FROM session_answers "
                                 "WHERE session_id = ?");
    answers.bind(1, s.id);
    std::unordered_map<std::string, core::SessionAnswer> byQuestion;
    while (answers.executeStep()) {
        core::SessionAnswer a;
        a.questionId = answers.getColumn(0).getString();
        if (!answers.getColumn(1).isNull())
            a.response = answers.getColumn(1).getString();
        a.flagged = answers.getColumn(2).getInt() != 0;
        a.timeMs = answers.getColumn(3).getInt64();
        if (!answers.getColumn(4).isNull())
            a.instanceSeed = static_cast<std::uint64_t>(answers.getColumn(4).getInt64());
        byQuestion.emplace(a.questionId, std::move(a));
    }
    for (const auto& id : s.questionOrder)
        if (auto it = byQuestion.find(id); it != byQuestion.end())
            s.answers.push_back(std::move(it->second));
    return s;
}

} // namespace

SqliteSessionStore::SqliteSessionStore(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<core::SessionRecord> SqliteSessionStore::create(core::SessionRecord s)
{
    s.uid = newUid();
    s.startedAt = s.updatedAt = m_clock.now();
    auto done = m_db.transaction([&] {
        abandonRows(s.profileId, s.bankId, s.mode, s.startedAt);
        auto& q = m_db.statement("INSERT INTO sessions (uid, profile_id, bank_id, mode, seed, config, question_order, "
                                 "position, elapsed_ms, status, started_at, updated_at, layout, pauses, paused_ms, "
                                 "resumes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, s.uid);
        q.bind(2, s.profileId);
        q.bind(3, s.bankId);
        q.bind(4, static_cast<int>(s.mode));
        q.bind(5, static_cast<std::int64_t>(s.seed));
        q.bind(6, s.config);
        q.bind(7, nlohmann::json(s.questionOrder).dump());
        q.bind(8, static_cast<std::int64_t>(s.position));
        q.bind(9, s.elapsedMs);
        q.bind(10, static_cast<int>(s.status));
        q.bind(11, ms(s.startedAt));
        q.bind(12, ms(s.updatedAt));
        q.bind(13, core::toJson(s.layout).dump());
        q.bind(14, s.timer.pauses);
        q.bind(15, s.timer.pausedMs);
        q.bind(16, s.timer.resumes);
        q.exec();
        s.id = m_db.sqlite().getLastInsertRowid();
    });
    if (!done)
        return tl::unexpected{done.error()};
    return s;
}

core::Result<core::SessionRecord> SqliteSessionStore::load(std::int64_t sessionId) const
{
    std::optional<core::SessionRecord> found;
    auto done = m_db.guard([&] {
        SQLite::Statement q{m_db.sqlite(), std::string{kSelect} + "WHERE id = ?"};
        q.bind(1, sessionId);
        if (q.executeStep())
            found = readSession(m_db, q);
    });
    if (!done)
        return tl::unexpected{done.error()};
    if (!found)
        return core::fail("no-such-session", "there is no session " + std::to_string(sessionId));
    return *found;
}

core::Result<std::optional<core::SessionRecord>> SqliteSessionStore::findOpen(std::int64_t profileId,
                                                                              std::string_view bankId,
                                                                              core::StudyMode mode) const
{
    std::optional<core::SessionRecord> found;
    auto done = m_db.guard([&] {
        SQLite::Statement q{m_db.sqlite(), std::string{kSelect} + "WHERE " + kOpenOf + " ORDER BY id DESC LIMIT 1"};
        bindOpenOf(q, 1, profileId, bankId, mode);
        if (q.executeStep())
            found = readSession(m_db, q);
    });
    if (!done)
        return tl::unexpected{done.error()};
    return found;
}

void SqliteSessionStore::abandonRows(std::int64_t profileId, std::string_view bankId, core::StudyMode mode,
                                     core::Timestamp now)
{
    static const std::string sql = std::string{"UPDATE sessions SET status = ?, finished_at = ?, updated_at = ? "
                                               "WHERE "} + kOpenOf;
    auto& q = m_db.statement(sql.c_str());
    q.bind(1, static_cast<int>(core::SessionStatus::Abandoned));
    q.bind(2, ms(now));
    q.bind(3, ms(now));
    bindOpenOf(q, 4, profileId, bankId, mode);
    q.exec();
}

core::Result<std::vector<core::SessionRecord>> SqliteSessionStore::abandonOpen(std::int64_t profileId,
                                                                               std::string_view bankId,
                                                                               core::StudyMode mode)
{
    std::vector<core::SessionRecord> abandoned;
    auto done = m_db.transaction([&] {
        SQLite::Statement q{m_db.sqlite(), std::string{kSelect} + "WHERE " + kOpenOf + " ORDER BY id"};
        bindOpenOf(q, 1, profileId, bankId, mode);
        while (q.executeStep())
            abandoned.push_back(readSession(m_db, q));
        const auto now = m_clock.now();
        abandonRows(profileId, bankId, mode, now);
        for (auto& s : abandoned) {
            s.status = core::SessionStatus::Abandoned;
            s.finishedAt = s.updatedAt = now;
        }
    });
    if (!done)
        return tl::unexpected{done.error()};
    return abandoned;
}

void SqliteSessionStore::writeAnswer(std::int64_t sessionId, const core::SessionAnswer& a)
{
    auto& q = m_db.statement("INSERT INTO session_answers (session_id, question_id, response, flagged, time_ms, "
                             "updated_at, instance_seed) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, question_id) "
                             "DO UPDATE SET response = excluded.response, flagged = excluded.flagged, "
                             "time_ms = excluded.time_ms, updated_at = excluded.updated_at, "
                             "instance_seed = excluded.instance_seed");
    q.bind(1, sessionId);
    q.bind(2, a.questionId);
    if (a.response)
        q.bind(3, *a.response);
    else
        q.bind(3);
    q.bind(4, a.flagged ? 1 : 0);
    q.bind(5, a.timeMs);
    q.bind(6, ms(m_clock.now()));
    if (a.instanceSeed)
        q.bind(7, static_cast<std::int64_t>(*a.instanceSeed));
    else
        q.bind(7);
    q.exec();
}

void SqliteSessionStore::writePosition(std::int64_t sessionId, std::size_t position, std::int64_t elapsedMs)
{
    auto& q = m_db.statement("UPDATE sessions SET position = ?, elapsed_ms = ?, updated_at = ? "
                             "WHERE id = ? AND status = 0");
    q.bind(1, static_cast<std::int64_t>(position));
    q.bind(2, elapsedMs);
    q.bind(3, ms(m_clock.now()));
    q.bind(4, sessionId);
    if (q.exec() != 1)
        throw std::runtime_error("session " + std::to_string(sessionId) + " is not open");
}

core::Result<void> SqliteSessionStore::saveAnswer(std::int64_t sessionId, const core::SessionAnswer& answer,
                                                  std::size_t position, std::int64_t elapsedMs)
{
    return m_db.transaction([&] {
        writeAnswer(sessionId, answer);
        writePosition(sessionId, position, elapsedMs);
    });
}

core::Result<std::string> SqliteSessionStore::commitAnswer(std::int64_t sessionId, const core::SessionAnswer& answer,
                                                           core::LoggedAnswer logged, std::size_t position,
                                                           std::int64_t elapsedMs)
{
    std::string uid;
    logged.review.sessionId = sessionId;
    auto done = m_db.transaction([&] {
        writeAnswer(sessionId, answer);
        uid = SqliteReviewLog::insert(m_db, logged.review);
        SqliteMemoryStateStore::write(m_db, logged.review.profileId, logged.review.bankId, logged.review.questionId,
                                      logged.memory);
        writePosition(sessionId, position, elapsedMs);
    });
    if (!done)
        return tl::unexpected{done.error()};
    return uid;
}

core::Result<void> SqliteSessionStore::move(std::int64_t sessionId, std::size_t position, std::int64_t elapsedMs)
{
    return m_db.transaction([&] { writePosition(sessionId, position, elapsedMs); });
}

core::Result<void> SqliteSessionStore::saveTimer(std::int64_t sessionId, std::int64_t elapsedMs,
                                                 const core::TimerCounts& timer)
{
    return m_db.transaction([&] {
        auto& q = m_db.statement("UPDATE sessions SET elapsed_ms = ?, pauses = ?, paused_ms = ?, resumes = ?, "
                                 "updated_at = ? WHERE id = ? AND status = 0");
        q.bind(1, elapsedMs);
        q.bind(2, timer.pauses);
        q.bind(3, timer.pausedMs);
        q.bind(4, timer.resumes);
        q.bind(5, ms(m_clock.now()));
        q.bind(6, sessionId);
        if (q.exec() != 1)
            throw std::runtime_error("session " + std::to_string(sessionId) + " is not open");
    });
}

core::Result<std::vector<std::string>> SqliteSessionStore::finish(std::int64_t sessionId, core::SessionStatus status,
                                                                  std::string resultJson,
                                                                  std::vector<core::LoggedAnswer> answers,
                                                                  std::int64_t elapsedMs)
{
    std::vector<std::string> uids;
    auto done = m_db.transaction([&] {
        for (auto& [review, memory] : answers) {
            review.sessionId = sessionId;
            uids.push_back(SqliteReviewLog::insert(m_db, review));
            SqliteMemoryStateStore::write(m_db, review.profileId, review.bankId, review.questionId, memory);
        }
        auto& q = m_db.statement("UPDATE sessions SET status = ?, result = ?, elapsed_ms = ?, finished_at = ?, "
                                 "updated_at = ? WHERE id = ? AND status = 0");
        const auto now = ms(m_clock.now());
        q.bind(1, static_cast<int>(status));
        if (resultJson.empty())
            q.bind(2);
        else
            q.bind(2, resultJson);
        q.bind(3, elapsedMs);
        q.bind(4, now);
        q.bind(5, now);
        q.bind(6, sessionId);
        if (q.exec() != 1)
            throw std::runtime_error("session " + std::to_string(sessionId) + " is not open");
    });
    if (!done)
        return tl::unexpected{done.error()};
    return uids;
}

core::Result<std::vector<core::SessionRecord>> SqliteSessionStore::listFinished(std::int64_t profileId,
                                                                                std::string_view bankId) const
{
    std::vector<core::SessionRecord> out;
    auto done = m_db.guard([&] {
        SQLite::Statement q{m_db.sqlite(), std::string{kSelect} + "WHERE profile_id = ? AND status = 1 AND "
                                                                 "(? = '' OR bank_id = ?) ORDER BY finished_at, id"};
        q.bind(1, profileId);
        q.bind(2, std::string{bankId});
        q.bind(3, std::string{bankId});
        while (q.executeStep())
            out.push_back(readSession(m_db, q));
    });
    if (!done)
        return tl::unexpected{done.error()};
    return out;
}

core::Result<std::vector<std::string>> SqliteSessionStore::flaggedQuestions(std::int64_t profileId,
                                                                         std::string_view bankId) const
{
    std::vector<std::string> out;
    auto done = m_db.guard([&] {
        SQLite::Statement q{m_db.sqlite(), "SELECT DISTINCT a.question_id FROM session_answers a JOIN sessions s "
                                           "ON s.id = a.session_id WHERE s.profile_id = ? AND s.bank_id = ? "
                                           "AND a.flagged = 1 ORDER BY a.question_id"};
        q.bind(1, profileId);
        q.bind(2, std::string{bankId});
        while (q.executeStep())
            out.push_back(q.getColumn(0).getString());
    });
    if (!done)
        return tl::unexpected{done.error()};
    return out;
}

} // namespace certdrill::storage
