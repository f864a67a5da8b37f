#pragma once
// What a simulated learner studies next: our selector (with or without the exam date), plain FSRS
// due order with random new questions, or random practice.

#include "core/common/Random.h"
#include "core/selector/Selector.h"

#include <memory>
#include <optional>
#include <vector>

namespace certdrill::bench {

/// The app's view of one learner's bank: the memory states the scheduler computed from the answers.
struct AppMemory {
    const core::BankIndex& index;
    const core::Scheduler& scheduler;
    core::DayRule dayRule;
    std::vector<core::MemoryState> memory; ///< per question; a new card when never answered
};

class Strategy {
public:
    virtual ~Strategy() = default;
    /// A study session starts.
    virtual void startSession(const AppMemory& app, core::Timestamp now) = 0;
    /// The next question, or none: the session ends.
    virtual std::optional<std::uint32_t> next(const AppMemory& app, core::Timestamp now) = 0;
    /// The question was answered; `app.memory` holds its new state already.
    virtual void answered(const AppMemory& app, std::uint32_t question) = 0;
};

/// Our selector, rebuilt from the memory states at the start of every session.
class SelectorStrategy final : public Strategy {
public:
    explicit SelectorStrategy(core::SelectorSettings settings) : m_settings(settings) {}

    void startSession(const AppMemory& app, core::Timestamp now) override
    {
        std::vector<core::CardMemoryState> states;
        for (std::uint32_t q = 0; q < app.memory.size(); ++q)
            if (app.memory[q].state != core::CardState::New)
                states.push_back({"", app.index.question(q).id, app.memory[q]});
        m_selector = std::make_unique<core::Selector>(app.index, app.scheduler, states, m_settings, now);
    }
    std::optional<std::uint32_t> next(const AppMemory&, core::Timestamp now) override
    {
        const auto pick = m_selector->next(now);
        return pick ? std::optional{pick->question} : std::nullopt;
    }
    void answered(const AppMemory& app, std::uint32_t question) override
    {
        m_selector->record(question, app.memory[question]);
    }

private:
    core::SelectorSettings m_settings;
    std::unique_ptr<core::Selector> m_selector;
};

/// Plain FSRS: whatever is due, earliest due first (learning steps at their minute, reviews on
/// their day), then new questions in a random order up to the daily limit; nothing else.
class DueOrderStrategy final : public Strategy {
public:
    DueOrderStrategy(std::size_t questions, std::size_t dailyNewLimit, std::uint64_t seed)
        : m_limit(dailyNewLimit)
    {
        for (std::uint32_t q = 0; q < questions; ++q)
            m_newOrder.push_back(q);
        core::Random{seed}.shuffle(m_newOrder);
    }

    void startSession(const AppMemory&, core::Timestamp) override { m_newToday = 0; }
    std::optional<std::uint32_t> next(const AppMemory& app, core::Timestamp now) override
    {
        std::optional<std::uint32_t> best;
        core::Timestamp bestAt{};
        const auto today = app.dayRule.dayNumber(now);
        for (std::uint32_t q = 0; q < app.memory.size(); ++q) {
            const auto& m = app.memory[q];
            if (m.state == core::CardState::New)
                continue;
            const bool step = m.state == core::CardState::Learning || m.state == core::CardState::Relearning;
            const bool due = step ? m.due <= now : app.dayRule.dayNumber(m.due) <= today;
            if (due && (!best || m.due < bestAt)) {
                best = q;
                bestAt = m.due;
            }
        }
        if (best)
            return best;
        while (m_cursor < m_newOrder.size() && app.memory[m_newOrder[m_cursor]].state != core::CardState::New)
            ++m_cursor;
        if (m_newToday >= m_limit || m_cursor == m_newOrder.size())
            return std::nullopt;
        ++m_newToday;
        return m_newOrder[m_cursor];
    }
    void answered(const AppMemory&, std::uint32_t) override {}

private:
    std::vector<std::uint32_t> m_newOrder;
    std::size_t m_cursor = 0;
    std::size_t m_limit;
    std::size_t m_newToday = 0;
};

/// Random practice: any question of the bank, uniformly, as long as there is time.
class RandomStrategy final : public Strategy {
public:
    explicit RandomStrategy(std::uint64_t seed) : m_random(seed) {}

    void startSession(const AppMemory&, core::Timestamp) override {}
    std::optional<std::uint32_t> next(const AppMemory& app, core::Timestamp) override
    {
        return static_cast<std::uint32_t>(m_random.below(app.memory.size()));
    }
    void answered(const AppMemory&, std::uint32_t) override {}

private:
    core::Random m_random;
};

} // namespace certdrill::bench
