#include "core/session/QuestionLayout.h"

#include "core/common/Random.h"
#include "core/session/SessionQuestions.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace certdrill::core {
namespace {

constexpr std::uint64_t kLayoutStream = 0x6c61796f00000004ULL;

std::vector<std::string> idsOf(const std::vector<Item>& items)
{
    std::vector<std::string> ids;
    for (const auto& i : items)
        ids.push_back(i.id);
    return ids;
}

bool sameIds(std::vector<std::string> a, std::vector<std::string> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

QuestionLayout bankLayout(const Question& q)
{
    QuestionLayout l;
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
        for (const auto& c : q.choices)
            l.order.push_back(c.id);
        break;
    case QuestionType::Order: l.order = idsOf(q.items); break;
    case QuestionType::Match:
        l.order = idsOf(q.left);
        l.right = idsOf(q.right);
        break;
    case QuestionType::Numeric:
    case QuestionType::Text:
    case QuestionType::Generator: break; // an instance has the layout, not the entry
    }
    return l;
}

namespace {

/// The layout of `questions` (null: no longer in the bank), shown under `ids` in this order.
SessionLayout shuffled(const std::vector<const Question*>& questions, const std::vector<std::string>& ids,
                       std::uint64_t seed)
{
    Random outer{seed ^ kLayoutStream};
    SessionLayout layout;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto& id = ids[i];
        const Question* q = questions[i];
        const std::uint64_t own = outer.next(); // one draw per question, used or not: positions stay aligned
        if (!q)
            continue;
        std::optional<Question> generated; // a generator entry: the question the session will show
        if (q->type == QuestionType::Generator) {
            auto made = generatedQuestion(*q, instanceSeed(seed, id));
            if (!made)
                continue;
            generated = std::move(*made);
            q = &*generated;
        }
        Random random{own};
        QuestionLayout l = bankLayout(*q);
        random.shuffle(l.order);
        random.shuffle(l.right);
        if (q->type == QuestionType::Order && l.order == q->sequence && l.order.size() > 1)
            std::rotate(l.order.begin(), l.order.begin() + 1, l.order.end()); // never show the answer
        if (!l.order.empty())
            layout.emplace(id, std::move(l));
    }
    return layout;
}

} // namespace

SessionLayout shuffleLayout(const Bank& bank, const std::vector<std::string>& questionIds, std::uint64_t seed)
{
    // One pass over the bank finds every question (Bank::findQuestion is a linear search).
    std::unordered_map<std::string_view, const Question*> wanted;
    for (const auto& id : questionIds)
        wanted.emplace(id, nullptr);
    for (const auto& q : bank.questions)
        if (const auto it = wanted.find(q.id); it != wanted.end())
            it->second = &q;
    std::vector<const Question*> questions;
    questions.reserve(questionIds.size());
    for (const auto& id : questionIds)
        questions.push_back(wanted.at(id));
    return shuffled(questions, questionIds, seed);
}

SessionLayout shuffleLayout(const Bank& bank, const std::vector<std::size_t>& positions, std::uint64_t seed)
{
    std::vector<const Question*> questions;
    std::vector<std::string> ids;
    questions.reserve(positions.size());
    ids.reserve(positions.size());
    for (const auto p : positions) {
        questions.push_back(&bank.questions.at(p));
        ids.push_back(bank.questions[p].id);
    }
    return shuffled(questions, ids, seed);
}

QuestionLayout layoutOf(const Question& q, const SessionLayout& layout)
{
    auto l = bankLayout(q);
    const auto it = layout.find(q.id);
    if (it != layout.end() && sameIds(it->second.order, l.order) && sameIds(it->second.right, l.right))
        return it->second;
    return l;
}

nlohmann::json toJson(const SessionLayout& layout)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [id, l] : layout) {
        out[id] = {{"order", l.order}};
        if (!l.right.empty())
            out[id]["right"] = l.right;
    }
    return out;
}

Result<SessionLayout> layoutFromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        return fail("bad-layout", "a session layout must be an object");
    SessionLayout layout;
    try {
        for (const auto& [id, l] : json.items())
            layout[id] = {l.at("order").get<std::vector<std::string>>(),
                          l.value("right", std::vector<std::string>{})};
    } catch (const nlohmann::json::exception& e) {
        return fail("bad-layout", std::string{"a session layout is malformed: "} + e.what());
    }
    return layout;
}

} // namespace certdrill::core
