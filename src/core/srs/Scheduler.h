#pragma once

#include "core/srs/Fsrs.h"
#include "core/srs/Sm2.h"

#include <cstdint>
#include <variant>

namespace certdrill::core {

/// Which algorithm schedules reviews. Persisted: the numbers never change.
enum class SchedulerKind : std::uint8_t { Fsrs = 0, Sm2 = 1 };

/// The scheduler a profile selected: FSRS-6 (the default) or SM-2, behind one interface so the
/// rest of the app (replay, the selector) does not care which. A value; cheap to share by const&.
class Scheduler {
public:
    explicit Scheduler(Fsrs fsrs) : m_impl(std::move(fsrs)) {}
    explicit Scheduler(Sm2 sm2) : m_impl(std::move(sm2)) {}

    [[nodiscard]] ReviewOutcome review(const MemoryState& card, Timestamp now, Rating rating) const
    {
        return std::visit([&](const auto& s) { return s.review(card, now, rating); }, m_impl);
    }

    [[nodiscard]] double retrievability(const MemoryState& card, Timestamp now) const
    {
        return std::visit([&](const auto& s) { return s.retrievability(card, now); }, m_impl);
    }

    [[nodiscard]] SchedulerKind kind() const
    {
        return std::holds_alternative<Fsrs>(m_impl) ? SchedulerKind::Fsrs : SchedulerKind::Sm2;
    }

    /// The FSRS scheduler, or null when SM-2 is selected.
    [[nodiscard]] const Fsrs* fsrs() const { return std::get_if<Fsrs>(&m_impl); }
    /// The SM-2 scheduler, or null when FSRS is selected.
    [[nodiscard]] const Sm2* sm2() const { return std::get_if<Sm2>(&m_impl); }

private:
    std::variant<Fsrs, Sm2> m_impl;
};

} // namespace certdrill::core
