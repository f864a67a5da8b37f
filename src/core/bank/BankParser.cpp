#include "core/bank/BankParser.h"

#include "core/bank/ContentHash.h"
#include "core/bank/JsonScanner.h"
#include "core/common/Time.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace certdrill::core {
namespace {

using json = nlohmann::json;

constexpr std::string_view kFormat = "certdrill-bank/1";
enum class Need : std::uint8_t { Required, Optional };

std::string child(const std::string& base, std::string_view key) { return base + '/' + pointerToken(key); }
std::string child(const std::string& base, std::size_t index) { return base + '/' + std::to_string(index); }

std::string_view typeName(const json& value)
{
    switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "an unknown value";
    }
}

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '.';
}

bool isBankId(std::string_view id)
{
    return id.size() >= 3 && id.size() <= 80
           && std::all_of(id.begin(), id.end(),
                          [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string lowerAscii(std::string_view text)
{
    std::string out{text};
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

/// Text compared for duplicates: lower case, whitespace collapsed.
std::string normalised(std::string_view text)
{
    std::string out;
    bool space = false;
    for (const char c : lowerAscii(text)) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

/// The number a `multiple` stem asks for ("Choose two."), or 0 when it does not say.
std::size_t statedChoiceCount(std::string_view stem)
{
    static const std::map<std::string, std::size_t, std::less<>> words{
        {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"2", 2}, {"3", 3}, {"4", 4}, {"5", 5}};
    const std::string lower = lowerAscii(stem);
    const auto at = lower.rfind("choose ");
    if (at == std::string::npos)
        return 0;
    std::size_t end = at + 7;
    while (end < lower.size() && lower[end] >= 'a' && lower[end] <= 'z')
        ++end;
    while (end < lower.size() && lower[end] >= '0' && lower[end] <= '9')
        ++end;
    const auto it = words.find(std::string_view{lower}.substr(at + 7, end - at - 7));
    return it == words.end() ? 0 : it->second;
}

class Validator {
public:
    Validator(const BankParseOptions& options, std::vector<Diagnostic>& out)
        : m_options(options)
        , m_out(out)
    {
    }

    void error(std::string pointer, std::string_view code, std::string message)
    {
        m_out.push_back({Severity::Error, std::string{code}, std::move(message), std::move(pointer), 0, 0});
    }
    void warning(std::string pointer, std::string_view code, std::string message)
    {
        m_out.push_back({Severity::Warning, std::string{code}, std::move(message), std::move(pointer), 0, 0});
    }

    Bank bank(const json& root)
    {
        Bank b;
        if (!root.is_object()) {
            error("", "wrong-type", "a bank must be a JSON object, not " + std::string{typeName(root)});
            return b;
        }
        const std::string base;
        knownFields(root, base,
                    {"$schema", "format", "id", "title", "vendor", "exam_code", "version", "language", "license",
                     "launched", "retires", "exam", "domains", "questions", "scenarios", "description"});
        if (auto format = string(root, "format", base, Need::Required)) {
            b.format = *format;
            if (b.format != kFormat)
                error("/format", "unsupported-format",
                      "unsupported format \"" + b.format + "\": this version reads \"" + std::string{kFormat} + "\"");
        }
        if (auto id = string(root, "id", base, Need::Required)) {
            b.id = *id;
            if (!isBankId(b.id))
                error("/id", "bad-id", "bank id \"" + b.id + "\" must be 3-80 characters of a-z, 0-9 and '-'");
        }
        b.title = string(root, "title", base, Need::Required).value_or("");
        b.vendor = string(root, "vendor", base, Need::Required).value_or("");
        b.examCode = string(root, "exam_code", base, Need::Required).value_or("");
        b.version = string(root, "version", base, Need::Required).value_or("");
        b.language = string(root, "language", base, Need::Optional).value_or("en");
        b.license = string(root, "license", base, Need::Optional).value_or("");
        if (b.license.empty())
            warning("", "no-license", "the bank states no licence: others cannot know whether they may share it");
        b.launched = date(root, "launched", base, Need::Optional);
        b.retires = date(root, "retires", base, Need::Optional);
        if (!b.launched.empty() && !b.retires.empty() && b.retires < b.launched)
            error("/retires", "out-of-range", "retires (" + b.retires + ") is before launched (" + b.launched + ")");

        if (const json* exam = object(root, "exam", base, Need::Required))
            b.exam = examSpec(*exam, "/exam");
        if (const json* domains = array(root, "domains", base, Need::Required))
            b.domains = domainList(*domains, "/domains");
        if (const json* scenarios = array(root, "scenarios", base, Need::Optional))
            b.scenarios = scenarioList(*scenarios, "/scenarios");
        if (const json* questions = array(root, "questions", base, Need::Required))
            b.questions = questionList(*questions, "/questions");
        crossChecks(b);
        return b;
    }

private:
    // ---- typed field access -------------------------------------------------------------------
    const json* field(const json& obj, std::string_view key, const std::string& base, Need need)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || (it->is_null() && need == Need::Optional)) {
            if (need == Need::Required)
                error(base, "missing-field", "missing required field \"" + std::string{key} + "\"");
            return nullptr;
        }
        return &*it;
    }

    void wrongType(const std::string& pointer, std::string_view key, std::string_view expected, const json& value)
    {
        error(pointer, "wrong-type",
              "\"" + std::string{key} + "\" must be " + std::string{expected} + ", not " + std::string{typeName(value)});
    }

    std::optional<std::string> stringValue(const json& value, const std::string& pointer, std::string_view key,
                                           bool allowEmpty = false)
    {
        if (!value.is_string()) {
            wrongType(pointer, key, "a string", value);
            return std::nullopt;
        }
        const auto& s = value.get_ref<const std::string&>();
        if (s.size() > m_options.limits.maxStringBytes) {
            error(pointer, "string-too-long",
                  "\"" + std::string{key} + "\" is " + std::to_string(s.size()) + " bytes; the limit is "
                      + std::to_string(m_options.limits.maxStringBytes));
            return std::nullopt;
        }
        if (!allowEmpty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
            error(pointer, "empty-field", "\"" + std::string{key} + "\" must not be empty");
            return std::nullopt;
        }
        return s;
    }

    std::optional<std::string> string(const json& obj, std::string_view key, const std::string& base, Need need)
    {
        const json* value = field(obj, key, base, need);
        return value ? stringValue(*value, child(base, key), key) : std::nullopt;
    }

    std::optional<double> number(const json& obj, std::string_view key, const std::string& base, Need need,
                                 double lo, double hi)
    {
        const json* value = field(obj, key, base, need);
        if (!value)
            return std::nullopt;
        const auto pointer = child(base, key);
        if (!value->is_number()) {
            wrongType(pointer, key, "a number", *value);
            return std::nullopt;
        }
        const double v = value->get<double>();
        if (!std::isfinite(v) || v < lo || v > hi) {
            error(pointer, "out-of-range",
                  "\"" + std::string{key} + "\" is " + value->dump() + "; it must lie in [" + json(lo).dump() + ", "
                      + json(hi).dump() + "]");
            return std::nullopt;
        }
        return v;
    }

    std::optional<int> integer(const json& obj, std::string_view key, const std::string& base, Need need, int lo,
                               int hi)
    {
        const json* value = field(obj, key, base, need);
        if (!value)
            return std::nullopt;
        const auto pointer = child(base, key);
        if (!value->is_number_integer()) {
            wrongType(pointer, key, "a whole number", *value);
            return std::nullopt;
        }
        if (value->is_number_unsigned() ? value->get<std::uint64_t>() > static_cast<std::uint64_t>(hi)
                                        : (value->get<std::int64_t>() < lo || value->get<std::int64_t>() > hi)) {
            error(pointer, "out-of-range",
                  "\"" + std::string{key} + "\" is " + value->dump() + "; it must lie in [" + std::to_string(lo) + ", "
                      + std::to_string(hi) + "]");
            return std::nullopt;
        }
        return static_cast<int>(value->get<std::int64_t>());
    }

    std::optional<bool> boolean(const json& obj, std::string_view key, const std::string& base, Need need)
    {
        const json* value = field(obj, key, base, need);
        if (!value)
            return std::nullopt;
        if (!value->is_boolean()) {
            wrongType(child(base, key), key, "true or false", *value);
            return std::nullopt;
        }
        return value->get<bool>();
    }

    const json* array(const json& obj, std::string_view key, const std::string& base, Need need)
    {
        const json* value = field(obj, key, base, need);
        if (value && !value->is_array()) {
            wrongType(child(base, key), key, "an array", *value);
            return nullptr;
        }
        return value;
    }

    const json* object(const json& obj, std::string_view key, const std::string& base, Need need)
    {
        const json* value = field(obj, key, base, need);
        if (value && !value->is_object()) {
            wrongType(child(base, key), key, "an object", *value);
            return nullptr;
        }
        return value;
    }

    std::vector<std::string> stringList(const json& obj, std::string_view key, const std::string& base)
    {
        std::vector<std::string> out;
        const json* list = array(obj, key, base, Need::Optional);
        if (!list)
            return out;
        const auto pointer = child(base, key);
        for (std::size_t i = 0; i < list->size(); ++i)
            if (auto s = stringValue((*list)[i], child(pointer, i), key))
                out.push_back(std::move(*s));
        return out;
    }

    std::string date(const json& obj, std::string_view key, const std::string& base, Need need)
    {
        const auto text = string(obj, key, base, need);
        if (!text)
            return {};
        if (!parseDate(*text)) {
            error(child(base, key), "bad-date", "\"" + std::string{key} + "\" must be a date YYYY-MM-DD, not \"" + *text + "\"");
            return {};
        }
        return *text;
    }

    void knownFields(const json& obj, const std::string& base, std::initializer_list<std::string_view> known)
    {
        for (const auto& [key, value] : obj.items()) {
            if (std::find(known.begin(), known.end(), key) == known.end())
                warning(child(base, key), "unknown-field", "unknown field \"" + key + "\" is ignored (a typo?)");
        }
    }

    std::optional<std::string> id(const json& obj, const std::string& base, std::string_view what)
    {
        auto value = string(obj, "id", base, Need::Required);
        if (value && (value->size() > 80 || !std::all_of(value->begin(), value->end(), isIdChar))) {
            error(child(base, "id"), "bad-id",
                  std::string{what} + " id \"" + *value + "\" must be 1-80 characters of letters, digits, '.', '-', '_'");
            return std::nullopt;
        }
        return value;
    }

    // ---- sections -----------------------------------------------------------------------------
    ExamSpec examSpec(const json& exam, const std::string& base)
    {
        ExamSpec spec;
        knownFields(exam, base,
                    {"duration_minutes", "question_count", "passing_score", "score_scale", "navigation",
                     "passing_fraction", "passing_score_note"});
        spec.durationMinutes = integer(exam, "duration_minutes", base, Need::Required, 1, 1440).value_or(0);
        spec.questionCount = integer(exam, "question_count", base, Need::Required, 1, 1000).value_or(0);
        const auto passing = integer(exam, "passing_score", base, Need::Required, 0, 1'000'000);
        spec.passingScore = passing.value_or(0);
        if (const json* scale = array(exam, "score_scale", base, Need::Required)) {
            const auto pointer = child(base, "score_scale");
            if (scale->size() != 2 || !(*scale)[0].is_number_integer() || !(*scale)[1].is_number_integer()) {
                error(pointer, "wrong-type", "\"score_scale\" must be two whole numbers [lowest, highest]");
            } else {
                const auto lo = (*scale)[0].get<std::int64_t>();
                const auto hi = (*scale)[1].get<std::int64_t>();
                if (lo < 0 || hi > 1'000'000 || lo >= hi) {
                    error(pointer, "out-of-range", "\"score_scale\" must be [lowest, highest] with 0 <= lowest < highest");
                } else {
                    spec.scaleMin = static_cast<int>(lo);
                    spec.scaleMax = static_cast<int>(hi);
                    if (passing && (*passing < spec.scaleMin || *passing > spec.scaleMax))
                        error(child(base, "passing_score"), "out-of-range",
                              "\"passing_score\" " + std::to_string(*passing) + " lies outside the score scale ["
                                  + std::to_string(spec.scaleMin) + ", " + std::to_string(spec.scaleMax) + "]");
                }
            }
        }
        if (auto nav = string(exam, "navigation", base, Need::Required)) {
            if (*nav == "free")
                spec.navigation = Navigation::Free;
            else if (*nav == "forward_only")
                spec.navigation = Navigation::ForwardOnly;
            else
                error(child(base, "navigation"), "bad-value",
                      "\"navigation\" must be \"free\" or \"forward_only\", not \"" + *nav + "\"");
        }
        spec.passingFraction = number(exam, "passing_fraction", base, Need::Optional, 0.0, 1.0);
        return spec;
    }

    std::vector<Domain> domainList(const json& list, const std::string& base)
    {
        std::vector<Domain> domains;
        std::unordered_set<std::string> domainIds;
        double total = 0.0;
        if (list.empty())
            error(base, "empty-field", "a bank needs at least one domain");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto pointer = child(base, i);
            const json& d = list[i];
            if (!d.is_object()) {
                error(pointer, "wrong-type", "a domain must be an object, not " + std::string{typeName(d)});
                continue;
            }
            knownFields(d, pointer, {"id", "name", "weight", "objectives"});
            Domain domain;
            if (auto did = id(d, pointer, "domain")) {
                domain.id = *did;
                if (!domainIds.insert(domain.id).second)
                    error(child(pointer, "id"), "duplicate-id", "duplicate domain id \"" + domain.id + "\"");
            }
            domain.name = string(d, "name", pointer, Need::Required).value_or("");
            if (auto w = number(d, "weight", pointer, Need::Required, 0.0, 1.0)) {
                domain.weight = *w;
                total += *w;
                if (*w <= 0.0)
                    error(child(pointer, "weight"), "out-of-range", "a domain's weight must be above 0");
            }
            if (const json* objectives = array(d, "objectives", pointer, Need::Required)) {
                const auto opointer = child(pointer, "objectives");
                if (objectives->empty())
                    error(opointer, "empty-field", "domain \"" + domain.id + "\" lists no objectives");
                for (std::size_t j = 0; j < objectives->size(); ++j) {
                    const auto op = child(opointer, j);
                    const json& o = (*objectives)[j];
                    if (!o.is_object()) {
                        error(op, "wrong-type", "an objective must be an object, not " + std::string{typeName(o)});
                        continue;
                    }
                    knownFields(o, op, {"id", "title"});
                    Objective objective;
                    if (auto oid = id(o, op, "objective")) {
                        objective.id = *oid;
                        if (!m_objectiveDomain.emplace(objective.id, domain.id).second)
                            error(child(op, "id"), "duplicate-id", "duplicate objective id \"" + objective.id + "\"");
                    }
                    objective.title = string(o, "title", op, Need::Required).value_or("");
                    domain.objectives.push_back(std::move(objective));
                }
            }
            domains.push_back(std::move(domain));
        }
        if (!list.empty() && std::abs(total - 1.0) > 0.001) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.4g", total);
            error(base, "weights-sum", std::string{"domain weights sum to "} + buf + ", not 1 (within 0.001)");
        }
        return domains;
    }

    std::optional<Exhibit> exhibit(const json& obj, const std::string& base)
    {
        const json* e = object(obj, "exhibit", base, Need::Optional);
        if (!e)
            return std::nullopt;
        const auto pointer = child(base, "exhibit");
        knownFields(*e, pointer, {"text", "image", "alt"});
        const bool hasText = e->contains("text");
        const bool hasImage = e->contains("image");
        if (hasText == hasImage) {
            error(pointer, "bad-exhibit", "an exhibit has exactly one of \"text\" or \"image\"");
            return std::nullopt;
        }
        Exhibit out;
        if (hasText) {
            out.text = string(*e, "text", pointer, Need::Required).value_or("");
            return out;
        }
        auto image = string(*e, "image", pointer, Need::Required);
        if (!image)
            return std::nullopt;
        const auto ipointer = child(pointer, "image");
        if (!imagePathAllowed(*image, ipointer))
            return std::nullopt;
        out.image = *image;
        out.alt = string(*e, "alt", pointer, Need::Optional).value_or("");
        if (out.alt.empty())
            warning(pointer, "no-alt-text", "an image exhibit should have \"alt\" text for screen readers");
        return out;
    }

    bool imagePathAllowed(const std::string& path, const std::string& pointer)
    {
        const std::string lower = lowerAscii(path);
        if (lower.find("://") != std::string::npos || lower.rfind("data:", 0) == 0 || lower.rfind("//", 0) == 0) {
            error(pointer, "remote-resource", "image \"" + path + "\" is not a file in the bank's folder: remote and data URLs are not allowed");
            return false;
        }
        if (path.front() == '/' || path.front() == '\\' || (path.size() > 1 && path[1] == ':')) {
            error(pointer, "absolute-path", "image path \"" + path + "\" is absolute; use a path relative to the bank's folder");
            return false;
        }
        if (path.find('\\') != std::string::npos) {
            error(pointer, "bad-path", "image path \"" + path + "\" uses '\\'; separate folders with '/'");
            return false;
        }
        std::size_t start = 0;
        while (start <= path.size()) {
            const auto end = std::min(path.find('/', start), path.size());
            if (path.substr(start, end - start) == "..") {
                error(pointer, "path-escapes-folder", "image path \"" + path + "\" leaves the bank's folder");
                return false;
            }
            start = end + 1;
        }
        const auto dot = lower.rfind('.');
        const std::string ext = dot == std::string::npos ? std::string{} : lower.substr(dot);
        if (ext != ".png" && ext != ".jpg" && ext != ".jpeg") {
            error(pointer, "bad-image-type", "image \"" + path + "\" must be a .png or .jpg file");
            return false;
        }
        if (m_options.assets) {
            switch (m_options.assets(path)) {
            case AssetStatus::Present: break;
            case AssetStatus::Missing:
                error(pointer, "missing-image", "image \"" + path + "\" does not exist in the bank's folder");
                return false;
            case AssetStatus::OutsideFolder:
                error(pointer, "path-escapes-folder", "image \"" + path + "\" resolves outside the bank's folder (a symlink?)");
                return false;
            }
        }
        return true;
    }

    std::vector<Scenario> scenarioList(const json& list, const std::string& base)
    {
        std::vector<Scenario> scenarios;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto pointer = child(base, i);
            const json& s = list[i];
            if (!s.is_object()) {
                error(pointer, "wrong-type", "a scenario must be an object, not " + std::string{typeName(s)});
                continue;
            }
            knownFields(s, pointer, {"id", "text", "exhibit", "title"});
            Scenario scenario;
            if (auto sid = id(s, pointer, "scenario")) {
                scenario.id = *sid;
                if (!m_scenarioIndex.emplace(scenario.id, i).second)
                    error(child(pointer, "id"), "duplicate-id", "duplicate scenario id \"" + scenario.id + "\"");
            }
            scenario.text = string(s, "text", pointer, Need::Required).value_or("");
            scenario.exhibit = exhibit(s, pointer);
            scenarios.push_back(std::move(scenario));
        }
        return scenarios;
    }

    std::vector<Question> questionList(const json& list, const std::string& base)
    {
        std::vector<Question> questions;
        if (list.size() > m_options.limits.maxQuestions) {
            error(base, "too-many-questions",
                  "the bank has " + std::to_string(list.size()) + " questions; the limit is "
                      + std::to_string(m_options.limits.maxQuestions));
            return questions;
        }
        if (list.empty())
            error(base, "empty-field", "a bank needs at least one question");
        questions.reserve(list.size());
        std::unordered_set<std::string> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto pointer = child(base, i);
            const json& q = list[i];
            if (!q.is_object()) {
                error(pointer, "wrong-type", "a question must be an object, not " + std::string{typeName(q)});
                continue;
            }
            auto question = parseQuestion(q, pointer);
            if (!question.id.empty() && !ids.insert(question.id).second)
                error(child(pointer, "id"), "duplicate-id", "duplicate question id \"" + question.id + "\"");
            m_questionPointers.push_back(pointer);
            questions.push_back(std::move(question));
        }
        return questions;
    }

    std::vector<Item> itemList(const json& q, std::string_view key, const std::string& base, std::size_t minimum)
    {
        std::vector<Item> items;
        const json* list = array(q, key, base, Need::Required);
        if (!list)
            return items;
        const auto pointer = child(base, key);
        if (list->size() < minimum || list->size() > 12)
            error(pointer, "out-of-range",
                  "\"" + std::string{key} + "\" needs " + std::to_string(minimum) + " to 12 entries, not "
                      + std::to_string(list->size()));
        std::set<std::string> seenIds;
        std::set<std::string> seenTexts;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto ip = child(pointer, i);
            const json& it = (*list)[i];
            if (!it.is_object()) {
                error(ip, "wrong-type", "an entry of \"" + std::string{key} + "\" must be an object");
                continue;
            }
            knownFields(it, ip, {"id", "text"});
            Item item;
            item.id = id(it, ip, "item").value_or("");
            item.text = string(it, "text", ip, Need::Required).value_or("");
            if (!item.id.empty() && !seenIds.insert(item.id).second)
                error(child(ip, "id"), "duplicate-id", "item id \"" + item.id + "\" is repeated");
            if (!item.text.empty() && !seenTexts.insert(normalised(item.text)).second)
                error(child(ip, "text"), "duplicate-text", "item text \"" + item.text + "\" is repeated");
            items.push_back(std::move(item));
        }
        return items;
    }

    void choices(const json& q, const std::string& base, Question& out)
    {
        const json* list = array(q, "choices", base, Need::Required);
        if (!list)
            return;
        const auto pointer = child(base, "choices");
        if (list->size() < 2 || list->size() > 8)
            error(pointer, "out-of-range", "a question needs 2 to 8 choices, not " + std::to_string(list->size()));
        std::set<std::string> seenIds;
        std::set<std::string> seenTexts;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto cp = child(pointer, i);
            const json& c = (*list)[i];
            if (!c.is_object()) {
                error(cp, "wrong-type", "a choice must be an object, not " + std::string{typeName(c)});
                continue;
            }
            knownFields(c, cp, {"id", "text", "correct", "why"});
            Choice choice;
            choice.id = id(c, cp, "choice").value_or("");
            choice.text = string(c, "text", cp, Need::Required).value_or("");
            choice.correct = boolean(c, "correct", cp, Need::Optional).value_or(false);
            choice.why = string(c, "why", cp, Need::Optional).value_or("");
            if (!choice.id.empty() && !seenIds.insert(choice.id).second)
                error(child(cp, "id"), "duplicate-id", "choice id \"" + choice.id + "\" is repeated");
            if (!choice.text.empty() && !seenTexts.insert(normalised(choice.text)).second)
                error(child(cp, "text"), "duplicate-choice", "choice text \"" + choice.text + "\" is repeated");
            if (choice.why.empty() && !choice.text.empty())
                warning(cp, "no-why", "choice \"" + choice.id + "\" has no \"why\" explaining it");
            out.choices.push_back(std::move(choice));
        }
        const std::size_t correct = out.correctChoiceCount();
        if (out.type == QuestionType::Single && correct != 1 && list->size() >= 2) {
            error(pointer, "correct-count",
                  "a single-answer question needs exactly one correct choice, not " + std::to_string(correct));
        } else if (out.type == QuestionType::Multiple && list->size() >= 2) {
            if (correct < 2) {
                error(pointer, "correct-count",
                      "a multiple-answer question needs two or more correct choices, not " + std::to_string(correct));
            } else if (correct == out.choices.size()) {
                error(pointer, "correct-count", "every choice is correct: nothing is being tested");
            } else if (const auto stated = statedChoiceCount(out.stem); stated == 0) {
                warning(child(base, "stem"), "no-choose-count",
                        "the stem should say how many to choose (\"Choose " + std::to_string(correct) + ".\")");
            } else if (stated != correct) {
                error(child(base, "stem"), "correct-count",
                      "the stem asks to choose " + std::to_string(stated) + " but " + std::to_string(correct)
                          + " choices are correct");
            }
        }
    }

    void orderAnswer(const json& q, const std::string& base, Question& out)
    {
        out.items = itemList(q, "items", base, 2);
        const json* answer = array(q, "answer", base, Need::Required);
        if (!answer)
            return;
        const auto pointer = child(base, "answer");
        std::set<std::string> used;
        for (std::size_t i = 0; i < answer->size(); ++i) {
            auto itemId = stringValue((*answer)[i], child(pointer, i), "answer");
            if (!itemId)
                continue;
            if (std::none_of(out.items.begin(), out.items.end(), [&](const Item& it) { return it.id == *itemId; }))
                error(child(pointer, i), "unknown-item", "\"" + *itemId + "\" is not an item id of this question");
            else if (!used.insert(*itemId).second)
                error(child(pointer, i), "duplicate-id", "item \"" + *itemId + "\" appears twice in the answer");
            out.sequence.push_back(std::move(*itemId));
        }
        for (const auto& item : out.items)
            if (!item.id.empty() && !used.contains(item.id))
                error(pointer, "incomplete-answer", "the answer does not place item \"" + item.id + "\"");
    }

    void matchAnswer(const json& q, const std::string& base, Question& out)
    {
        out.left = itemList(q, "left", base, 2);
        out.right = itemList(q, "right", base, 2);
        const json* answer = object(q, "answer", base, Need::Required);
        if (!answer)
            return;
        const auto pointer = child(base, "answer");
        std::set<std::string> usedRight;
        for (const auto& item : out.left) {
            const auto it = answer->find(item.id);
            if (item.id.empty())
                continue;
            if (it == answer->end()) {
                error(pointer, "incomplete-answer", "the answer does not pair left item \"" + item.id + "\"");
                continue;
            }
            auto rightId = stringValue(*it, child(pointer, item.id), item.id);
            if (!rightId)
                continue;
            if (std::none_of(out.right.begin(), out.right.end(), [&](const Item& r) { return r.id == *rightId; }))
                error(child(pointer, item.id), "unknown-item", "\"" + *rightId + "\" is not a right-side item id");
            else if (!usedRight.insert(*rightId).second)
                error(child(pointer, item.id), "duplicate-id", "right item \"" + *rightId + "\" is paired twice");
            out.pairs.emplace_back(item.id, std::move(*rightId));
        }
        for (const auto& [key, value] : answer->items())
            if (std::none_of(out.left.begin(), out.left.end(), [&](const Item& l) { return l.id == key; }))
                error(child(pointer, key), "unknown-item", "\"" + key + "\" is not a left-side item id");
    }

    Question parseQuestion(const json& q, const std::string& base)
    {
        Question out;
        out.id = id(q, base, "question").value_or("");
        out.objective = string(q, "objective", base, Need::Required).value_or("");
        if (!out.objective.empty()) {
            if (const auto it = m_objectiveDomain.find(out.objective); it != m_objectiveDomain.end())
                out.domain = it->second;
            else
                error(child(base, "objective"), "unknown-objective",
                      "objective \"" + out.objective + "\" is not one of this bank's objectives");
        }
        std::optional<QuestionType> type;
        if (auto typeName = string(q, "type", base, Need::Required)) {
            type = questionTypeFromString(*typeName);
            if (!type)
                error(child(base, "type"), "bad-value",
                      "unknown question type \"" + *typeName + "\" (single, multiple, order, match, numeric, text)");
        }
        out.type = type.value_or(QuestionType::Single);
        out.stem = string(q, "stem", base, Need::Required).value_or("");
        out.explanation = string(q, "explanation", base, Need::Optional).value_or("");
        if (out.explanation.empty() && !q.contains("explanation"))
            warning(base, "no-explanation", "question \"" + out.id + "\" has no explanation");
        out.references = stringList(q, "references", base);
        out.tags = stringList(q, "tags", base);
        out.difficulty = integer(q, "difficulty", base, Need::Optional, 1, 3).value_or(0);
        out.exhibit = exhibit(q, base);
        if (auto scenario = string(q, "scenario", base, Need::Optional)) {
            out.scenario = *scenario;
            if (!m_scenarioIndex.contains(out.scenario))
                error(child(base, "scenario"), "unknown-scenario", "scenario \"" + out.scenario + "\" is not defined");
        }

        static constexpr std::array<std::string_view, 10> common{
            "id", "objective", "type", "stem", "explanation", "references", "difficulty", "tags", "exhibit", "scenario"};
        auto known = [&](std::initializer_list<std::string_view> specific) {
            for (const auto& [key, value] : q.items()) {
                if (std::find(common.begin(), common.end(), key) == common.end()
                    && std::find(specific.begin(), specific.end(), key) == specific.end())
                    warning(child(base, key), "unknown-field",
                            "field \"" + key + "\" is not used by a " + std::string{toString(out.type)} + " question");
            }
        };
        if (!type)
            return out;
        switch (*type) {
        case QuestionType::Single:
        case QuestionType::Multiple:
            known({"choices"});
            choices(q, base, out);
            break;
        case QuestionType::Order:
            known({"items", "answer"});
            orderAnswer(q, base, out);
            break;
        case QuestionType::Match:
            known({"left", "right", "answer"});
            matchAnswer(q, base, out);
            break;
        case QuestionType::Numeric:
            known({"answer", "tolerance", "unit"});
            out.numericAnswer = number(q, "answer", base, Need::Required, -1e15, 1e15).value_or(0.0);
            out.tolerance = number(q, "tolerance", base, Need::Optional, 0.0, 1e15).value_or(0.0);
            out.unit = string(q, "unit", base, Need::Optional).value_or("");
            break;
        case QuestionType::Text:
            known({"accepted", "case_sensitive"});
            out.accepted = stringList(q, "accepted", base);
            if (out.accepted.empty() && q.contains("accepted"))
                error(child(base, "accepted"), "empty-field", "\"accepted\" needs at least one answer");
            else if (!q.contains("accepted"))
                error(base, "missing-field", "missing required field \"accepted\"");
            out.caseSensitive = boolean(q, "case_sensitive", base, Need::Optional).value_or(false);
            break;
        }
        return out;
    }

    void crossChecks(Bank& bank)
    {
        std::unordered_map<std::string, std::size_t> perScenario;
        std::unordered_map<std::string, std::size_t> perDomain;
        std::unordered_map<std::string, std::size_t> perObjective;
        for (std::size_t i = 0; i < bank.questions.size(); ++i) {
            auto& q = bank.questions[i];
            const Scenario* scenario = q.scenario.empty() ? nullptr : bank.findScenario(q.scenario);
            if (scenario)
                ++perScenario[scenario->id];
            ++perDomain[q.domain];
            ++perObjective[q.objective];
            q.contentHash = contentHash(q, scenario && scenario->exhibit ? &*scenario->exhibit : nullptr,
                                        scenario ? std::string_view{scenario->text} : std::string_view{});
        }
        for (std::size_t i = 0; i < bank.scenarios.size(); ++i) {
            const auto& s = bank.scenarios[i];
            const auto n = perScenario[s.id];
            if (n < 2 || n > 6)
                warning(child("/scenarios", i), "scenario-size",
                        "scenario \"" + s.id + "\" has " + std::to_string(n) + " questions; a testlet has 2-4");
        }
        const int count = bank.exam.questionCount;
        for (std::size_t i = 0; i < bank.domains.size(); ++i) {
            const auto& d = bank.domains[i];
            const auto needed = static_cast<std::size_t>(std::lround(d.weight * count));
            if (count > 0 && perDomain[d.id] < needed)
                warning(child("/domains", i), "thin-domain",
                        "domain \"" + d.id + "\" has " + std::to_string(perDomain[d.id]) + " questions; an exam of "
                            + std::to_string(count) + " draws " + std::to_string(needed) + " from it");
            for (std::size_t j = 0; j < d.objectives.size(); ++j)
                if (perObjective[d.objectives[j].id] == 0)
                    warning(child(child(child("/domains", i), "objectives"), j), "uncovered-objective",
                            "objective \"" + d.objectives[j].id + "\" has no questions");
        }
    }

    const BankParseOptions& m_options;
    std::vector<Diagnostic>& m_out;
    std::unordered_map<std::string, std::string> m_objectiveDomain;
    std::unordered_map<std::string, std::size_t> m_scenarioIndex;
    std::vector<std::string> m_questionPointers;
};

bool validUtf8(std::string_view text, std::size_t& badOffset)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0U) == 0xC0U) {
            len = 2;
            cp = c & 0x1FU;
        } else if ((c & 0xF0U) == 0xE0U) {
            len = 3;
            cp = c & 0x0FU;
        } else if ((c & 0xF8U) == 0xF0U) {
            len = 4;
            cp = c & 0x07U;
        } else {
            badOffset = i;
            return false;
        }
        if (i + len > n) {
            badOffset = i;
            return false;
        }
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0U) != 0x80U) {
                badOffset = i;
                return false;
            }
            cp = (cp << 6U) | (s[i + k] & 0x3FU);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF)) {
            badOffset = i;
            return false;
        }
        i += len;
    }
    return true;
}

void locate(std::string_view text, std::vector<Diagnostic>& diagnostics, const JsonScanner* scanner)
{
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        auto& d = diagnostics[i];
        if (d.line != 0)
            continue;
        const std::size_t offset = scanner ? scanner->offsetOf(d.pointer) : 0;
        const auto pos = positionOf(text, offset);
        d.line = pos.line;
        d.column = pos.column;
    }
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

Diagnostic at(std::string_view text, std::size_t offset, std::string_view code, std::string message)
{
    const auto pos = positionOf(text, offset);
    return {Severity::Error, std::string{code}, std::move(message), "", pos.line, pos.column};
}

} // namespace

BankParseResult parseBank(std::string_view text, const BankParseOptions& options)
{
    BankParseResult result;
    auto& diagnostics = result.diagnostics;
    if (text.size() > options.limits.maxBytes) {
        diagnostics.push_back({Severity::Error, "file-too-large",
                               "the file is " + std::to_string(text.size()) + " bytes; the limit is "
                                   + std::to_string(options.limits.maxBytes),
                               "", 1, 1});
        return result;
    }
    if (std::size_t bad = 0; !validUtf8(text, bad)) {
        diagnostics.push_back(at(text, bad, "not-utf8", "the file is not valid UTF-8"));
        return result;
    }
    json root;
    try {
        root = json::parse(text.begin(), text.end(), nullptr, true, false);
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        // nlohmann's text is "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ...";
        // keep what follows the location: we print our own.
        if (const auto colon = what.find(": "); colon != std::string::npos)
            what = what.substr(colon + 2);
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        diagnostics.push_back(at(text, offset, "syntax", "invalid JSON: " + what));
        return result;
    }

    const JsonScanner scanner{text, options.limits.maxDepth};
    if (!scanner.withinDepth()) {
        diagnostics.push_back(at(text, scanner.tooDeepOffset(), "too-deep",
                                 "nesting is deeper than " + std::to_string(options.limits.maxDepth) + " levels"));
        return result;
    }
    for (const auto& dup : scanner.duplicateKeys()) {
        auto d = at(text, dup.offset, "duplicate-key", "a key repeated in one object: only the last would count");
        d.pointer = dup.pointer;
        diagnostics.push_back(std::move(d));
    }

    Validator validator{options, diagnostics};
    auto bank = std::make_shared<Bank>(validator.bank(root));
    locate(text, diagnostics, &scanner);
    if (countErrors(diagnostics) == 0)
        result.bank = std::move(bank);
    return result;
}

} // namespace certdrill::core
