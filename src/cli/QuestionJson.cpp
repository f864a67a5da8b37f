#include "cli/QuestionJson.h"

#include <algorithm>

namespace certdrill::cli {
namespace {

/// The items of `list` in the order of `ids` (items a stale layout misses come last).
nlohmann::json items(const std::vector<core::Item>& list, const std::vector<std::string>& ids)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& id : ids)
        for (const auto& i : list)
            if (i.id == id)
                out.push_back({{"id", i.id}, {"text", i.text}});
    for (const auto& i : list)
        if (std::find(ids.begin(), ids.end(), i.id) == ids.end())
            out.push_back({{"id", i.id}, {"text", i.text}});
    return out;
}

nlohmann::json exhibit(const core::Exhibit& e)
{
    if (!e.image.empty())
        return {{"image", e.image}, {"alt", e.alt}};
    return {{"text", e.text}};
}

} // namespace

nlohmann::json questionToJson(const core::Bank& bank, const core::Question& q, std::size_t index, std::size_t total,
                              const core::QuestionLayout& layout)
{
    nlohmann::json out{{"id", q.id},
                       {"type", core::toString(q.type)},
                       {"stem", q.stem},
                       {"objective", q.objective},
                       {"domain", q.domain},
                       {"index", index},
                       {"total", total}};
    switch (q.type) {
    case core::QuestionType::Single:
    case core::QuestionType::Multiple: {
        std::vector<core::Item> choices;
        for (const auto& c : q.choices)
            choices.push_back({c.id, c.text});
        out["choices"] = items(choices, layout.order);
        if (q.type == core::QuestionType::Multiple)
            out["choose"] = q.correctChoiceCount();
        break;
    }
    case core::QuestionType::Order: out["items"] = items(q.items, layout.order); break;
    case core::QuestionType::Match:
        out["left"] = items(q.left, layout.order);
        out["right"] = items(q.right, layout.right);
        break;
    case core::QuestionType::Numeric:
        if (!q.unit.empty())
            out["unit"] = q.unit;
        break;
    case core::QuestionType::Text:
    case core::QuestionType::Generator: break; // sessions show instances, never the entry
    }
    if (q.exhibit)
        out["exhibit"] = exhibit(*q.exhibit);
    if (!q.scenario.empty())
        if (const auto* s = bank.findScenario(q.scenario)) {
            out["scenario"] = {{"id", s->id}, {"text", s->text}};
            if (!s->title.empty())
                out["scenario"]["title"] = s->title;
            if (s->exhibit)
                out["scenario"]["exhibit"] = exhibit(*s->exhibit);
        }
    return out;
}

nlohmann::json timerToJson(const core::TimerStatus& t)
{
    return {{"limit_ms", t.limitMs ? nlohmann::json(*t.limitMs) : nlohmann::json()},
            {"elapsed_ms", t.elapsedMs},
            {"remaining_ms", t.remainingMs ? nlohmann::json(*t.remainingMs) : nlohmann::json()},
            {"paused", t.paused},
            {"warning_minutes", t.warningMinutes}};
}

nlohmann::json reviewScreenToJson(const core::ReviewScreen& screen)
{
    nlohmann::json questions = nlohmann::json::array();
    for (const auto& e : screen.entries) {
        nlohmann::json entry{{"index", e.index},
                             {"id", e.questionId},
                             {"answered", e.answered},
                             {"flagged", e.flagged},
                             {"current", e.current}};
        if (!e.scenario.empty())
            entry["scenario"] = e.scenario;
        questions.push_back(std::move(entry));
    }
    return {{"answered", screen.answered},
            {"unanswered", screen.unanswered},
            {"flagged", screen.flagged},
            {"questions", questions}};
}

} // namespace certdrill::cli
