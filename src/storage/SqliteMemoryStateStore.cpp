#include "storage/SqliteMemoryStateStore.h"

#include "core/srs/Replay.h"
#include "core/srs/Scheduler.h"

namespace certdrill::storage {
namespace {

std::int64_t ms(core::Timestamp t) { return t.time_since_epoch().count(); }
core::Timestamp at(std::int64_t value) { return core::Timestamp{std::chrono::milliseconds{value}}; }

constexpr const char* kColumns =
    "state, stability, difficulty, due, last_review, scheduled_days, learning_step, reps, lapses, ease, streak";

core::MemoryState readMemory(SQLite::Statement& row, int first)
{
    core::MemoryState m;
    m.state = static_cast<core::CardState>(row.getColumn(first).getInt());
    m.stability = row.getColumn(first + 1).getDouble();
    m.difficulty = row.getColumn(first + 2).getDouble();
    m.due = at(row.getColumn(first + 3).getInt64());
    m.lastReview = at(row.getColumn(first + 4).getInt64());
    m.scheduledDays = row.getColumn(first + 5).getInt();
    m.learningStep = row.getColumn(first + 6).getInt();
    m.reps = row.getColumn(first + 7).getInt();
    m.lapses = row.getColumn(first + 8).getInt();
    m.ease = row.getColumn(first + 9).getDouble();
    m.streak = row.getColumn(first + 10).getInt();
    return m;
}

} // namespace

SqliteMemoryStateStore::SqliteMemoryStateStore(Database& db)
    : m_db(db)
{
}

void SqliteMemoryStateStore::write(Database& db, std::int64_t profileId, const std::string& bankId,
                                   const std::string& questionId, const core::MemoryState& m, bool replace)
{
    auto& q = replace ? db.statement("INSERT OR REPLACE INTO memory_states (profile_id, bank_id, question_id, state, "
                                     "stability, difficulty, due, last_review, scheduled_days, learning_step, reps, "
                                     "lapses, ease, streak) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      : db.statement("INSERT INTO memory_states (profile_id, bank_id, question_id, state, "
                                     "stability, difficulty, due, last_review, scheduled_days, learning_step, reps, "
                                     "lapses, ease, streak) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, profileId);
    q.bind(2, bankId);
    q.bind(3, questionId);
    q.bind(4, static_cast<int>(m.state));
    q.bind(5, m.stability);
    q.bind(6, m.difficulty);
    q.bind(7, ms(m.due));
    q.bind(8, ms(m.lastReview));
    q.bind(9, m.scheduledDays);
    q.bind(10, m.learningStep);
    q.bind(11, m.reps);
    q.bind(12, m.lapses);
    q.bind(13, m.ease);
    q.bind(14, m.streak);
    q.exec();
}

core::Result<std::optional<core::MemoryState>> SqliteMemoryStateStore::find(std::int64_t profileId,
                                                                            std::string_view bankId,
                                                                            std::string_view questionId) const
{
    std::optional<core::MemoryState> found;
    auto done = m_db.guard([&] {
        static const std::string sql = std::string{"SELECT "} + kColumns +
                                       " FROM memory_states WHERE profile_id = ? AND bank_id = ? AND question_id = ?";
        auto& q = m_db.statement(sql.c_str());
        q.bind(1, profileId);
        q.bind(2, std::string{bankId});
        q.bind(3, std::string{questionId});
        if (q.executeStep())
            found = readMemory(q, 0);
    });
    if (!done)
        return tl::unexpected{done.error()};
    return found;
}

core::Result<std::vector<core::CardMemoryState>> SqliteMemoryStateStore::ofBank(std::int64_t profileId,
                                                                                std::string_view bankId) const
{
    std::vector<core::CardMemoryState> out;
    auto done = m_db.guard([&] {
        static const std::string sql = std::string{"SELECT bank_id, question_id, "} + kColumns +
                                       " FROM memory_states WHERE profile_id = ? AND bank_id = ?";
        auto& q = m_db.statement(sql.c_str());
        q.bind(1, profileId);
        q.bind(2, std::string{bankId});
        while (q.executeStep())
            out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), readMemory(q, 2)});
    });
    if (!done)
        return tl::unexpected{done.error()};
    return out;
}

core::Result<std::size_t> SqliteMemoryStateStore::rebuild(std::int64_t profileId, const core::Scheduler& scheduler)
{
    // Read the log card by card (only what the scheduler needs); keep each card's (bank, question).
    std::vector<core::CardLog> logs;
    std::vector<std::pair<std::string, std::string>> keys;
    auto read = m_db.guard([&] {
        SQLite::Statement q{m_db.sqlite(), "SELECT bank_id, question_id, reviewed_at, rating FROM reviews "
                                           "WHERE profile_id = ? ORDER BY bank_id, question_id, reviewed_at, id"};
        q.bind(1, profileId);
        while (q.executeStep()) {
            const char* bank = q.getColumn(0).getText();
            const char* question = q.getColumn(1).getText();
            if (keys.empty() || keys.back().second != question || keys.back().first != bank) {
                keys.emplace_back(bank, question);
                logs.push_back({});
            }
            logs.back().reviews.push_back({at(q.getColumn(2).getInt64()), static_cast<core::Rating>(q.getColumn(3).getInt())});
        }
    });
    if (!read)
        return tl::unexpected{read.error()};
    const auto states = core::rebuildStates(scheduler, logs);
    auto done = m_db.transaction([&] {
        auto& clear = m_db.statement("DELETE FROM memory_states WHERE profile_id = ?");
        clear.bind(1, profileId);
        clear.exec();
        for (std::size_t i = 0; i < states.size(); ++i)
            write(m_db, profileId, keys[i].first, keys[i].second, states[i].state, false);
    });
    if (!done)
        return tl::unexpected{done.error()};
    return states.size();
}

} // namespace certdrill::storage
