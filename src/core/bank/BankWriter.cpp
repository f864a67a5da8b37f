#include "core/bank/BankWriter.h"

#include <cmath>

namespace certdrill::core {
namespace {

using Json = nlohmann::ordered_json;

void putIfSet(Json& out, const char* key, const std::string& value)
{
    if (!value.empty())
        out[key] = value;
}

/// Whole numbers are written without a fraction (`30`, not `30.0`).
Json number(double value)
{
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (std::trunc(value) == value && std::abs(value) < kExact)
        return static_cast<std::int64_t>(value);
    return value;
}

Json exhibit(const Exhibit& e)
{
    Json out = Json::object();
    if (!e.image.empty()) {
        out["image"] = e.image;
        putIfSet(out, "alt", e.alt);
    } else {
        out["text"] = e.text;
    }
    return out;
}

Json items(const std::vector<Item>& list)
{
    Json out = Json::array();
    for (const auto& item : list)
        out.push_back({{"id", item.id}, {"text", item.text}});
    return out;
}

} // namespace

nlohmann::ordered_json toJson(const Question& q)
{
    Json out = Json::object();
    out["id"] = q.id;
    out["objective"] = q.objective;
    out["type"] = toString(q.type);
    if (q.difficulty != 0)
        out["difficulty"] = q.difficulty;
    putIfSet(out, "scenario", q.scenario);
    if (q.type != QuestionType::Generator)
        out["stem"] = q.stem;
    if (q.exhibit)
        out["exhibit"] = exhibit(*q.exhibit);
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        Json choices = Json::array();
        for (const auto& c : q.choices) {
            Json choice = {{"id", c.id}, {"text", c.text}};
            if (c.correct)
                choice["correct"] = true;
            putIfSet(choice, "why", c.why);
            choices.push_back(std::move(choice));
        }
        out["choices"] = std::move(choices);
        break;
    }
    case QuestionType::Order:
        out["items"] = items(q.items);
        out["answer"] = q.sequence;
        break;
    case QuestionType::Match: {
        out["left"] = items(q.left);
        out["right"] = items(q.right);
        Json answer = Json::object();
        for (const auto& [left, right] : q.pairs)
            answer[left] = right;
        out["answer"] = std::move(answer);
        break;
    }
    case QuestionType::Numeric:
        out["answer"] = number(q.numericAnswer);
        if (q.tolerance != 0.0)
            out["tolerance"] = number(q.tolerance);
        putIfSet(out, "unit", q.unit);
        break;
    case QuestionType::Text:
        out["accepted"] = q.accepted;
        if (q.caseSensitive)
            out["case_sensitive"] = true;
        break;
    case QuestionType::Generator: {
        const GeneratorSpec spec = q.generator.value_or(GeneratorSpec{});
        out["generator"] = {{"family", spec.family}, {"params", Json(spec.params)}};
        break;
    }
    }
    putIfSet(out, "explanation", q.explanation);
    if (!q.references.empty())
        out["references"] = q.references;
    if (!q.tags.empty())
        out["tags"] = q.tags;
    return out;
}

nlohmann::ordered_json toJson(const Bank& bank)
{
    Json out = Json::object();
    out["format"] = bank.format;
    out["id"] = bank.id;
    out["title"] = bank.title;
    out["vendor"] = bank.vendor;
    out["exam_code"] = bank.examCode;
    out["version"] = bank.version;
    out["language"] = bank.language;
    putIfSet(out, "license", bank.license);
    putIfSet(out, "description", bank.description);
    putIfSet(out, "launched", bank.launched);
    out["retires"] = bank.retires.empty() ? Json(nullptr) : Json(bank.retires);

    const ExamSpec& e = bank.exam;
    Json exam = {{"duration_minutes", e.durationMinutes},
                 {"question_count", e.questionCount},
                 {"passing_score", e.passingScore},
                 {"score_scale", {e.scaleMin, e.scaleMax}},
                 {"navigation", e.navigation == Navigation::ForwardOnly ? "forward_only" : "free"}};
    if (e.passingFraction)
        exam["passing_fraction"] = number(*e.passingFraction);
    putIfSet(exam, "passing_score_note", e.passingScoreNote);
    out["exam"] = std::move(exam);

    Json domains = Json::array();
    for (const auto& d : bank.domains) {
        Json objectives = Json::array();
        for (const auto& o : d.objectives)
            objectives.push_back({{"id", o.id}, {"title", o.title}});
        domains.push_back({{"id", d.id}, {"name", d.name}, {"weight", number(d.weight)}, {"objectives", objectives}});
    }
    out["domains"] = std::move(domains);

    if (!bank.scenarios.empty()) {
        Json scenarios = Json::array();
        for (const auto& s : bank.scenarios) {
            Json scenario = {{"id", s.id}};
            putIfSet(scenario, "title", s.title);
            scenario["text"] = s.text;
            if (s.exhibit)
                scenario["exhibit"] = exhibit(*s.exhibit);
            scenarios.push_back(std::move(scenario));
        }
        out["scenarios"] = std::move(scenarios);
    }

    Json questions = Json::array();
    for (const auto& q : bank.questions)
        questions.push_back(toJson(q));
    out["questions"] = std::move(questions);
    return out;
}

std::string writeBank(const Bank& bank)
{
    return toJson(bank).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

} // namespace certdrill::core
