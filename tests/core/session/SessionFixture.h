#pragma once

// In-memory stores and a fixed clock for session tests: the same contracts as the SQLite ones
// (each call one step), without a database.
#include "TestFiles.h"
#include "core/bank/BankParser.h"
#include "core/common/Time.h"
#include "core/session/SessionServices.h"
#include "core/srs/Fsrs.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace certdrill::test {

class MemorySessionStore final : public core::SessionStore {
public:
    explicit MemorySessionStore(const core::Clock& clock, std::vector<core::Review>& log,
                                std::map<std::string, core::MemoryState>& states)
        : m_clock(clock), m_log(log), m_states(states)
    {
    }

    core::Result<core::SessionRecord> create(core::SessionRecord s) override
    {
        (void)abandonOpen(s.profileId, s.bankId, s.mode);
        s.id = static_cast<std::int64_t>(sessions.size()) + 1;
        s.uid = "session-" + std::to_string(s.id);
        s.startedAt = s.updatedAt = m_clock.now();
        sessions[s.id] = s;
        return s;
    }
    core::Result<core::SessionRecord> load(std::int64_t id) const override
    {
        const auto it = sessions.find(id);
        if (it == sessions.end())
            return core::fail("no-such-session", "no session");
        return it->second;
    }
    core::Result<std::optional<core::SessionRecord>> findOpen(std::int64_t profileId, std::string_view bankId,
                                                              core::StudyMode mode) const override
    {
        std::optional<core::SessionRecord> found;
        for (const auto& [id, s] : sessions)
            if (openOf(s, profileId, bankId, mode))
                found = s;
        return found;
    }
    core::Result<std::vector<core::SessionRecord>> abandonOpen(std::int64_t profileId, std::string_view bankId,
                                                               core::StudyMode mode) override
    {
        std::vector<core::SessionRecord> abandoned;
        for (auto& [id, s] : sessions)
            if (openOf(s, profileId, bankId, mode)) {
                s.status = core::SessionStatus::Abandoned;
                s.finishedAt = s.updatedAt = m_clock.now();
                abandoned.push_back(s);
            }
        return abandoned;
    }
    core::Result<void> saveAnswer(std::int64_t id, const core::SessionAnswer& a, std::size_t position,
                                  std::int64_t elapsedMs) override
    {
        if (auto ok = open(id); !ok)
            return ok;
        write(id, a);
        return move(id, position, elapsedMs);
    }
    core::Result<std::string> commitAnswer(std::int64_t id, const core::SessionAnswer& a, core::LoggedAnswer logged,
                                           std::size_t position, std::int64_t elapsedMs) override
    {
        if (auto ok = open(id); !ok)
            return tl::unexpected{ok.error()};
        write(id, a);
        auto uid = append(id, std::move(logged));
        (void)move(id, position, elapsedMs);
        return uid;
    }
    core::Result<void> move(std::int64_t id, std::size_t position, std::int64_t elapsedMs) override
    {
        if (auto ok = open(id); !ok)
            return ok;
        sessions[id].position = position;
        sessions[id].elapsedMs = elapsedMs;
        ++steps;
        return {};
    }
    core::Result<void> saveTimer(std::int64_t id, std::int64_t elapsedMs, const core::TimerCounts& timer) override
    {
        if (auto ok = open(id); !ok)
            return ok;
        sessions[id].elapsedMs = elapsedMs;
        sessions[id].timer = timer;
        return {};
    }
    core::Result<std::vector<std::string>> finish(std::int64_t id, core::SessionStatus status, std::string result,
                                                  std::vector<core::LoggedAnswer> answers, std::int64_t elapsedMs) override
    {
        if (auto ok = open(id); !ok)
            return tl::unexpected{ok.error()};
        std::vector<std::string> uids;
        for (auto& a : answers)
            uids.push_back(append(id, std::move(a)));
        auto& s = sessions[id];
        s.status = status;
        s.result = std::move(result);
        s.elapsedMs = elapsedMs;
        s.finishedAt = m_clock.now();
        return uids;
    }
    core::Result<std::vector<core::SessionRecord>> listFinished(std::int64_t profileId, std::string_view bankId) const override
    {
        std::vector<core::SessionRecord> out;
        for (const auto& [id, s] : sessions)
            if (s.profileId == profileId && s.status == core::SessionStatus::Finished && (bankId.empty() || s.bankId == bankId))
                out.push_back(s);
        return out;
    }
    core::Result<std::vector<std::string>> flaggedQuestions(std::int64_t profileId, std::string_view bankId) const override
    {
        std::vector<std::string> out;
        for (const auto& [id, s] : sessions)
            if (s.profileId == profileId && s.bankId == bankId)
                for (const auto& a : s.answers)
                    if (a.flagged)
                        out.push_back(a.questionId);
        return out;
    }

    std::map<std::int64_t, core::SessionRecord> sessions;
    std::size_t steps = 0; ///< saved moves, to check each step reaches the store

private:
    static bool openOf(const core::SessionRecord& s, std::int64_t profileId, std::string_view bankId,
                       core::StudyMode mode)
    {
        return s.profileId == profileId && s.bankId == bankId && s.mode == mode &&
               s.status == core::SessionStatus::InProgress;
    }
    core::Result<void> open(std::int64_t id) const
    {
        const auto it = sessions.find(id);
        if (it == sessions.end() || it->second.status != core::SessionStatus::InProgress)
            return core::fail("closed", "session " + std::to_string(id) + " is not open");
        return {};
    }
    void write(std::int64_t id, const core::SessionAnswer& a)
    {
        auto& answers = sessions[id].answers;
        const auto it = std::find_if(answers.begin(), answers.end(), [&](const auto& x) { return x.questionId == a.questionId; });
        if (it == answers.end())
            answers.push_back(a);
        else
            *it = a;
    }
    std::string append(std::int64_t id, core::LoggedAnswer logged)
    {
        logged.review.uid = "review-" + std::to_string(m_log.size() + 1);
        logged.review.sessionId = id;
        m_states[logged.review.questionId] = logged.memory;
        m_log.push_back(logged.review);
        return logged.review.uid;
    }

    const core::Clock& m_clock;
    std::vector<core::Review>& m_log;
    std::map<std::string, core::MemoryState>& m_states;
};

class MemoryStates final : public core::MemoryStateStore {
public:
    explicit MemoryStates(std::map<std::string, core::MemoryState>& states) : m_states(states) {}
    core::Result<std::optional<core::MemoryState>> find(std::int64_t, std::string_view, std::string_view questionId) const override
    {
        const auto it = m_states.find(std::string{questionId});
        return it == m_states.end() ? std::nullopt : std::optional<core::MemoryState>{it->second};
    }
    core::Result<std::vector<core::CardMemoryState>> ofBank(std::int64_t, std::string_view bankId) const override
    {
        std::vector<core::CardMemoryState> out;
        for (const auto& [id, m] : m_states)
            out.push_back({std::string{bankId}, id, m});
        return out;
    }
    core::Result<std::size_t> rebuild(std::int64_t, const core::Scheduler&) override { return m_states.size(); }

private:
    std::map<std::string, core::MemoryState>& m_states;
};

class MemoryLog final : public core::ReviewLog {
public:
    explicit MemoryLog(std::vector<core::Review>& log) : m_log(log) {}
    core::Result<std::string> append(core::Review) override { return core::fail("unused", "not used by sessions"); }
    core::Result<std::vector<core::Review>> reviewsOf(std::int64_t, std::string_view) const override { return m_log; }
    core::Result<void> forEachByCard(std::int64_t, const std::function<void(const core::Review&)>&) const override { return {}; }
    core::Result<std::int64_t> count(std::int64_t) const override { return static_cast<std::int64_t>(m_log.size()); }
    core::Result<std::vector<std::chrono::milliseconds>> responseTimes(std::int64_t, std::string_view,
                                                                     std::string_view questionId) const override
    {
        std::vector<std::chrono::milliseconds> times;
        for (const auto& r : m_log)
            if (r.questionId == questionId)
                times.emplace_back(r.timeMs);
        return times;
    }

private:
    std::vector<core::Review>& m_log;
};

/// The mini test bank, optionally changed before use.
inline core::BankPtr miniBank(const std::function<void(core::Bank&)>& change = {})
{
    auto parsed = core::parseBank(testData("banks/mini.json"));
    REQUIRE(parsed.bank);
    auto bank = std::make_shared<core::Bank>(*parsed.bank);
    if (change)
        change(*bank);
    return bank;
}

/// A profile's stores, a scheduler and a clock standing still at a known time.
struct SessionFixture {
    core::FixedClock clock{*core::parseIso8601("2026-11-23T09:00:00Z")};
    std::vector<core::Review> log;
    std::map<std::string, core::MemoryState> states;
    MemorySessionStore store{clock, log, states};
    MemoryStates memories{states};
    MemoryLog reviews{log};
    core::Scheduler scheduler{core::Fsrs{core::FsrsParameters{}}};

    core::SessionServices services() { return {store, memories, reviews, scheduler, core::GradingPolicy{}, clock}; }
    void wait(std::chrono::milliseconds ms) { clock.advance(ms); }
};

} // namespace certdrill::test

namespace certdrill::test {

/// The JSON form of the right answer to a question.
inline nlohmann::json rightAnswer(const core::Question& q)
{
    switch (q.type) {
    case core::QuestionType::Single:
    case core::QuestionType::Multiple: {
        nlohmann::json ids = nlohmann::json::array();
        for (const auto& c : q.choices)
            if (c.correct)
                ids.push_back(c.id);
        return q.type == core::QuestionType::Single ? ids[0] : ids;
    }
    case core::QuestionType::Order: return q.sequence;
    case core::QuestionType::Match: {
        nlohmann::json pairs = nlohmann::json::object();
        for (const auto& [l, r] : q.pairs)
            pairs[l] = r;
        return pairs;
    }
    case core::QuestionType::Numeric: return q.numericAnswer;
    case core::QuestionType::Text: return q.accepted.front();
    case core::QuestionType::Generator: break; // sessions answer instances
    }
    return {};
}

/// A well-formed wrong answer.
inline nlohmann::json wrongAnswer(const core::Question& q)
{
    switch (q.type) {
    case core::QuestionType::Single:
        for (const auto& c : q.choices)
            if (!c.correct)
                return c.id;
        break;
    case core::QuestionType::Multiple: {
        nlohmann::json ids = nlohmann::json::array();
        for (const auto& c : q.choices)
            if (!c.correct && ids.size() < q.correctChoiceCount())
                ids.push_back(c.id);
        return ids;
    }
    case core::QuestionType::Order: {
        auto reversed = q.sequence;
        std::reverse(reversed.begin(), reversed.end());
        return reversed;
    }
    case core::QuestionType::Match: {
        nlohmann::json pairs = nlohmann::json::object();
        for (std::size_t i = 0; i < q.left.size(); ++i)
            pairs[q.left[i].id] = q.right[(i + 1) % q.right.size()].id;
        return pairs;
    }
    case core::QuestionType::Numeric: return q.numericAnswer + q.tolerance + 1.0;
    case core::QuestionType::Text: return "certainly not " + q.accepted.front();
    case core::QuestionType::Generator: break;
    }
    return {};
}

} // namespace certdrill::test
