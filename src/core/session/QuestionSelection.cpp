#include "core/session/QuestionSelection.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace certdrill::core {
namespace {

using json = nlohmann::json;

template <typename T>
bool allows(const std::vector<T>& list, const T& value)
{
    return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

bool anyTag(const std::vector<std::string>& wanted, const std::vector<std::string>& tags)
{
    return wanted.empty() || std::any_of(tags.begin(), tags.end(), [&](const auto& t) { return allows(wanted, t); });
}

template <typename T>
Result<void> readList(const json& j, const char* key, std::vector<T>& out)
{
    if (!j.contains(key))
        return {};
    try {
        out = j.at(key).get<std::vector<T>>();
    } catch (const json::exception&) {
        return fail("bad-filter", std::string{"filter \""} + key + "\" must be a list");
    }
    return {};
}

Result<void> readFlag(const json& j, const char* key, bool& out)
{
    if (!j.contains(key))
        return {};
    if (!j.at(key).is_boolean())
        return fail("bad-filter", std::string{"filter \""} + key + "\" must be true or false");
    out = j.at(key).get<bool>();
    return {};
}

} // namespace

json toJson(const DrillFilter& f)
{
    return {{"domains", f.domains},         {"objectives", f.objectives},       {"tags", f.tags},
            {"difficulties", f.difficulties}, {"missed_before", f.missedBefore}, {"flagged", f.flagged},
            {"never_seen", f.neverSeen},     {"lowest_retrievability", f.lowestRetrievability}};
}

Result<DrillFilter> drillFilterFromJson(const json& j)
{
    DrillFilter f;
    if (j.is_null())
        return f;
    if (!j.is_object())
        return fail("bad-filter", "a drill filter must be an object");
    for (const auto& read : {readList(j, "domains", f.domains), readList(j, "objectives", f.objectives),
                             readList(j, "tags", f.tags), readList(j, "difficulties", f.difficulties),
                             readFlag(j, "missed_before", f.missedBefore), readFlag(j, "flagged", f.flagged),
                             readFlag(j, "never_seen", f.neverSeen),
                             readFlag(j, "lowest_retrievability", f.lowestRetrievability)})
        if (!read)
            return tl::unexpected{read.error()};
    return f;
}

Result<void> checkFilter(const Bank& bank, const DrillFilter& f)
{
    for (const auto& d : f.domains)
        if (!bank.findDomain(d))
            return fail("bad-filter", "bank " + bank.id + " has no domain \"" + d + "\"");
    for (const auto& o : f.objectives) {
        const bool known = std::any_of(bank.domains.begin(), bank.domains.end(), [&](const Domain& d) {
            return std::any_of(d.objectives.begin(), d.objectives.end(), [&](const Objective& x) { return x.id == o; });
        });
        if (!known)
            return fail("bad-filter", "bank " + bank.id + " has no objective \"" + o + "\"");
    }
    for (const auto level : f.difficulties)
        if (level < 1 || level > 3)
            return fail("bad-filter", "difficulty " + std::to_string(level) + " is not 1, 2 or 3");
    if (f.neverSeen && (f.missedBefore || f.lowestRetrievability))
        return fail("bad-filter", "\"never seen\" cannot be combined with \"missed before\" or \"lowest retrievability\"");
    return {};
}

RetrievabilityMap retrievabilities(const std::vector<CardMemoryState>& states, const Scheduler& scheduler, Timestamp now)
{
    RetrievabilityMap recall;
    recall.reserve(states.size());
    for (const auto& s : states)
        if (s.memory.state != CardState::New)
            recall.emplace(s.questionId, scheduler.retrievability(s.memory, now));
    return recall;
}

std::vector<bool> matchFilter(const Bank& bank, const DrillFilter& f, const HistorySummary& history,
                              const RetrievabilityMap& recall)
{
    std::vector<bool> match(bank.questions.size(), false);
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const auto& q = bank.questions[i];
        const auto* h = history.at(i);
        const bool seen = h && h->seen > 0;
        match[i] = allows(f.domains, q.domain) && allows(f.objectives, q.objective) && anyTag(f.tags, q.tags) &&
                   allows(f.difficulties, q.difficulty) && (!f.missedBefore || (h && h->wrong > 0)) &&
                   (!f.flagged || history.isFlagged(i)) && (!f.neverSeen || !seen) &&
                   (!f.lowestRetrievability || recall.count(q.id) > 0);
    }
    return match;
}

Selection selectDrill(const Bank& bank, const DrillFilter& filter, const HistorySummary& history,
                      const RetrievabilityMap& recall, std::size_t count, std::uint64_t seed)
{
    Selection out;
    const auto match = matchFilter(bank, filter, history, recall);
    const auto matching = static_cast<std::size_t>(std::count(match.begin(), match.end(), true));
    if (filter.lowestRetrievability) {
        for (std::size_t i = 0; i < match.size(); ++i)
            if (match[i])
                out.questions.push_back(bank.questions[i].id);
        std::sort(out.questions.begin(), out.questions.end(), [&](const std::string& a, const std::string& b) {
            const auto ra = recall.at(a);
            const auto rb = recall.at(b);
            return ra != rb ? ra < rb : a < b;
        });
        if (count > 0 && out.questions.size() > count)
            out.questions.resize(count);
    } else {
        DrawOptions draw;
        draw.seed = seed;
        draw.count = count > 0 ? count : matching;
        draw.eligible = &match;
        auto drawn = drawExam(bank, draw);
        out.questions = std::move(drawn.questions);
        out.warnings = std::move(drawn.warnings);
    }
    if (count > 0 && matching < count && filter.lowestRetrievability)
        out.warnings.push_back("only " + std::to_string(matching) + " questions match; the session uses all of them");
    return out;
}

} // namespace certdrill::core
