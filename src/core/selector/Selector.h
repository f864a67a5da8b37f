#pragma once

#include "core/history/MemoryStateStore.h"
#include "core/selector/BankIndex.h"
#include "core/selector/BlueprintQueue.h"
#include "core/selector/ExamForecast.h"
#include "core/selector/Pick.h"
#include "core/selector/SelectorSettings.h"
#include "core/srs/Scheduler.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace certdrill::core {

/// What was due when the selector was built.
struct SelectorCounts {
    std::size_t learning = 0;   ///< in a (re)learning step that has come due
    std::size_t overdue = 0;    ///< reviews due on an earlier day
    std::size_t due = 0;        ///< reviews due today
    std::size_t beforeExam = 0; ///< scheduled after the exam, due now on the exam eve
    std::size_t notDue = 0;     ///< studied, not due yet
    std::size_t studied = 0;    ///< questions with a memory state
    std::size_t unseen = 0;     ///< questions never studied
    std::size_t newToday = 0;   ///< new questions already introduced today
    /// Today's limit of new questions: the setting, raised with an exam date to what introduces
    /// every unseen question before the exam day (⌈(unseen + new today) / days left⌉).
    std::size_t dailyNewLimit = 0;
    std::size_t newAllowed = 0; ///< new questions the limit still allows today (at most `unseen`)

    [[nodiscard]] std::size_t dueNow() const { return learning + overdue + due + beforeExam; }
};

/// The selector (`next question`): which question a candidate practises next.
///
/// 1. Questions in a (re)learning step whose step has come due, then due reviews, the lowest
///    retrievability first, at most `dueCap` per session (learning steps not counted).
/// 2. Then new questions while the daily limit allows, chosen so the studied set tracks the
///    blueprint: the domain furthest below its weight goes next (Tijdeman's rule on the deficits
///    w_d·(S+1) − s_d, with s_d the studied questions of domain d and S all studied: every domain
///    stays within one question of its share), which interleaves the domains; within it the
///    objective with the fewest studied questions, in rotation; within that, the bank index's
///    seeded order.
/// 3. With an exam date: a studied question whose next review falls after the exam eve is due on
///    the eve instead; the daily new limit rises to what introduces every question before the
///    exam; due questions (learning steps included) and new ones compete by how much answering
///    them raises the expected exam score per minute (ExamForecast); when nothing is due and the
///    new limit is reached, reviews are pulled forward: the best gain per minute among the 16
///    soonest due, one answer a day per question.
///
/// Built once per session from the cached memory states (O(n)); every `next` and `record` then
/// costs O(log n). Deterministic: the same inputs and seed give the same picks.
class Selector {
public:
    /// `index` and `scheduler` must outlive the selector. `states` may include other banks'
    /// questions and questions no longer in the bank: they are ignored.
    Selector(const BankIndex& index, const Scheduler& scheduler, std::span<const CardMemoryState> states,
             SelectorSettings settings, Timestamp now);

    /// The next question at `now` (not earlier than the previous call's time), or none when
    /// nothing is due, the daily new limit is reached and no review can be pulled forward.
    /// A question is picked once: it comes back only after `record` gives its new memory.
    [[nodiscard]] std::optional<Pick> next(Timestamp now);

    /// The question was answered: its new memory (from the scheduler). It returns to the pool
    /// and comes back when due (a failed question after its relearning step).
    void record(std::uint32_t question, const MemoryState& memory);

    /// The next `count` questions at the time the selector was built, as if none were answered.
    [[nodiscard]] std::vector<Pick> plan(std::size_t count);

    [[nodiscard]] const SelectorCounts& counts() const { return m_counts; }
    [[nodiscard]] const BankIndex& index() const { return m_index; }
    /// Questions studied per domain (including new ones picked so far), indexed like the index's domains.
    [[nodiscard]] const std::vector<std::uint32_t>& studiedPerDomain() const { return m_blueprint.studiedPerDomain(); }
    /// The exam forecast while an exam date lies ahead, else null.
    [[nodiscard]] const ExamForecast* forecast() const { return m_forecast ? &*m_forecast : nullptr; }
    /// The expected exam score of the current memories (ExamForecast), while an exam date lies ahead.
    [[nodiscard]] std::optional<double> expectedExamScore() const;
    /// The current memory of a question (a new card when never studied).
    [[nodiscard]] const MemoryState& memory(std::uint32_t question) const { return m_memory[question]; }
    /// When the next question not yet due becomes due, if any.
    [[nodiscard]] std::optional<Timestamp> nextDueAt();

private:
    struct Entry {
        double key = 0.0;        ///< due: lower goes first; waiting: the time it becomes due (ms)
        std::uint64_t tie = 0;   ///< seeded tie-break
        std::uint32_t question = 0;
        std::uint32_t version = 0;
    };
    struct Card {
        std::uint32_t version = 0;
        bool introduced = false; ///< counted against today's new limit by this selector
    };
    /// Why a studied question is (or is not yet) due, and since when.
    struct Timing {
        PickReason reason = PickReason::Ahead;
        Timestamp due{};             ///< its due time, or the exam eve when that comes first
        std::int32_t daysOverdue = 0;
    };

    [[nodiscard]] Timestamp becomesDue(const MemoryState& memory) const;
    [[nodiscard]] bool inStep(std::uint32_t question) const;
    [[nodiscard]] Entry dueEntry(std::uint32_t question, Timestamp now) const;
    void schedule(std::uint32_t question, Timestamp now);
    void matureUntil(Timestamp now);
    [[nodiscard]] std::optional<Entry> topDue();
    [[nodiscard]] std::optional<std::uint32_t> nextNew();
    [[nodiscard]] std::optional<Pick> takeDue(Timestamp now);
    [[nodiscard]] Pick takeNew(std::uint32_t question, Timestamp now);
    [[nodiscard]] std::optional<Pick> takeAhead(Timestamp now);
    [[nodiscard]] Timing timing(std::uint32_t question, Timestamp now) const;
    [[nodiscard]] Pick describe(std::uint32_t question, Timestamp now) const;
    [[nodiscard]] bool valid(const Entry& entry) const { return entry.version == m_cards[entry.question].version; }
    [[nodiscard]] double minutes(bool isNew) const;

    const BankIndex& m_index;
    const Scheduler& m_scheduler;
    SelectorSettings m_settings;
    Timestamp m_now;
    std::optional<ExamForecast> m_forecast;
    std::vector<MemoryState> m_memory;
    std::vector<Card> m_cards;
    std::vector<Entry> m_due;     ///< heap: the most urgent on top
    std::vector<Entry> m_waiting; ///< heap: the soonest due on top
    BlueprintQueue m_blueprint;
    std::size_t m_newAllowed = 0;
    std::size_t m_dueTaken = 0;
    SelectorCounts m_counts;
};

} // namespace certdrill::core
