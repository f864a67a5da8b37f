#include "core/scoring/AnswerText.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace certdrill::core {
namespace {

const std::string& textOf(const std::vector<Item>& items, const std::string& id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.id == id; });
    return it == items.end() ? id : it->text;
}

std::string numberWithUnit(const Question& q, double value)
{
    return q.unit.empty() ? formatNumber(value) : formatNumber(value) + " " + q.unit;
}

std::vector<std::string> sequenceLines(const Question& q, const std::vector<std::string>& ids)
{
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < ids.size(); ++i)
        lines.push_back(std::to_string(i + 1) + ". " + textOf(q.items, ids[i]));
    return lines;
}

std::vector<std::string> pairLines(const Question& q, const std::vector<std::pair<std::string, std::string>>& pairs)
{
    std::vector<std::string> lines;
    for (const auto& left : q.left) // in the question's order, whatever the response's
        for (const auto& [l, r] : pairs)
            if (l == left.id)
                lines.push_back(left.text + " → " + textOf(q.right, r));
    return lines;
}

} // namespace

std::string formatNumber(double value)
{
    std::array<char, 64> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return error == std::errc{} ? std::string(buffer.data(), end) : std::string{"?"};
}

std::vector<std::string> describeCorrectAnswer(const Question& q)
{
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        std::vector<std::string> lines;
        for (const auto& c : q.choices)
            if (c.correct)
                lines.push_back(c.text);
        return lines;
    }
    case QuestionType::Order: return sequenceLines(q, q.sequence);
    case QuestionType::Match: return pairLines(q, q.pairs);
    case QuestionType::Numeric:
        return {q.tolerance > 0 ? numberWithUnit(q, q.numericAnswer) + " (± " + formatNumber(q.tolerance) + ")"
                                : numberWithUnit(q, q.numericAnswer)};
    case QuestionType::Text: return q.accepted;
    case QuestionType::Generator: break; // an entry is never shown: its instances are
    }
    return {};
}

std::vector<std::string> describeResponse(const Question& q, const Response& r)
{
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        std::vector<std::string> lines;
        for (const auto& c : q.choices)
            if (std::find(r.ids.begin(), r.ids.end(), c.id) != r.ids.end())
                lines.push_back(c.text);
        return lines;
    }
    case QuestionType::Order: return sequenceLines(q, r.ids);
    case QuestionType::Match: return pairLines(q, r.pairs);
    case QuestionType::Numeric: return {numberWithUnit(q, r.number)};
    case QuestionType::Text: return {r.text};
    case QuestionType::Generator: break;
    }
    return {};
}

} // namespace certdrill::core
