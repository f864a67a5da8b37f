#include "core/session/PracticeSession.h"

#include "core/scoring/Response.h"
#include "core/session/SessionPlanner.h"

#include <nlohmann/json.hpp>

namespace certdrill::core {

int defaultRating(bool correct, bool guessed) { return !correct ? 1 : (guessed ? 2 : 3); }

PracticeSession::PracticeSession(BankPtr bank, SessionRecord record, SessionStore& store, const Clock& clock)
    : m_bank(std::move(bank))
    , m_record(std::move(record))
    , m_store(&store)
    , m_clock(&clock)
    , m_shownAt(clock.monotonic())
{
    skipVanished();
}

Result<PracticeSession> PracticeSession::start(BankPtr bank, std::int64_t profileId, StudyMode mode, std::size_t count,
                                               std::uint64_t seed, SessionStore& store, const Clock& clock)
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
    auto created = store.create(std::move(record));
    if (!created)
        return tl::unexpected{created.error()};
    return PracticeSession{std::move(bank), std::move(*created), store, clock};
}

Result<PracticeSession> PracticeSession::resume(BankPtr bank, SessionRecord record, SessionStore& store,
                                                const Clock& clock)
{
    if (record.status != SessionStatus::InProgress)
        return fail("session-closed", "the session is already finished");
    if (record.bankId != bank->id)
        return fail("wrong-bank", "the session belongs to bank " + record.bankId);
    return PracticeSession{std::move(bank), std::move(record), store, clock};
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
    return std::chrono::duration_cast<std::chrono::milliseconds>(m_clock->monotonic() - m_shownAt).count();
}

Review PracticeSession::makeReview(const Question& q, std::string response, bool correct, bool guessed,
                                   std::int64_t timeMs) const
{
    Review r;
    r.profileId = m_record.profileId;
    r.bankId = m_bank->id;
    r.questionId = q.id;
    r.contentHash = q.contentHash;
    r.at = m_clock->now();
    r.response = std::move(response);
    r.correct = correct;
    r.guessed = guessed;
    r.rating = defaultRating(correct, guessed);
    r.timeMs = timeMs;
    r.mode = m_record.mode;
    return r;
}

Result<AnswerOutcome> PracticeSession::answer(const nlohmann::json& given, bool guessed,
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

    AnswerOutcome outcome{q.id, {}, correct, defaultRating(correct, guessed)};
    if (m_record.mode == StudyMode::Exam) {
        if (auto done = m_store->saveAnswer(m_record.id, saved, next, elapsed); !done)
            return tl::unexpected{done.error()};
    } else {
        auto uid = m_store->commitAnswer(m_record.id, saved, makeReview(q, json, correct, guessed, spent), next, elapsed);
        if (!uid)
            return tl::unexpected{uid.error()};
        outcome.reviewUid = std::move(*uid);
    }
    m_record.answers.push_back(saved);
    m_record.position = next;
    m_record.elapsedMs = elapsed;
    m_shownAt = m_clock->monotonic();
    skipVanished();
    return outcome;
}

Result<void> PracticeSession::skip()
{
    if (done())
        return fail("session-done", "every question has been answered");
    const std::int64_t elapsed = m_record.elapsedMs + elapsedOnQuestion();
    if (auto moved = m_store->move(m_record.id, m_record.position + 1, elapsed); !moved)
        return moved;
    ++m_record.position;
    m_record.elapsedMs = elapsed;
    m_shownAt = m_clock->monotonic();
    skipVanished();
    return {};
}

Result<FinishOutcome> PracticeSession::finish()
{
    FinishOutcome outcome;
    std::vector<Review> reviews;
    for (const auto& a : m_record.answers) {
        const Question* q = m_bank->findQuestion(a.questionId);
        if (!q || !a.response)
            continue;
        auto response = parseResponse(*q, nlohmann::json::parse(*a.response));
        const bool correct = response && isCorrect(*q, *response);
        ++outcome.answered;
        outcome.correct += correct ? 1 : 0;
        if (m_record.mode == StudyMode::Exam)
            reviews.push_back(makeReview(*q, *a.response, correct, false, a.timeMs));
    }
    const nlohmann::json result{{"answered", outcome.answered},
                                {"correct", outcome.correct},
                                {"questions", m_record.questionOrder.size()}};
    auto uids = m_store->finish(m_record.id, SessionStatus::Finished, result.dump(), std::move(reviews),
                                m_record.elapsedMs);
    if (!uids)
        return tl::unexpected{uids.error()};
    outcome.reviewUids = std::move(*uids);
    m_record.status = SessionStatus::Finished;
    return outcome;
}

} // namespace certdrill::core
