#include "core/session/SessionBase.h"

#include "core/scoring/Response.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace certdrill::core {

SessionBase::SessionBase(BankPtr bank, SessionRecord record, SessionSettings settings, const SessionServices& services)
    : m_bank(std::move(bank))
    , m_record(std::move(record))
    , m_settings(std::move(settings))
    , m_services(services)
    , m_timer(m_settings.timeLimitMs, m_record.elapsedMs, services.clock.monotonic())
    , m_questions(*m_bank, m_record)
{
}

Result<SessionRecord> SessionBase::store(const Bank& bank, std::int64_t profileId, SessionPlan plan,
                                         const SessionServices& services)
{
    if (plan.questions.empty())
        return fail("empty-session", "the session has no questions");
    SessionRecord record;
    record.profileId = profileId;
    record.bankId = bank.id;
    record.mode = plan.mode;
    record.seed = plan.seed;
    record.config = toJson(plan.settings).dump();
    record.questionOrder = std::move(plan.questions);
    record.layout = std::move(plan.layout);
    return services.sessions.create(std::move(record));
}

Result<SessionSettings> SessionBase::resumable(const Bank& bank, const SessionRecord& record)
{
    if (record.status == SessionStatus::Abandoned)
        return fail("session-closed", "the session was abandoned");
    if (record.status != SessionStatus::InProgress)
        return fail("session-closed", "the session is already finished");
    if (record.bankId != bank.id)
        return fail("wrong-bank", "the session belongs to bank " + record.bankId);
    const auto parsed = nlohmann::json::parse(record.config, nullptr, false);
    if (parsed.is_discarded())
        return fail("bad-settings", "the session's settings are not JSON");
    return sessionSettingsFromJson(parsed);
}

Result<void> SessionBase::countResume()
{
    auto counts = m_record.timer;
    ++counts.resumes;
    if (auto saved = m_services.sessions.saveTimer(m_record.id, m_record.elapsedMs, counts); !saved)
        return saved;
    m_record.timer = counts;
    return {};
}

QuestionLayout SessionBase::layoutOf(const Question& question) const { return core::layoutOf(question, m_record.layout); }

TimerStatus SessionBase::timer() const { return m_timer.status(monotonic()); }

std::int64_t SessionBase::elapsedMs() const
{
    const auto elapsed = m_timer.elapsedMs(monotonic());
    return m_settings.timeLimitMs ? std::min(elapsed, *m_settings.timeLimitMs) : elapsed;
}

std::int64_t SessionBase::bookTime(std::optional<std::int64_t> stated)
{
    const auto spent = m_timer.book(monotonic(), stated);
    creditTime(spent);
    return spent;
}

Result<void> SessionBase::guard()
{
    if (closed())
        return fail("session-closed", "the session is already finished");
    if (m_timer.expired(monotonic())) {
        if (auto closedNow = closeOnTimeUp(); !closedNow)
            return closedNow;
        return fail("time-up", "time is up: the session has been submitted");
    }
    if (m_timer.paused())
        return fail("paused", "the session is paused");
    return {};
}

Result<void> SessionBase::pause()
{
    if (!canPause())
        return fail("pause-not-allowed", m_settings.timeLimitMs ? "a strict exam simulation cannot be paused"
                                                                : "an untimed session has nothing to pause");
    if (auto ok = guard(); !ok)
        return ok;
    bookTime();
    m_timer.pause(monotonic());
    auto counts = m_record.timer;
    ++counts.pauses;
    const auto elapsed = elapsedMs();
    if (auto saved = m_services.sessions.saveTimer(m_record.id, elapsed, counts); !saved)
        return saved;
    m_record.timer = counts;
    m_record.elapsedMs = elapsed;
    return {};
}

Result<void> SessionBase::unpause()
{
    if (closed())
        return fail("session-closed", "the session is already finished");
    if (!m_timer.paused())
        return fail("not-paused", "the session is not paused");
    auto counts = m_record.timer;
    counts.pausedMs += m_timer.resume(monotonic());
    if (auto saved = m_services.sessions.saveTimer(m_record.id, m_record.elapsedMs, counts); !saved)
        return saved;
    m_record.timer = counts;
    return {};
}

std::vector<TimerEvent> SessionBase::pollTimer()
{
    if (closed())
        return {};
    auto events = m_timer.poll(monotonic());
    if (m_timer.expired(monotonic())) {
        if (std::find(events.begin(), events.end(), TimerEvent::TimeUp) == events.end())
            events.push_back(TimerEvent::TimeUp);
        (void)closeOnTimeUp(); // a storage failure leaves the session open: the next step retries
    }
    return events;
}

Result<LoggedAnswer> SessionBase::logAnswer(const Question& q, std::string response, bool correct,
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
    r.instanceSeed = instanceSeedOf(q.id); // memory stays with the entry: one per skill, not per instance

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

Result<std::vector<std::string>> SessionBase::close(const std::vector<ScoredAnswer>& answers,
                                                    std::vector<LoggedAnswer> logged, bool timedOut)
{
    SessionFacts facts;
    facts.mode = m_record.mode;
    facts.seed = m_record.seed;
    facts.practice = m_settings.practice;
    facts.elapsedMs = elapsedMs();
    facts.timeLimitMs = m_settings.timeLimitMs;
    facts.timedOut = timedOut;
    facts.pauses = m_record.timer.pauses;
    facts.pausedMs = m_record.timer.pausedMs;
    facts.resumes = m_record.timer.resumes;
    facts.startedAt = m_record.startedAt;
    facts.finishedAt = m_services.clock.now();
    // Generated questions are scored as shown: a bank with the session's questions stands in.
    const auto shown = m_questions.hasGenerated() ? std::optional<Bank>{m_questions.shownBank(*m_bank)} : std::nullopt;
    auto report = buildReport(shown ? *shown : *m_bank, answers, m_settings.scoring, facts);
    report.notes.insert(report.notes.begin(), m_settings.warnings.begin(), m_settings.warnings.end());
    auto stored = toJson(report).dump();
    auto uids = m_services.sessions.finish(m_record.id, SessionStatus::Finished, stored,
                                           std::move(logged), facts.elapsedMs);
    if (!uids)
        return tl::unexpected{uids.error()};
    m_record.status = SessionStatus::Finished;
    m_record.elapsedMs = facts.elapsedMs;
    m_record.finishedAt = facts.finishedAt;
    m_record.result = std::move(stored);
    m_report = std::move(report);
    m_closingReviews = *uids;
    return uids;
}

} // namespace certdrill::core
