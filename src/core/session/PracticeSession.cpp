#include "core/session/PracticeSession.h"

#include "core/scoring/Response.h"
#include "core/session/SessionPlanner.h"

#include <nlohmann/json.hpp>

namespace certdrill::core {

PracticeSession::PracticeSession(BankPtr bank, SessionRecord record, const PracticeServices& services)
    : m_bank(std::move(bank))
    , m_record(std::move(record))
    , m_services(services)
    , m_shownAt(services.clock.monotonic())
{
    skipVanished();
}

Result<PracticeSession> PracticeSession::start(BankPtr bank, std::int64_t profileId, StudyMode mode, std::size_t count,
                                               std::uint64_t seed, const PracticeServices& services)
{
    SessionRecord record;
    record.profileId = profileId;
    record.bankId = bank->id;
    record.mode = mode;
    record.seed = seed;
    record.questionOrder = planSession(*bank, mode, count, seed);
    record.config = nlohmann::json{{"count", count}}.dump();
    if (record.questionOrder.empty())
        return fail("empty-session", "the bank has no questions to practise");
    auto created = services.sessions.create(std::move(record));
    if (!created)
        return tl::unexpected{created.error()};
    return PracticeSession{std::move(bank), std::move(*created), services};
}

Result<PracticeSession> PracticeSession::resume(BankPtr bank, SessionRecord record, const PracticeServices& services)
{
    if (record.status != SessionStatus::InProgress)
        return fail("session-closed", "the session is already finished");
    if (record.bankId != bank->id)
        return fail("wrong-bank", "the session belongs to bank " + record.bankId);
    return PracticeSession{std::move(bank), std::move(record), services};
}

void PracticeSession::skipVanished()
{
    while (!done() && !m_bank->findQuestion(m_record.questionOrder[m_record.position]))
        ++m_record.position;
}

const Question& PracticeSession::current() const
{
    return *m_bank->findQuestion(m_record.questionOrder.at(m_record.position));
}

std::int64_t PracticeSession::elapsedOnQuestion() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(m_services.clock.monotonic() - m_shownAt).count();
}

Result<LoggedAnswer> PracticeSession::logAnswer(const Question& q, std::string response, bool correct,
                                                Confidence confidence, std::int64_t timeMs) const
{
    LoggedAnswer logged;
    Review& r = logged.review;
    r.profileId = m_record.profileId;
    r.bankId = m_bank->id;
    r.questionId = q.id;
    r.contentHash = q.contentHash;
    r.at = m_services.clock.now();
    r.response = std::move(response);
    r.correct = correct;
    r.guessed = confidence == Confidence::Guessed;
    r.timeMs = timeMs;
    r.mode = m_record.mode;

    const auto times = m_services.log.responseTimes(r.profileId, r.bankId, q.id);
    if (!times)
        return tl::unexpected{times.error()};
    const auto rating = m_services.grading.grade(
        {correct, confidence, std::chrono::milliseconds{timeMs}, medianDuration(*times)});
    r.rating = static_cast<int>(rating);

    const auto memory = m_services.memories.find(r.profileId, r.bankId, q.id);
    if (!memory)
        return tl::unexpected{memory.error()};
    logged.memory = m_services.scheduler.review(memory->value_or(MemoryState{}), r.at, rating).card;
    return logged;
}

Result<AnswerOutcome> PracticeSession::answer(const nlohmann::json& given, Confidence confidence,
                                              std::optional<std::int64_t> timeMs)
{
    if (done())
        return fail("session-done", "every question has been answered");
    const Question& q = current();
    auto response = parseResponse(q, given);
    if (!response)
        return tl::unexpected{response.error()};
    const std::int64_t spent = std::max<std::int64_t>(0, timeMs.value_or(elapsedOnQuestion()));
    const auto json = toJson(q, *response).dump();
    const bool correct = isCorrect(q, *response);
    const SessionAnswer saved{q.id, json, false, spent};
    const std::size_t next = m_record.position + 1;
    const std::int64_t elapsed = m_record.elapsedMs + spent;

    AnswerOutcome outcome{q.id, {}, correct, Rating::Again, std::nullopt};
    if (m_record.mode == StudyMode::Exam) {
        if (auto done = m_services.sessions.saveAnswer(m_record.id, saved, next, elapsed); !done)
            return tl::unexpected{done.error()};
    } else {
        auto logged = logAnswer(q, json, correct, confidence, spent);
        if (!logged)
            return tl::unexpected{logged.error()};
        outcome.rating = static_cast<Rating>(logged->review.rating);
        outcome.memory = logged->memory;
        auto uid = m_services.sessions.commitAnswer(m_record.id, saved, std::move(*logged), next, elapsed);
        if (!uid)
            return tl::unexpected{uid.error()};
        outcome.reviewUid = std::move(*uid);
    }
    m_record.answers.push_back(saved);
    m_record.position = next;
    m_record.elapsedMs = elapsed;
    m_shownAt = m_services.clock.monotonic();
    skipVanished();
    return outcome;
}

Result<void> PracticeSession::skip()
{
    if (done())
        return fail("session-done", "every question has been answered");
    const std::int64_t elapsed = m_record.elapsedMs + elapsedOnQuestion();
    if (auto moved = m_services.sessions.move(m_record.id, m_record.position + 1, elapsed); !moved)
        return moved;
    ++m_record.position;
    m_record.elapsedMs = elapsed;
    m_shownAt = m_services.clock.monotonic();
    skipVanished();
    return {};
}

Result<FinishOutcome> PracticeSession::finish()
{
    FinishOutcome outcome;
    std::vector<LoggedAnswer> logged;
    for (const auto& a : m_record.answers) {
        const Question* q = m_bank->findQuestion(a.questionId);
        if (!q || !a.response)
            continue;
        auto response = parseResponse(*q, nlohmann::json::parse(*a.response));
        const bool correct = response && isCorrect(*q, *response);
        ++outcome.answered;
        outcome.correct += correct ? 1 : 0;
        if (m_record.mode == StudyMode::Exam) {
            auto entry = logAnswer(*q, *a.response, correct, Confidence::Normal, a.timeMs);
            if (!entry)
                return tl::unexpected{entry.error()};
            logged.push_back(std::move(*entry));
        }
    }
    const nlohmann::json result{{"answered", outcome.answered},
                                {"correct", outcome.correct},
                                {"questions", m_record.questionOrder.size()}};
    auto uids = m_services.sessions.finish(m_record.id, SessionStatus::Finished, result.dump(), std::move(logged),
                                           m_record.elapsedMs);
    if (!uids)
        return tl::unexpected{uids.error()};
    outcome.reviewUids = std::move(*uids);
    m_record.status = SessionStatus::Finished;
    return outcome;
}

} // namespace certdrill::core
