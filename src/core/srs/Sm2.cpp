#include "core/srs/Sm2.h"

#include <algorithm>
#include <cmath>

namespace certdrill::core {

Sm2::Sm2(Sm2Parameters parameters, DayRule dayRule) : m_parameters(parameters), m_dayRule(dayRule) {}

ReviewOutcome Sm2::review(const MemoryState& card, Timestamp now, Rating rating) const
{
    ReviewOutcome outcome{card, std::nullopt, 0};
    const bool isNew = card.state == CardState::New;
    if (!isNew) {
        outcome.elapsedDays = std::max(0, m_dayRule.elapsedDays(card.lastReview, now));
        outcome.retrievability = retrievability(card, now);
    }
    MemoryState& next = outcome.card;
    const int q = quality(rating);
    const double ease = isNew ? m_parameters.initialEase : card.ease;
    const double penalty = static_cast<double>(5 - q);
    next.ease = std::max(m_parameters.minimumEase, ease + (0.1 - penalty * (0.08 + penalty * 0.02)));
    std::int32_t interval = m_parameters.firstInterval;
    if (q < 3) {
        next.streak = 0;
        next.state = card.state == CardState::Review || card.state == CardState::Relearning ? CardState::Relearning
                                                                                             : CardState::Learning;
        if (card.state == CardState::Review)
            next.lapses = card.lapses + 1;
    } else {
        next.streak = card.streak + 1;
        if (next.streak == 2)
            interval = m_parameters.secondInterval;
        else if (next.streak > 2)
            interval = static_cast<std::int32_t>(
                std::min(std::ceil(static_cast<double>(card.scheduledDays) * ease),
                         static_cast<double>(m_parameters.maximumInterval)));
        next.state = CardState::Review;
    }
    interval = std::clamp(interval, 1, std::max(1, m_parameters.maximumInterval));
    next.scheduledDays = interval;
    next.stability = static_cast<double>(interval);
    next.difficulty = 0.0;
    next.learningStep = 0;
    next.reps = card.reps + 1;
    next.lastReview = now;
    next.due = now + std::chrono::days{interval};
    return outcome;
}

double Sm2::retrievability(const MemoryState& card, Timestamp now) const
{
    if (card.state == CardState::New || card.scheduledDays <= 0)
        return 0.0;
    const auto elapsed = std::max(0, m_dayRule.elapsedDays(card.lastReview, now));
    return std::pow(0.9, static_cast<double>(elapsed) / static_cast<double>(card.scheduledDays));
}

} // namespace certdrill::core
