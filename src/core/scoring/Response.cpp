#include "core/scoring/Response.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace certdrill::core {
namespace {

using json = nlohmann::json;

tl::unexpected<Error> bad(std::string message) { return fail("bad-answer", std::move(message)); }

bool hasChoice(const Question& q, std::string_view id)
{
    return std::any_of(q.choices.begin(), q.choices.end(), [&](const Choice& c) { return c.id == id; });
}

bool hasItem(const std::vector<Item>& items, std::string_view id)
{
    return std::any_of(items.begin(), items.end(), [&](const Item& i) { return i.id == id; });
}

Result<std::vector<std::string>> idList(const json& answer, std::string_view what)
{
    if (!answer.is_array())
        return bad("expected an array of " + std::string{what} + " ids");
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const auto& v : answer) {
        if (!v.is_string())
            return bad("expected " + std::string{what} + " ids as strings");
        if (!seen.insert(v.get<std::string>()).second)
            return bad(std::string{what} + " \"" + v.get<std::string>() + "\" is given twice");
        ids.push_back(v.get<std::string>());
    }
    return ids;
}

} // namespace

Result<Response> parseResponse(const Question& q, const json& answer)
{
    Response r;
    switch (q.type) {
    case QuestionType::Single:
        if (!answer.is_string())
            return bad("expected one choice id, e.g. \"b\"");
        r.ids = {answer.get<std::string>()};
        break;
    case QuestionType::Multiple: {
        auto ids = idList(answer, "choice");
        if (!ids)
            return tl::unexpected{ids.error()};
        r.ids = std::move(*ids);
        if (r.ids.size() != q.correctChoiceCount())
            return bad("choose exactly " + std::to_string(q.correctChoiceCount()) + " choices");
        break;
    }
    case QuestionType::Order: {
        auto ids = idList(answer, "item");
        if (!ids)
            return tl::unexpected{ids.error()};
        r.ids = std::move(*ids);
        if (r.ids.size() != q.items.size())
            return bad("place all " + std::to_string(q.items.size()) + " items");
        for (const auto& id : r.ids)
            if (!hasItem(q.items, id))
                return bad("\"" + id + "\" is not an item of this question");
        return r;
    }
    case QuestionType::Match: {
        if (!answer.is_object())
            return bad("expected an object pairing left ids with right ids, e.g. {\"l1\": \"r2\"}");
        std::set<std::string> usedRight;
        for (const auto& left : q.left) {
            const auto it = answer.find(left.id);
            if (it == answer.end())
                return bad("left item \"" + left.id + "\" is not paired");
            if (!it->is_string() || !hasItem(q.right, it->get<std::string>()))
                return bad("left item \"" + left.id + "\" must be paired with a right item id");
            if (!usedRight.insert(it->get<std::string>()).second)
                return bad("right item \"" + it->get<std::string>() + "\" is used twice");
            r.pairs.emplace_back(left.id, it->get<std::string>());
        }
        if (answer.size() != q.left.size())
            return bad("the answer pairs ids that are not left items of this question");
        return r;
    }
    case QuestionType::Numeric:
        if (!answer.is_number() || !std::isfinite(answer.get<double>()))
            return bad("expected a number");
        r.number = answer.get<double>();
        return r;
    case QuestionType::Text:
        if (!answer.is_string())
            return bad("expected text");
        if (answer.get_ref<const std::string&>().size() > 4096)
            return bad("the answer is longer than 4096 bytes");
        r.text = answer.get<std::string>();
        return r;
    case QuestionType::Generator: return bad("a generator entry is not answered: its generated questions are");
    }
    for (const auto& id : r.ids)
        if (!hasChoice(q, id))
            return bad("\"" + id + "\" is not a choice of this question");
    return r;
}

json toJson(const Question& q, const Response& r)
{
    switch (q.type) {
    case QuestionType::Single: return r.ids.empty() ? json{} : json(r.ids.front());
    case QuestionType::Multiple:
    case QuestionType::Order: return r.ids;
    case QuestionType::Match: {
        json out = json::object();
        for (const auto& [l, rr] : r.pairs)
            out[l] = rr;
        return out;
    }
    case QuestionType::Numeric: return r.number;
    case QuestionType::Text: return r.text;
    case QuestionType::Generator: break;
    }
    return {};
}

std::string normaliseTextAnswer(std::string_view text, bool caseSensitive)
{
    std::string out;
    bool pendingSpace = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += (!caseSensitive && c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

bool isCorrect(const Question& q, const Response& r)
{
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple: {
        if (r.ids.size() != q.correctChoiceCount())
            return false;
        return std::all_of(r.ids.begin(), r.ids.end(), [&](const std::string& id) {
            return std::any_of(q.choices.begin(), q.choices.end(),
                               [&](const Choice& c) { return c.id == id && c.correct; });
        });
    }
    case QuestionType::Order: return r.ids == q.sequence;
    case QuestionType::Match: {
        if (r.pairs.size() != q.pairs.size())
            return false;
        return std::all_of(q.pairs.begin(), q.pairs.end(), [&](const auto& expected) {
            return std::find(r.pairs.begin(), r.pairs.end(), expected) != r.pairs.end();
        });
    }
    case QuestionType::Numeric: // a rounding allowance of a few ulps, so that 0.1 + 0.2 answers 0.3
        return std::abs(r.number - q.numericAnswer) <=
               q.tolerance + 4 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(q.numericAnswer));
    case QuestionType::Text: {
        const auto given = normaliseTextAnswer(r.text, q.caseSensitive);
        return std::any_of(q.accepted.begin(), q.accepted.end(), [&](const std::string& a) {
            return normaliseTextAnswer(a, q.caseSensitive) == given;
        });
    }
    case QuestionType::Generator: break;
    }
    return false;
}

} // namespace certdrill::core
