#include "core/bank/QuestionValidator.h"

#include "core/bank/GeneratorEntry.h"
#include "core/bank/TextRules.h"

#include <algorithm>
#include <array>

namespace certdrill::core {
namespace {

constexpr std::size_t kMaxChoices = 8;
constexpr std::size_t kMaxItems = 12;
constexpr std::array<std::string_view, 10> kCommonFields{
    "id", "objective", "type", "stem", "explanation", "references", "difficulty", "tags", "exhibit", "scenario"};

template <typename T>
bool containsId(const std::vector<T>& entries, std::string_view id)
{
    return std::any_of(entries.begin(), entries.end(), [&](const T& e) { return e.id == id; });
}

bool isLowerCase(std::string_view text)
{
    return std::none_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

std::vector<Question> QuestionValidator::questions(const JsonNode& list, const JsonPath& path,
                                                   std::size_t maxQuestions)
{
    std::vector<Question> out;
    if (list.count > maxQuestions) {
        m_read.error(path, "too-many-questions",
                     "the bank has " + std::to_string(list.count) + " questions; the limit is "
                         + std::to_string(maxQuestions));
        return out;
    }
    if (list.count == 0)
        m_read.error(path, "empty-field", "a bank needs at least one question");
    out.reserve(list.count);
    std::unordered_set<std::string_view> ids; // views of the ids in `out`, which never reallocates
    ids.reserve(list.count);
    m_read.forEachObject(list, path, "a question", [&](const JsonNode& entry, const JsonPath& qpath) {
        const auto& q = out.emplace_back(question(entry, qpath));
        if (!q.id.empty() && !ids.insert(q.id).second)
            m_read.error(qpath / "id", "duplicate-id", "duplicate question id " + quotedText(q.id));
    });
    return out;
}

Question QuestionValidator::question(const JsonNode& q, const JsonPath& path)
{
    Question out;
    out.id = m_read.id(q, path, "question").value_or("");
    out.objective = m_read.string(q, "objective", path, Need::Required).value_or("");
    if (!out.objective.empty()) {
        if (const auto it = m_objectiveDomains.find(out.objective); it != m_objectiveDomains.end())
            out.domain = it->second;
        else
            m_read.error(path / "objective", "unknown-objective",
                         "objective " + quotedText(out.objective) + " is not one of this bank's objectives");
    }
    std::optional<QuestionType> type;
    if (auto name = m_read.string(q, "type", path, Need::Required)) {
        type = questionTypeFromString(*name);
        if (!type)
            m_read.error(path / "type", "bad-value",
                         "unknown question type " + quotedText(*name)
                             + " (single, multiple, order, match, numeric, text or generator)");
    }
    out.type = type.value_or(QuestionType::Single);
    const bool generated = out.type == QuestionType::Generator; // the family writes stem, exhibit, explanation
    if (!generated) {
        out.stem = m_read.string(q, "stem", path, Need::Required).value_or("");
        out.explanation = m_read.string(q, "explanation", path, Need::Optional).value_or("");
        if (const JsonNode* e = m_read.field(q, "explanation", path, Need::Optional); !e)
            m_read.warning(path, "no-explanation", "question " + quotedText(out.id) + " has no explanation");
    }
    out.references = m_read.stringList(q, "references", path);
    out.tags = m_read.stringList(q, "tags", path);
    const JsonPath tagsPath = path / "tags";
    for (std::size_t i = 0; i < out.tags.size(); ++i)
        if (!isLowerCase(out.tags[i]))
            m_read.error(tagsPath / i, "bad-value", "tag " + quotedText(out.tags[i]) + " must be lower case");
    out.difficulty = m_read.integer(q, "difficulty", path, Need::Optional, 1, 3).value_or(0);
    if (!generated)
        out.exhibit = m_read.exhibit(q, path);
    if (auto scenario = m_read.string(q, "scenario", path, Need::Optional)) {
        out.scenario = std::move(*scenario);
        if (!m_scenarioIds.contains(out.scenario))
            m_read.error(path / "scenario", "unknown-scenario", "scenario " + quotedText(out.scenario) + " is not defined");
    }
    if (type)
        typeSpecific(q, path, out);
    return out;
}

void QuestionValidator::typeSpecific(const JsonNode& q, const JsonPath& path, Question& out)
{
    auto known = [&](std::initializer_list<std::string_view> specific) {
        for (const auto& member : m_read.children(q)) {
            if (std::find(kCommonFields.begin(), kCommonFields.end(), member.key) == kCommonFields.end()
                && std::find(specific.begin(), specific.end(), member.key) == specific.end())
                m_read.warning(path / member.key, "unknown-field",
                               "field " + quotedText(member.key) + " is not used by a " + std::string{toString(out.type)}
                                   + " question and is ignored");
        }
    };
    switch (out.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
        known({"choices"});
        choices(q, path, out);
        break;
    case QuestionType::Order:
        known({"items", "answer"});
        orderAnswer(q, path, out);
        break;
    case QuestionType::Match:
        known({"left", "right", "answer"});
        matchAnswer(q, path, out);
        break;
    case QuestionType::Numeric:
        known({"answer", "tolerance", "unit"});
        out.numericAnswer = m_read.number(q, "answer", path, Need::Required, -1e15, 1e15).value_or(0.0);
        out.tolerance = m_read.number(q, "tolerance", path, Need::Optional, 0.0, 1e15).value_or(0.0);
        out.unit = m_read.string(q, "unit", path, Need::Optional).value_or("");
        break;
    case QuestionType::Text:
        known({"accepted", "case_sensitive"});
        textAnswer(q, path, out);
        break;
    case QuestionType::Generator:
        for (const auto& member : m_read.children(q))
            if (std::find(kCommonFields.begin(), kCommonFields.end(), member.key) == kCommonFields.end()
                && member.key != "generator" && !isGeneratedField(member.key))
                m_read.warning(path / member.key, "unknown-field",
                               "unknown field " + quotedText(member.key) + " is ignored (a typo?)");
        readGeneratorEntry(m_read, q, path, out);
        break;
    }
}

void QuestionValidator::choices(const JsonNode& q, const JsonPath& path, Question& out)
{
    const JsonNode* list = m_read.array(q, "choices", path, Need::Required);
    if (!list)
        return;
    const JsonPath cpath = path / "choices";
    if (list->count < 2 || list->count > kMaxChoices) {
        m_read.error(cpath, "out-of-range",
                     "a question needs 2 to " + std::to_string(kMaxChoices) + " choices, not "
                         + std::to_string(list->count));
        if (list->count > kMaxChoices)
            return;
    }
    const std::size_t errorsBefore = m_read.errorCount();
    m_read.forEachObject(*list, cpath, "a choice", [&](const JsonNode& c, const JsonPath& ipath) {
        m_read.knownFields(c, ipath, {"id", "text", "correct", "why"});
        Choice choice;
        choice.id = m_read.id(c, ipath, "choice").value_or("");
        choice.text = m_read.string(c, "text", ipath, Need::Required).value_or("");
        choice.correct = m_read.boolean(c, "correct", ipath, Need::Optional).value_or(false);
        choice.why = m_read.string(c, "why", ipath, Need::Optional).value_or("");
        if (!choice.id.empty() && containsId(out.choices, choice.id))
            m_read.error(ipath / "id", "duplicate-id", "choice id " + quotedText(choice.id) + " is repeated");
        if (!choice.text.empty()
            && std::any_of(out.choices.begin(), out.choices.end(),
                           [&](const Choice& other) { return sameText(other.text, choice.text); }))
            m_read.error(ipath / "text", "duplicate-choice", "choice text " + quotedText(choice.text) + " is repeated");
        if (choice.why.empty() && !choice.text.empty())
            m_read.warning(ipath, "no-why", "choice " + quotedText(choice.id) + " has no \"why\" explaining it");
        out.choices.push_back(std::move(choice));
    });
    if (list->count >= 2 && m_read.errorCount() == errorsBefore)
        correctCount(path, out);
}

void QuestionValidator::correctCount(const JsonPath& path, Question& out)
{
    const JsonPath cpath = path / "choices";
    const std::size_t correct = out.correctChoiceCount();
    if (out.type == QuestionType::Single) {
        if (correct != 1)
            m_read.error(cpath, "correct-count",
                         "a single-answer question needs exactly one correct choice, not " + std::to_string(correct));
        return;
    }
    const JsonPath stemPath = path / "stem";
    if (correct < 2) {
        m_read.error(cpath, "correct-count",
                     "a multiple-answer question needs two or more correct choices, not " + std::to_string(correct));
    } else if (correct == out.choices.size()) {
        m_read.error(cpath, "correct-count", "every choice is correct: nothing is being tested");
    } else if (const auto stated = statedChoiceCount(out.stem); stated == 0) {
        if (!out.stem.empty())
            m_read.warning(stemPath, "no-choose-count",
                           "the stem should say how many to choose (\"Choose " + std::to_string(correct) + ".\")");
    } else if (stated != correct) {
        m_read.error(stemPath, "correct-count",
                     "the stem asks to choose " + std::to_string(stated) + " but " + std::to_string(correct)
                         + " choices are correct");
    }
}

void QuestionValidator::orderAnswer(const JsonNode& q, const JsonPath& path, Question& out)
{
    const std::size_t errorsBefore = m_read.errorCount();
    out.items = items(q, "items", path);
    const bool itemsRead = m_read.errorCount() == errorsBefore;
    const JsonNode* answer = m_read.array(q, "answer", path, Need::Required);
    if (!answer)
        return;
    const JsonPath apath = path / "answer";
    std::vector<std::string_view> used;
    const auto entries = m_read.children(*answer);
    out.sequence.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        auto itemId = m_read.stringValue(entries[i], apath / i, "answer");
        if (!itemId)
            continue;
        if (!itemsRead) { // the items have errors of their own: unknown ids would only repeat them
            out.sequence.push_back(std::move(*itemId));
            continue;
        }
        if (!containsId(out.items, *itemId))
            m_read.error(apath / i, "unknown-item", quotedText(*itemId) + " is not an item id of this question");
        else if (std::find(used.begin(), used.end(), *itemId) != used.end())
            m_read.error(apath / i, "duplicate-id", "item " + quotedText(*itemId) + " appears twice in the answer");
        else
            used.push_back(entries[i].text);
        out.sequence.push_back(std::move(*itemId));
    }
    for (const auto& item : out.items)
        if (itemsRead && std::find(used.begin(), used.end(), item.id) == used.end())
            m_read.error(apath, "incomplete-answer", "the answer does not place item " + quotedText(item.id));
}

void QuestionValidator::matchAnswer(const JsonNode& q, const JsonPath& path, Question& out)
{
    const std::size_t errorsBefore = m_read.errorCount();
    out.left = items(q, "left", path);
    out.right = items(q, "right", path);
    const JsonNode* answer = m_read.object(q, "answer", path, Need::Required);
    if (!answer || m_read.errorCount() != errorsBefore)
        return; // the sides have errors of their own: do not pile unknown ids on top
    const JsonPath apath = path / "answer";
    for (const auto& member : m_read.children(*answer))
        if (!containsId(out.left, member.key))
            m_read.error(apath / member.key, "unknown-item", quotedText(member.key) + " is not a left-side item id");
    std::vector<std::string_view> usedRight;
    for (const auto& item : out.left) {
        if (item.id.empty())
            continue;
        const JsonNode* value = m_read.field(*answer, item.id, apath, Need::Optional);
        if (!value) {
            m_read.error(apath, "incomplete-answer", "the answer does not pair left item " + quotedText(item.id));
            continue;
        }
        const JsonPath ppath = apath / item.id;
        auto rightId = m_read.stringValue(*value, ppath, item.id);
        if (!rightId)
            continue;
        if (!containsId(out.right, *rightId))
            m_read.error(ppath, "unknown-item", quotedText(*rightId) + " is not a right-side item id");
        else if (std::find(usedRight.begin(), usedRight.end(), *rightId) != usedRight.end())
            m_read.error(ppath, "duplicate-id", "right item " + quotedText(*rightId) + " is paired twice");
        else
            usedRight.push_back(value->text);
        out.pairs.emplace_back(item.id, std::move(*rightId));
    }
}

void QuestionValidator::textAnswer(const JsonNode& q, const JsonPath& path, Question& out)
{
    out.caseSensitive = m_read.boolean(q, "case_sensitive", path, Need::Optional).value_or(false);
    const JsonNode* list = m_read.array(q, "accepted", path, Need::Required);
    if (!list)
        return;
    const JsonPath apath = path / "accepted";
    if (list->count == 0)
        m_read.error(apath, "empty-field", "\"accepted\" needs at least one answer");
    out.accepted = m_read.stringList(q, "accepted", path);
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < out.accepted.size(); ++i) {
        if (!seen.insert(normalisedAnswer(out.accepted[i], out.caseSensitive)).second)
            m_read.error(apath / i, "duplicate-text",
                         "accepted answer " + quotedText(out.accepted[i])
                             + " repeats another once whitespace and case are ignored");
    }
}

std::vector<Item> QuestionValidator::items(const JsonNode& q, std::string_view key, const JsonPath& path)
{
    std::vector<Item> out;
    const JsonNode* list = m_read.array(q, key, path, Need::Required);
    if (!list)
        return out;
    const JsonPath lpath = path / key;
    if (list->count < 2 || list->count > kMaxItems) {
        m_read.error(lpath, "out-of-range",
                     quotedText(key) + " needs 2 to " + std::to_string(kMaxItems) + " entries, not "
                         + std::to_string(list->count));
        if (list->count > kMaxItems)
            return out;
    }
    const std::string what = "an entry of " + quotedText(key);
    m_read.forEachObject(*list, lpath, what, [&](const JsonNode& it, const JsonPath& ipath) {
        m_read.knownFields(it, ipath, {"id", "text"});
        Item item;
        item.id = m_read.id(it, ipath, "item").value_or("");
        item.text = m_read.string(it, "text", ipath, Need::Required).value_or("");
        if (!item.id.empty() && containsId(out, item.id))
            m_read.error(ipath / "id", "duplicate-id", "item id " + quotedText(item.id) + " is repeated");
        if (!item.text.empty()
            && std::any_of(out.begin(), out.end(), [&](const Item& other) { return sameText(other.text, item.text); }))
            m_read.error(ipath / "text", "duplicate-text", "item text " + quotedText(item.text) + " is repeated");
        out.push_back(std::move(item));
    });
    return out;
}

} // namespace certdrill::core
