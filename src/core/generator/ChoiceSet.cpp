#include "core/generator/ChoiceSet.h"

#include "core/bank/TextRules.h"

#include <algorithm>

namespace certdrill::core::generator {

bool containsText(const std::vector<Option>& options, const std::string& text)
{
    return std::any_of(options.begin(), options.end(), [&](const Option& o) { return sameText(o.text, text); });
}

std::vector<Choice> singleChoices(Option correct, std::vector<Option> distractors, Random& random, std::size_t count)
{
    random.shuffle(distractors);
    std::vector<Option> kept{std::move(correct)};
    for (auto& d : distractors) {
        if (kept.size() == count)
            break;
        if (!d.text.empty() && !containsText(kept, d.text))
            kept.push_back(std::move(d));
    }
    std::vector<Choice> choices;
    choices.reserve(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i)
        choices.push_back(Choice{"", std::move(kept[i].text), std::move(kept[i].why), i == 0});
    random.shuffle(choices);
    for (std::size_t i = 0; i < choices.size(); ++i)
        choices[i].id = std::string(1, static_cast<char>('a' + i));
    return choices;
}

void setAnswer(Question& question, bool typed, Option correct, std::vector<Option> distractors,
               std::vector<std::string> accepted, Random& random)
{
    if (!typed) {
        question.type = QuestionType::Single;
        question.choices = singleChoices(std::move(correct), std::move(distractors), random);
        return;
    }
    question.type = QuestionType::Text;
    question.caseSensitive = false;
    for (auto& answer : accepted)
        if (std::none_of(question.accepted.begin(), question.accepted.end(), [&](const std::string& a) {
                return normalisedAnswer(a, false) == normalisedAnswer(answer, false);
            }))
            question.accepted.push_back(std::move(answer));
}

} // namespace certdrill::core::generator
