#include "core/selector/Selector.h"

#include "core/common/Random.h"

#include <algorithm>
#include <limits>

namespace certdrill::core {
namespace {

/// Without an exam date, questions in a learning step go before every review.
constexpr double kStepKey = -std::numeric_limits<double>::infinity();
/// How many of the soonest-due questions are weighed when a review is pulled forward.
constexpr std::size_t kAheadCandidates = 16;

bool inStepState(const MemoryState& m)
{
    return m.state == CardState::Learning || m.state == CardState::Relearning;
}

double msKey(Timestamp t)
{
    return static_cast<double>(t.time_since_epoch().count());
}

std::uint64_t tieBreak(std::uint64_t seed, std::uint32_t question)
{
    return Random{seed ^ (static_cast<std::uint64_t>(question) * 0xD1B54A32D192ED03ULL)}.next();
}

/// True when `a` goes before `b`.
template <class E>
bool sooner(const E& a, const E& b)
{
    if (a.key != b.key)
        return a.key < b.key;
    if (a.tie != b.tie)
        return a.tie < b.tie;
    return a.question < b.question;
}

/// std heap order: the entry that goes first sits on top.
template <class E>
bool heapOrder(const E& a, const E& b)
{
    return sooner(b, a);
}

} // namespace

Selector::Selector(const BankIndex& index, const Scheduler& scheduler, std::span<const CardMemoryState> states,
                   SelectorSettings settings, Timestamp now)
    : m_index(index), m_scheduler(scheduler), m_settings(settings), m_now(now), m_blueprint(index)
{
    const auto n = index.questionCount();
    m_memory.assign(n, MemoryState{});
    m_cards.assign(n, Card{});
    const auto& bankId = index.bank().id;
    for (const auto& s : states) {
        if (s.memory.state == CardState::New || (!s.bankId.empty() && s.bankId != bankId))
            continue;
        if (const auto q = index.find(s.questionId)) {
            m_memory[*q] = s.memory;
            m_blueprint.markStudied(*q);
        }
    }
    if (m_settings.examDate) {
        const auto examDay = m_settings.examDate->time_since_epoch().count();
        if (m_settings.dayRule.dayNumber(now) <= examDay)
            m_forecast.emplace(index, scheduler, m_settings.dayRule, *m_settings.examDate, m_settings.priorRecall);
    }

    m_counts.unseen = m_blueprint.unseen();
    for (std::uint32_t q = 0; q < n; ++q) {
        if (!m_blueprint.studied(q))
            continue;
        ++m_counts.studied;
        const auto at = becomesDue(m_memory[q]);
        if (at > now) {
            m_waiting.push_back({msKey(at), tieBreak(m_settings.seed, q), q, 0});
            ++m_counts.notDue;
            continue;
        }
        m_due.push_back(dueEntry(q, now));
        switch (timing(q, now).reason) {
        case PickReason::Learning:
            ++m_counts.learning;
            break;
        case PickReason::Overdue:
            ++m_counts.overdue;
            break;
        case PickReason::BeforeExam:
            ++m_counts.beforeExam;
            break;
        default:
            ++m_counts.due;
            break;
        }
    }
    std::make_heap(m_due.begin(), m_due.end(), heapOrder<Entry>);
    std::make_heap(m_waiting.begin(), m_waiting.end(), heapOrder<Entry>);

    m_counts.newToday = m_settings.newIntroducedToday;
    m_counts.dailyNewLimit = m_settings.dailyNewLimit;
    if (m_forecast) { // enough new questions a day to see every one before the exam
        const auto today = m_settings.dayRule.dayNumber(now);
        const auto days = static_cast<std::size_t>(
            std::max<std::int64_t>(1, m_settings.examDate->time_since_epoch().count() - today));
        const auto toSee = m_counts.unseen + m_settings.newIntroducedToday;
        m_counts.dailyNewLimit = std::max(m_counts.dailyNewLimit, (toSee + days - 1) / days);
    }
    const auto left = m_counts.dailyNewLimit > m_settings.newIntroducedToday
                          ? m_counts.dailyNewLimit - m_settings.newIntroducedToday
                          : 0;
    m_newAllowed = std::min(left, m_counts.unseen);
    m_counts.newAllowed = m_newAllowed;
}

Timestamp Selector::becomesDue(const MemoryState& memory) const
{
    const auto& rule = m_settings.dayRule;
    Timestamp at = inStepState(memory) ? memory.due : startOfDay(rule, rule.dayNumber(memory.due));
    if (m_forecast && memory.lastReview < m_forecast->eve())
        at = std::min(at, m_forecast->eve());
    return at;
}

bool Selector::inStep(std::uint32_t question) const
{
    return inStepState(m_memory[question]);
}

double Selector::minutes(bool isNew) const
{
    const auto seconds = isNew ? m_settings.newTime : m_settings.reviewTime;
    return std::max(1.0, static_cast<double>(seconds.count())) / 60.0;
}

Selector::Entry Selector::dueEntry(std::uint32_t question, Timestamp now) const
{
    Entry e{0.0, tieBreak(m_settings.seed, question), question, m_cards[question].version};
    if (m_forecast) // learning steps too: a same-day repetition competes by what it adds on the exam day
        e.key = -m_forecast->gain(question, m_memory[question], now) / minutes(false);
    else if (inStep(question))
        e.key = kStepKey;
    else
        e.key = m_scheduler.retrievability(m_memory[question], now);
    return e;
}

void Selector::matureUntil(Timestamp now)
{
    const double limit = msKey(now);
    while (!m_waiting.empty() && (!valid(m_waiting.front()) || m_waiting.front().key <= limit)) {
        const auto entry = m_waiting.front();
        std::pop_heap(m_waiting.begin(), m_waiting.end(), heapOrder<Entry>);
        m_waiting.pop_back();
        if (!valid(entry))
            continue;
        m_due.push_back(dueEntry(entry.question, now));
        std::push_heap(m_due.begin(), m_due.end(), heapOrder<Entry>);
    }
}

std::optional<Selector::Entry> Selector::topDue()
{
    while (!m_due.empty() && !valid(m_due.front())) {
        std::pop_heap(m_due.begin(), m_due.end(), heapOrder<Entry>);
        m_due.pop_back();
    }
    if (m_due.empty())
        return std::nullopt;
    return m_due.front();
}

std::optional<Timestamp> Selector::nextDueAt()
{
    while (!m_waiting.empty() && !valid(m_waiting.front())) {
        std::pop_heap(m_waiting.begin(), m_waiting.end(), heapOrder<Entry>);
        m_waiting.pop_back();
    }
    if (m_waiting.empty())
        return std::nullopt;
    return Timestamp{std::chrono::milliseconds{static_cast<std::int64_t>(m_waiting.front().key)}};
}

std::optional<std::uint32_t> Selector::nextNew()
{
    if (m_newAllowed == 0)
        return std::nullopt;
    return m_blueprint.peek();
}

Pick Selector::takeNew(std::uint32_t question, Timestamp now)
{
    auto pick = describe(question, now); // before it counts as studied: its value is the prior's
    m_blueprint.take(question);
    m_cards[question].introduced = true;
    --m_newAllowed;
    return pick;
}

std::optional<Pick> Selector::takeDue(Timestamp now)
{
    const auto top = topDue();
    if (!top)
        return std::nullopt;
    const bool step = inStep(top->question);
    if (!step && m_dueTaken >= m_settings.dueCap)
        return std::nullopt;
    std::pop_heap(m_due.begin(), m_due.end(), heapOrder<Entry>);
    m_due.pop_back();
    if (!step)
        ++m_dueTaken;
    ++m_cards[top->question].version; // picked: out of every queue until recorded
    return describe(top->question, now);
}

std::optional<Pick> Selector::takeAhead(Timestamp now)
{
    if (!m_forecast || m_dueTaken >= m_settings.dueCap)
        return std::nullopt;
    const auto& rule = m_settings.dayRule;
    const auto today = rule.dayNumber(now);
    std::vector<Entry> held;
    std::optional<std::size_t> best;
    double bestGain = 0.0;
    std::size_t weighed = 0;
    while (!m_waiting.empty() && weighed < kAheadCandidates) {
        const auto entry = m_waiting.front();
        std::pop_heap(m_waiting.begin(), m_waiting.end(), heapOrder<Entry>);
        m_waiting.pop_back();
        if (!valid(entry))
            continue;
        held.push_back(entry);
        const auto& m = m_memory[entry.question];
        if (inStepState(m) || rule.dayNumber(m.lastReview) >= today)
            continue; // a learning step waits for its time; one answer a day is enough ahead of time
        ++weighed;
        const double gain = m_forecast->gain(entry.question, m_memory[entry.question], now);
        if (!best || gain > bestGain) {
            best = held.size() - 1;
            bestGain = gain;
        }
    }
    for (std::size_t i = 0; i < held.size(); ++i) {
        if (best && i == *best)
            continue;
        m_waiting.push_back(held[i]);
        std::push_heap(m_waiting.begin(), m_waiting.end(), heapOrder<Entry>);
    }
    if (!best || bestGain <= 0.0) {
        if (best) { // nothing worth pulling forward: put it back too
            m_waiting.push_back(held[*best]);
            std::push_heap(m_waiting.begin(), m_waiting.end(), heapOrder<Entry>);
        }
        return std::nullopt;
    }
    const auto question = held[*best].question;
    ++m_dueTaken;
    ++m_cards[question].version;
    return describe(question, now);
}

std::optional<Pick> Selector::next(Timestamp now)
{
    m_now = std::max(m_now, now);
    matureUntil(m_now);
    const auto due = topDue();
    if (due && inStep(due->question) && !m_forecast)
        return takeDue(m_now);
    const bool dueOpen = due && m_dueTaken < m_settings.dueCap;
    const auto fresh = nextNew();
    if (m_forecast && dueOpen && fresh) {
        const double newRate = m_forecast->gain(*fresh, m_memory[*fresh], m_now) / minutes(true);
        if (newRate > -due->key)
            return takeNew(*fresh, m_now);
        return takeDue(m_now);
    }
    if (dueOpen)
        return takeDue(m_now);
    if (fresh)
        return takeNew(*fresh, m_now);
    return takeAhead(m_now);
}

void Selector::record(std::uint32_t question, const MemoryState& memory)
{
    auto& card = m_cards[question];
    m_memory[question] = memory;
    ++card.version;
    if (!m_blueprint.studied(question)) { // answered without being picked here: introduced today all the same
        m_blueprint.markStudied(question);
        card.introduced = true;
        if (m_newAllowed > 0)
            --m_newAllowed;
    }
    if (memory.state == CardState::New)
        return;
    m_waiting.push_back({msKey(becomesDue(memory)), tieBreak(m_settings.seed, question), question, card.version});
    std::push_heap(m_waiting.begin(), m_waiting.end(), heapOrder<Entry>);
}

std::vector<Pick> Selector::plan(std::size_t count)
{
    std::vector<Pick> picks;
    picks.reserve(count);
    while (picks.size() < count) {
        auto pick = next(m_now);
        if (!pick)
            break;
        picks.push_back(*pick);
    }
    return picks;
}

std::optional<double> Selector::expectedExamScore() const
{
    if (!m_forecast)
        return std::nullopt;
    return m_forecast->expectedScore(m_memory);
}

Selector::Timing Selector::timing(std::uint32_t question, Timestamp now) const
{
    const auto& m = m_memory[question];
    const auto& rule = m_settings.dayRule;
    const Timestamp own = inStepState(m) ? m.due : startOfDay(rule, rule.dayNumber(m.due));
    const Timestamp effective = becomesDue(m);
    Timing t{PickReason::Ahead, effective < own ? effective : m.due, 0};
    if (inStepState(m) && own <= now)
        t.reason = PickReason::Learning;
    else if (own <= now) {
        const auto late = rule.elapsedDays(m.due, now);
        t.reason = late > 0 ? PickReason::Overdue : PickReason::Due;
        t.daysOverdue = std::max(0, late);
    } else if (effective <= now)
        t.reason = PickReason::BeforeExam;
    return t;
}

Pick Selector::describe(std::uint32_t question, Timestamp now) const
{
    Pick pick;
    pick.question = question;
    const auto& m = m_memory[question];
    if (m_forecast) {
        pick.examRecall = m_forecast->recallAtExam(m);
        pick.gainPerMinute = m_forecast->gain(question, m, now) / minutes(m.state == CardState::New);
    }
    if (m.state == CardState::New) {
        pick.reason = PickReason::New;
        return pick;
    }
    const auto t = timing(question, now);
    pick.reason = t.reason;
    pick.due = t.due;
    pick.daysOverdue = t.daysOverdue;
    pick.retrievability = m_scheduler.retrievability(m, now);
    return pick;
}

} // namespace certdrill::core
