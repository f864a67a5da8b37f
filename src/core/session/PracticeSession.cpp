#include "core/session/PracticeSession.h"

#include "core/scoring/Credit.h"
#include "core/scoring/Response.h"

#include <nlohmann/json.hpp>

namespace certdrill::core {

PracticeSession::PracticeSession(BankPtr bank, SessionRecord record, SessionSettings settings,
                                 const SessionServices& services)
    : SessionBase(std::move(bank), std::move(record), std::move(settings), services)
{
    skipVanished();
}

Result<PracticeSession> PracticeSession::start(BankPtr bank, std::int64_t profileId, SessionPlan plan,
                                               const SessionServices& services)
{
    if (plan.mode == StudyMode::Exam)
        return fail("wrong-mode", "an exam is an ExamSession");
    auto settings = plan.settings;
    auto record = store(*bank, profileId, std::move(plan), services);
    if (!record)
        return tl::unexpected{record.error()};
    return PracticeSession{std::move(bank), std::move(*record), std::move(settings), services};
}

Result<PracticeSession> PracticeSession::resume(BankPtr bank, SessionRecord record, const SessionServices& services)
{
    auto settings = resumable(*bank, record);
    if (!settings)
        return tl::unexpected{settings.error()};
    if (record.mode == StudyMode::Exam)
        return fail("wrong-mode", "the session is an exam");
    PracticeSession session{std::move(bank), std::move(record), std::move(*settings), services};
    if (auto counted = session.countResume(); !counted)
        return tl::unexpected{counted.error()};
    return session;
}

void PracticeSession::skipVanished()
{
    while (m_record.position < m_record.questionOrder.size() &&
           !m_questions.find(m_record.questionOrder[m_record.position]))
        ++m_record.position;
}

const Question& PracticeSession::current() const
{
    return *m_questions.find(m_record.questionOrder.at(m_record.position));
}

void PracticeSession::creditTime(std::int64_t spentMs) { m_currentMs += spentMs; }

SessionAnswer& PracticeSession::row(const std::string& questionId)
{
    for (auto& a : m_record.answers)
        if (a.questionId == questionId)
            return a;
    return m_record.answers.emplace_back(SessionAnswer{questionId, std::nullopt, false, 0, instanceSeedOf(questionId)});
}

Result<AnswerOutcome> PracticeSession::answer(const nlohmann::json& given, Confidence confidence,
                                              std::optional<std::int64_t> timeMs)
{
    if (auto ok = guard(); !ok)
        return tl::unexpected{ok.error()};
    if (done())
        return fail("session-done", "every question has been answered");
    const Question& q = current();
    auto response = parseResponse(q, given);
    if (!response)
        return tl::unexpected{response.error()};
    const auto timeBefore = m_currentMs;
    bookTime(timeMs);
    const auto spent = m_currentMs;
    const auto json = toJson(q, *response).dump();
    const bool correct = isCorrect(q, *response);
    const SessionAnswer saved{q.id, json, false, spent, instanceSeedOf(q.id)};
    const std::size_t next = m_record.position + 1;

    auto logged = logAnswer(q, json, correct, confidence, spent);
    if (!logged) {
        m_currentMs = timeBefore;
        return tl::unexpected{logged.error()};
    }
    AnswerOutcome outcome;
    outcome.questionId = q.id;
    outcome.correct = correct;
    outcome.credit = creditFor(q, *response, m_settings.scoring);
    outcome.rating = static_cast<Rating>(logged->review.rating);
    outcome.memory = logged->memory;
    if (m_record.mode != StudyMode::Quiz)
        outcome.feedback = feedbackFor(q, *response, m_settings.scoring, layoutOf(q).order);
    auto uid = m_services.sessions.commitAnswer(m_record.id, saved, std::move(*logged), next, elapsedMs());
    if (!uid) {
        m_currentMs = timeBefore;
        return tl::unexpected{uid.error()};
    }
    outcome.reviewUid = std::move(*uid);
    row(q.id) = saved;
    m_record.position = next;
    m_record.elapsedMs = elapsedMs();
    m_currentMs = 0;
    skipVanished();
    return outcome;
}

Result<void> PracticeSession::skip(std::optional<std::int64_t> timeMs)
{
    if (auto ok = guard(); !ok)
        return ok;
    if (done())
        return fail("session-done", "every question has been answered");
    bookTime(timeMs);
    const SessionAnswer skipped{current().id, std::nullopt, false, m_currentMs, instanceSeedOf(current().id)};
    if (auto saved = m_services.sessions.saveAnswer(m_record.id, skipped, m_record.position + 1, elapsedMs()); !saved)
        return saved;
    row(skipped.questionId) = skipped;
    ++m_record.position;
    m_record.elapsedMs = elapsedMs();
    m_currentMs = 0;
    skipVanished();
    return {};
}

Result<void> PracticeSession::closeOnTimeUp()
{
    auto outcome = finishNow(true);
    if (!outcome)
        return tl::unexpected{outcome.error()};
    return {};
}

Result<FinishOutcome> PracticeSession::finish()
{
    if (closed())
        return fail("session-closed", "the session is already finished");
    return finishNow(m_timer.expired(monotonic()));
}

Result<FinishOutcome> PracticeSession::finishNow(bool timedOut)
{
    if (m_timer.paused())
        m_timer.resume(monotonic());
    bookTime();
    // A quiz is a test: every question counts. Other modes report what was shown.
    const std::size_t shown = m_record.mode == StudyMode::Quiz ? total() : std::min(total(), m_record.position);
    std::vector<ScoredAnswer> scored;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& id = m_record.questionOrder[i];
        ScoredAnswer s{id, std::nullopt, false, 0, {}};
        for (const auto& a : m_record.answers)
            if (a.questionId == id)
                s = {id, a.response, a.flagged, a.timeMs, {}};
        if (const Question* q = m_questions.find(id))
            s.shownOrder = layoutOf(*q).order;
        scored.push_back(std::move(s));
    }
    auto uids = close(scored, {}, timedOut);
    if (!uids)
        return tl::unexpected{uids.error()};
    return FinishOutcome{m_report->answered, m_report->correct, *m_report, timedOut};
}

} // namespace certdrill::core
