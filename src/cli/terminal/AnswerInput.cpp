#include "cli/terminal/AnswerInput.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

namespace certdrill::cli {
namespace {

constexpr std::size_t kLetterLimit = 5;

std::vector<std::string> tokens(std::string_view text)
{
    std::vector<std::string> out;
    std::string current;
    for (const char c : text) {
        if (c == ' ' || c == ',' || c == '\t' || c == ';') {
            if (!current.empty())
                out.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

/// `13` → `1`, `3` and `ac` → `a`, `c` when options are single characters.
std::vector<std::string> splitCompact(std::vector<std::string> list, std::size_t options, bool letters)
{
    if (list.size() != 1 || list[0].size() < 2)
        return list;
    const auto& t = list[0];
    const bool digits = options <= 9 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '1' && c <= '9'; });
    const bool lower = letters && std::all_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'e'; });
    if (!digits && !lower)
        return list;
    std::vector<std::string> out;
    for (const char c : t)
        out.emplace_back(1, c);
    return out;
}

/// The option a label names (0-based), if any.
std::optional<std::size_t> optionIndex(std::string_view label, std::size_t options, bool letters)
{
    if (label.size() == 1 && letters && label[0] >= 'a' && label[0] <= 'e') {
        const auto i = static_cast<std::size_t>(label[0] - 'a');
        return i < options ? std::optional<std::size_t>{i} : std::nullopt;
    }
    std::size_t n = 0;
    const auto [end, error] = std::from_chars(label.data(), label.data() + label.size(), n);
    if (error != std::errc{} || end != label.data() + label.size() || n < 1 || n > options)
        return std::nullopt;
    return n - 1;
}

core::Result<std::vector<std::string>> idsOf(const std::vector<std::string>& labels, const std::vector<std::string>& ids,
                                             bool letters)
{
    std::vector<std::string> out;
    for (const auto& label : labels) {
        const auto i = optionIndex(label, ids.size(), letters);
        if (!i)
            return core::fail("bad-answer", "\"" + label + "\" is not one of the options 1-" + std::to_string(ids.size()));
        out.push_back(ids[*i]);
    }
    return out;
}

} // namespace

bool choiceLetters(const core::Question& q)
{
    return (q.type == core::QuestionType::Single || q.type == core::QuestionType::Multiple) &&
           q.choices.size() <= kLetterLimit;
}

std::string optionLabel(const core::Question& q, std::size_t index)
{
    auto label = std::to_string(index + 1);
    if (choiceLetters(q))
        label += std::string{"/"} + static_cast<char>('a' + index);
    return label;
}

core::Result<nlohmann::json> parseTypedAnswer(const core::Question& q, const core::QuestionLayout& layout,
                                              std::string_view typed)
{
    const bool letters = choiceLetters(q);
    switch (q.type) {
    case core::QuestionType::Single: {
        const auto list = tokens(typed);
        if (list.size() != 1)
            return core::fail("bad-answer", "type the number of one choice, e.g. 2");
        auto ids = idsOf(list, layout.order, letters);
        if (!ids)
            return tl::unexpected{ids.error()};
        return nlohmann::json(ids->front());
    }
    case core::QuestionType::Multiple: {
        const auto want = q.correctChoiceCount();
        auto ids = idsOf(splitCompact(tokens(typed), layout.order.size(), letters), layout.order, letters);
        if (!ids)
            return tl::unexpected{ids.error()};
        if (ids->size() != want)
            return core::fail("bad-answer", "choose " + std::to_string(want) + ", e.g. \"1 3\"");
        return nlohmann::json(*ids);
    }
    case core::QuestionType::Order: {
        auto ids = idsOf(splitCompact(tokens(typed), layout.order.size(), false), layout.order, false);
        if (!ids)
            return tl::unexpected{ids.error()};
        if (ids->size() != layout.order.size())
            return core::fail("bad-answer", "give all " + std::to_string(layout.order.size()) +
                                                " item numbers in order, e.g. \"3 1 2\"");
        return nlohmann::json(*ids);
    }
    case core::QuestionType::Match: {
        auto rights = idsOf(splitCompact(tokens(typed), layout.right.size(), false), layout.right, false);
        if (!rights)
            return tl::unexpected{rights.error()};
        if (rights->size() != layout.order.size())
            return core::fail("bad-answer", "give one right-hand number for each of the " +
                                                std::to_string(layout.order.size()) + " left items, e.g. \"2 1 3\"");
        nlohmann::json pairs = nlohmann::json::object();
        for (std::size_t i = 0; i < rights->size(); ++i)
            pairs[layout.order[i]] = (*rights)[i];
        return pairs;
    }
    case core::QuestionType::Numeric: {
        const auto list = tokens(typed);
        double value = 0;
        if (list.size() == 1) {
            const auto& t = list[0];
            const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
            if (error == std::errc{} && end == t.data() + t.size() && std::isfinite(value))
                return nlohmann::json(value);
        }
        return core::fail("bad-answer", "type a number, e.g. 30");
    }
    case core::QuestionType::Text:
        if (tokens(typed).empty())
            return core::fail("bad-answer", "type your answer");
        return nlohmann::json(std::string{typed});
    case core::QuestionType::Generator: break; // sessions show instances, never the entry
    }
    return core::fail("bad-answer", "this question cannot be answered here");
}

} // namespace certdrill::cli
