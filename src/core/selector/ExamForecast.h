#pragma once

#include "core/selector/BankIndex.h"
#include "core/srs/DayRule.h"
#include "core/srs/Scheduler.h"

#include <chrono>
#include <span>

namespace certdrill::core {

/// The expected exam score and how much one answer raises it, from the memory model.
///
/// The exam draws each domain's share of its questions (its blueprint weight w_d) uniformly from
/// the domain's n_d questions, so the expected fraction answered correctly is
///
///     E = Σ_d w_d · (1/n_d) · Σ_{q in d} p_q
///
/// where p_q is the question's predicted recall on the exam day: the scheduler's retrievability
/// at the start of that day (whole days counted by the day rule) for a studied question, and a
/// prior (`priorRecall`: prior knowledge and guessing) for a question never studied. Each question
/// is worth v_q = w_d / n_d of the score.
class ExamForecast {
public:
    /// `scheduler` and `index` must outlive the forecast.
    ExamForecast(const BankIndex& index, const Scheduler& scheduler, const DayRule& dayRule,
                 std::chrono::sys_days examDate, double priorRecall);

    /// The start of the exam day and of the day before it (the eve), under the day rule.
    [[nodiscard]] Timestamp examDay() const { return m_examDay; }
    [[nodiscard]] Timestamp eve() const { return m_eve; }

    /// p_q: the predicted recall on the exam day of a question with this memory (the prior when new).
    [[nodiscard]] double recallAtExam(const MemoryState& memory) const;

    /// The expected recall on the exam day if the question is answered at `now` (and not again):
    /// it is recalled with probability r (R(now); the prior for a new question) and rated Good,
    /// else Again: r · p(after Good) + (1 − r) · p(after Again).
    [[nodiscard]] double recallAfterAnswer(const MemoryState& memory, Timestamp now) const;

    /// v_q · (recallAfterAnswer − recallAtExam): the rise of E from answering question `q` now.
    [[nodiscard]] double gain(std::uint32_t question, const MemoryState& memory, Timestamp now) const;

    /// E for the memory of every question of the bank (indexed like the bank's questions).
    [[nodiscard]] double expectedScore(std::span<const MemoryState> memories) const;

private:
    const BankIndex& m_index;
    const Scheduler& m_scheduler;
    Timestamp m_examDay;
    Timestamp m_eve;
    double m_prior;
};

/// The start of day number `day` under a day rule (the instant whose `dayNumber` first is `day`).
[[nodiscard]] Timestamp startOfDay(const DayRule& rule, std::int64_t day);

} // namespace certdrill::core
