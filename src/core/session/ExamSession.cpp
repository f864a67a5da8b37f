#include "core/session/ExamSession.h"

#include "core/scoring/Response.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace certdrill::core {
namespace {

std::vector<std::string> scenariosOf(const SessionQuestions& questions, const std::vector<std::string>& order)
{
    std::vector<std::string> scenarios;
    for (const auto& id : order) {
        const Question* q = questions.find(id);
        scenarios.push_back(q ? q->scenario : std::string{});
    }
    return scenarios;
}

} // namespace

ExamSession::ExamSession(BankPtr bank, SessionRecord record, SessionSettings settings, const SessionServices& services)
    : SessionBase(std::move(bank), std::move(record), std::move(settings), services)
    , m_navigator(m_settings.navigation, scenariosOf(m_questions, m_record.questionOrder))
{
    std::unordered_map<std::string, const SessionAnswer*> saved;
    for (const auto& a : m_record.answers)
        saved.emplace(a.questionId, &a);
    for (const auto& id : m_record.questionOrder) {
        const auto it = saved.find(id);
        m_answers.push_back(it != saved.end() ? *it->second : SessionAnswer{id, std::nullopt, false, 0, std::nullopt});
        m_answers.back().instanceSeed = instanceSeedOf(id); // saved with every step, for history
    }
    m_position = std::min(m_record.position, m_answers.empty() ? 0 : m_answers.size() - 1);
}

Result<ExamSession> ExamSession::start(BankPtr bank, std::int64_t profileId, SessionPlan plan,
                                       const SessionServices& services)
{
    if (plan.mode != StudyMode::Exam)
        return fail("wrong-mode", "an exam session needs an exam plan");
    auto settings = plan.settings;
    auto record = store(*bank, profileId, std::move(plan), services);
    if (!record)
        return tl::unexpected{record.error()};
    return ExamSession{std::move(bank), std::move(*record), std::move(settings), services};
}

Result<ExamSession> ExamSession::resume(BankPtr bank, SessionRecord record, const SessionServices& services)
{
    auto settings = resumable(*bank, record);
    if (!settings)
        return tl::unexpected{settings.error()};
    if (record.mode != StudyMode::Exam)
        return fail("wrong-mode", "the session is not an exam");
    ExamSession exam{std::move(bank), std::move(record), std::move(*settings), services};
    std::string gone;
    for (const auto& id : exam.m_record.questionOrder)
        if (!exam.m_questions.find(id))
            gone += (gone.empty() ? "" : ", ") + id;
    if (!gone.empty())
        return fail("bank-changed", "the bank changed since this exam began (" + gone + " are gone); it cannot continue");
    if (auto counted = exam.countResume(); !counted)
        return tl::unexpected{counted.error()};
    return exam;
}

const Question& ExamSession::questionAt(std::size_t index) const
{
    return *m_questions.find(m_answers.at(index).questionId);
}

void ExamSession::creditTime(std::int64_t spentMs) { m_answers.at(m_position).timeMs += spentMs; }

Result<void> ExamSession::save(std::size_t to)
{
    if (auto saved = m_services.sessions.saveAnswer(m_record.id, m_answers.at(m_position), to, elapsedMs()); !saved)
        return saved;
    m_position = to;
    m_record.position = to;
    m_record.elapsedMs = elapsedMs();
    return {};
}

bool ExamSession::nextLeavesUnanswered() const
{
    if (m_position + 1 >= total() || !m_navigator.locksBlock(m_position, m_position + 1))
        return false;
    for (auto i = m_navigator.blockBegin(m_position); i < m_navigator.blockEnd(m_position); ++i)
        if (!m_answers[i].response)
            return true;
    return false;
}

Result<void> ExamSession::answer(const nlohmann::json& given, std::optional<std::int64_t> timeMs)
{
    if (auto ok = guard(); !ok)
        return ok;
    const Question& q = current();
    auto response = parseResponse(q, given);
    if (!response)
        return tl::unexpected{response.error()};
    const auto before = m_answers[m_position];
    bookTime(timeMs);
    m_answers[m_position].response = toJson(q, *response).dump();
    if (auto saved = save(m_position); !saved) {
        m_answers[m_position] = before;
        return saved;
    }
    return {};
}

Result<void> ExamSession::clearAnswer()
{
    if (auto ok = guard(); !ok)
        return ok;
    const auto before = m_answers[m_position];
    bookTime();
    m_answers[m_position].response.reset();
    if (auto saved = save(m_position); !saved) {
        m_answers[m_position] = before;
        return saved;
    }
    return {};
}

Result<void> ExamSession::goTo(std::size_t index, std::optional<std::int64_t> timeMs)
{
    if (auto ok = guard(); !ok)
        return ok;
    if (index >= total())
        return fail("no-such-question", "there is no question " + std::to_string(index + 1) + " (the exam has " +
                                            std::to_string(total()) + ")");
    if (!canGoTo(index))
        return fail("not-allowed", m_navigator.navigation() == Navigation::ForwardOnly
                                       ? "this exam moves forward only: earlier questions cannot be seen again"
                                       : "that question cannot be reached from here");
    bookTime(timeMs);
    return save(index);
}

Result<void> ExamSession::next(std::optional<std::int64_t> timeMs)
{
    if (m_position + 1 >= total()) {
        if (auto ok = guard(); !ok)
            return ok;
        return fail("at-end", "this is the last question: submit the exam to finish");
    }
    return goTo(m_position + 1, timeMs);
}

Result<void> ExamSession::previous()
{
    if (m_position == 0) {
        if (auto ok = guard(); !ok)
            return ok;
        return fail("at-start", "this is the first question");
    }
    return goTo(m_position - 1);
}

Result<void> ExamSession::setFlag(bool flagged)
{
    if (auto ok = guard(); !ok)
        return ok;
    if (!m_navigator.canFlag())
        return fail("not-allowed", "this exam has no flags (forward-only navigation)");
    const auto before = m_answers[m_position];
    bookTime();
    m_answers[m_position].flagged = flagged;
    if (auto saved = save(m_position); !saved) {
        m_answers[m_position] = before;
        return saved;
    }
    return {};
}

Result<ReviewScreen> ExamSession::reviewScreen() const
{
    if (closed())
        return fail("session-closed", "the session is already finished");
    if (!m_navigator.hasReviewScreen())
        return fail("not-allowed", "this exam has no review screen (forward-only navigation)");
    ReviewScreen screen;
    for (std::size_t i = 0; i < m_answers.size(); ++i) {
        const auto& a = m_answers[i];
        screen.entries.push_back({i, a.questionId, questionAt(i).scenario, a.response.has_value(), a.flagged, i == m_position});
        (a.response ? screen.answered : screen.unanswered) += 1;
        screen.flagged += a.flagged ? 1U : 0U;
    }
    return screen;
}

Result<void> ExamSession::closeOnTimeUp()
{
    auto outcome = submitNow(true);
    if (!outcome)
        return tl::unexpected{outcome.error()};
    return {};
}

Result<ExamOutcome> ExamSession::submit()
{
    if (closed())
        return fail("session-closed", "the exam is already submitted");
    const bool timedOut = m_timer.expired(monotonic());
    return submitNow(timedOut);
}

Result<ExamOutcome> ExamSession::submitNow(bool timedOut)
{
    if (m_timer.paused())
        m_timer.resume(monotonic()); // submitting from a pause: the pause ends here
    bookTime();
    std::vector<ScoredAnswer> scored;
    std::vector<LoggedAnswer> logged;
    for (std::size_t i = 0; i < m_answers.size(); ++i) {
        const auto& a = m_answers[i];
        const Question& q = questionAt(i);
        scored.push_back({a.questionId, a.response, a.flagged, a.timeMs, layoutOf(q).order});
        if (!a.response)
            continue; // not answered: nothing to log
        const auto response = parseResponse(q, nlohmann::json::parse(*a.response, nullptr, false));
        auto entry = logAnswer(q, *a.response, response && isCorrect(q, *response), Confidence::Normal, a.timeMs);
        if (!entry)
            return tl::unexpected{entry.error()};
        logged.push_back(std::move(*entry));
    }
    auto uids = close(scored, std::move(logged), timedOut);
    if (!uids)
        return tl::unexpected{uids.error()};
    return ExamOutcome{*m_report, std::move(*uids), timedOut};
}

} // namespace certdrill::core
