#include "cli/QuestionJson.h"

namespace certdrill::cli {
namespace {

nlohmann::json items(const std::vector<core::Item>& list)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& i : list)
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

nlohmann::json questionToJson(const core::Bank& bank, const core::Question& q, std::size_t index, std::size_t total)
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
        nlohmann::json choices = nlohmann::json::array();
        for (const auto& c : q.choices)
            choices.push_back({{"id", c.id}, {"text", c.text}});
        out["choices"] = choices;
        if (q.type == core::QuestionType::Multiple)
            out["choose"] = q.correctChoiceCount();
        break;
    }
    case core::QuestionType::Order: out["items"] = items(q.items); break;
    case core::QuestionType::Match:
        out["left"] = items(q.left);
        out["right"] = items(q.right);
        break;
    case core::QuestionType::Numeric:
        if (!q.unit.empty())
            out["unit"] = q.unit;
        break;
    case core::QuestionType::Text: break;
    }
    if (q.exhibit)
        out["exhibit"] = exhibit(*q.exhibit);
    if (!q.scenario.empty())
        if (const auto* s = bank.findScenario(q.scenario)) {
            out["scenario"] = {{"id", s->id}, {"text", s->text}};
            if (s->exhibit)
                out["scenario"]["exhibit"] = exhibit(*s->exhibit);
        }
    return out;
}

} // namespace certdrill::cli
