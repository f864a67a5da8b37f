#include "core/selector/ExamForecast.h"

namespace certdrill::core {

Timestamp startOfDay(const DayRule& rule, std::int64_t day)
{
    const std::chrono::milliseconds shift = rule.utcOffset() - rule.rolloverHour();
    return Timestamp{std::chrono::days{day}} - shift;
}

ExamForecast::ExamForecast(const BankIndex& index, const Scheduler& scheduler, const DayRule& dayRule,
                           std::chrono::sys_days examDate, double priorRecall)
    : m_index(index), m_scheduler(scheduler),
      m_examDay(startOfDay(dayRule, examDate.time_since_epoch().count())),
      m_eve(startOfDay(dayRule, examDate.time_since_epoch().count() - 1)), m_prior(priorRecall)
{
}

double ExamForecast::recallAtExam(const MemoryState& memory) const
{
    if (memory.state == CardState::New)
        return m_prior;
    return m_scheduler.retrievability(memory, m_examDay);
}

double ExamForecast::recallAfterAnswer(const MemoryState& memory, Timestamp now) const
{
    const Timestamp at = std::min(now, m_examDay);
    const double good = m_scheduler.retrievability(m_scheduler.review(memory, at, Rating::Good).card, m_examDay);
    if (memory.state == CardState::New)
        return good;
    const double r = m_scheduler.retrievability(memory, at);
    const double again = m_scheduler.retrievability(m_scheduler.review(memory, at, Rating::Again).card, m_examDay);
    return r * good + (1.0 - r) * again;
}

double ExamForecast::gain(std::uint32_t question, const MemoryState& memory, Timestamp now) const
{
    return m_index.questionValue(question) * (recallAfterAnswer(memory, now) - recallAtExam(memory));
}

double ExamForecast::expectedScore(std::span<const MemoryState> memories) const
{
    double score = 0.0;
    for (std::uint32_t q = 0; q < memories.size(); ++q)
        score += m_index.questionValue(q) * recallAtExam(memories[q]);
    return score;
}

} // namespace certdrill::core
