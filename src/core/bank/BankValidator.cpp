#include "core/bank/BankValidator.h"

#include "core/bank/ContentHash.h"
#include "core/bank/QuestionValidator.h"
#include "core/bank/TextRules.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace certdrill::core {
namespace {

constexpr std::string_view kFormat = "certdrill-bank/1";

bool isBankId(std::string_view id)
{
    return id.size() >= 3 && id.size() <= 80
           && std::all_of(id.begin(), id.end(),
                          [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

/// A BCP 47 tag as banks use it: `en`, `de`, `pt-BR`, `zh-Hans`.
bool isLanguageTag(std::string_view tag)
{
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
    const auto dash = std::min(tag.find('-'), tag.size());
    if (dash < 2 || dash > 3 || !std::all_of(tag.begin(), tag.begin() + static_cast<std::ptrdiff_t>(dash), alpha))
        return false;
    for (std::size_t start = dash + 1; start <= tag.size() && dash < tag.size();) {
        const auto end = std::min(tag.find('-', start), tag.size());
        const auto part = tag.substr(start, end - start);
        if (part.size() < 2 || part.size() > 8 || !std::all_of(part.begin(), part.end(), alnum))
            return false;
        start = end + 1;
    }
    return true;
}

std::string countOf(std::size_t n, std::string_view noun)
{
    return std::to_string(n) + ' ' + std::string{noun} + (n == 1 ? "" : "s");
}

constexpr std::size_t kMinScenarioQuestions = 2;
constexpr std::size_t kMaxScenarioQuestions = 4;

} // namespace

Bank BankValidator::bank()
{
    Bank b;
    const JsonNode& root = m_doc.root();
    const JsonPath path;
    if (!root.isObject()) {
        m_read.error(path, "wrong-type",
                     "a bank must be a JSON object, not " + std::string{FieldReader::typeName(root)});
        return b;
    }
    header(root, b);
    if (const JsonNode* exam = m_read.object(root, "exam", path, Need::Required))
        b.exam = examSpec(*exam, path / "exam");
    if (const JsonNode* list = m_read.array(root, "domains", path, Need::Required))
        b.domains = domains(*list, path / "domains");
    if (const JsonNode* list = m_read.array(root, "scenarios", path, Need::Optional))
        b.scenarios = scenarios(*list, path / "scenarios");
    if (const JsonNode* list = m_read.array(root, "questions", path, Need::Required)) {
        QuestionValidator questions{m_read, m_objectiveDomains, m_scenarioIds};
        b.questions = questions.questions(*list, path / "questions", m_options.limits.maxQuestions);
    }
    crossChecks(b);
    return b;
}

void BankValidator::header(const JsonNode& root, Bank& b)
{
    const JsonPath path;
    m_read.knownFields(root, path,
                       {"$schema", "format", "id", "title", "vendor", "exam_code", "version", "language", "license",
                        "launched", "retires", "description", "exam", "domains", "questions", "scenarios"});
    if (auto format = m_read.string(root, "format", path, Need::Required)) {
        b.format = std::move(*format);
        if (b.format != kFormat)
            m_read.error(path / "format", "unsupported-format",
                         "unsupported format " + quotedText(b.format) + ": this version reads \"" + std::string{kFormat}
                             + "\"");
    }
    if (auto id = m_read.string(root, "id", path, Need::Required)) {
        b.id = std::move(*id);
        if (!isBankId(b.id))
            m_read.error(path / "id", "bad-id",
                         "bank id " + quotedText(b.id) + " must be 3-80 characters of a-z, 0-9 and '-'");
    }
    b.title = m_read.string(root, "title", path, Need::Required).value_or("");
    b.vendor = m_read.string(root, "vendor", path, Need::Required).value_or("");
    b.examCode = m_read.string(root, "exam_code", path, Need::Required).value_or("");
    b.version = m_read.string(root, "version", path, Need::Required).value_or("");
    b.language = m_read.string(root, "language", path, Need::Optional).value_or("en");
    if (!isLanguageTag(b.language))
        m_read.error(path / "language", "bad-value",
                     "language " + quotedText(b.language) + " must be a language tag such as \"en\" or \"pt-BR\"");
    b.license = m_read.string(root, "license", path, Need::Optional).value_or("");
    if (!m_read.field(root, "license", path, Need::Optional))
        m_read.warning(path, "no-license", "the bank states no licence: others cannot know whether they may share it");
    b.description = m_read.string(root, "description", path, Need::Optional).value_or("");
    b.launched = m_read.date(root, "launched", path, Need::Optional);
    b.retires = m_read.date(root, "retires", path, Need::Optional);
    if (!b.launched.empty() && !b.retires.empty() && b.retires < b.launched)
        m_read.error(path / "retires", "out-of-range",
                     "retires (" + b.retires + ") is before launched (" + b.launched + ")");
}

ExamSpec BankValidator::examSpec(const JsonNode& exam, const JsonPath& path)
{
    ExamSpec spec;
    m_read.knownFields(exam, path,
                       {"duration_minutes", "question_count", "passing_score", "score_scale", "navigation",
                        "passing_fraction", "passing_score_note"});
    spec.durationMinutes = m_read.integer(exam, "duration_minutes", path, Need::Required, 1, 1440).value_or(0);
    spec.questionCount = m_read.integer(exam, "question_count", path, Need::Required, 1, 1000).value_or(0);
    const auto passing = m_read.integer(exam, "passing_score", path, Need::Required, 0, 1'000'000);
    spec.passingScore = passing.value_or(0);
    scoreScale(exam, path, passing, spec);
    if (auto nav = m_read.string(exam, "navigation", path, Need::Required)) {
        if (*nav == "free")
            spec.navigation = Navigation::Free;
        else if (*nav == "forward_only")
            spec.navigation = Navigation::ForwardOnly;
        else
            m_read.error(path / "navigation", "bad-value",
                         "\"navigation\" must be \"free\" or \"forward_only\", not " + quotedText(*nav));
    }
    spec.passingFraction = m_read.number(exam, "passing_fraction", path, Need::Optional, 0.0, 1.0);
    spec.passingScoreNote = m_read.string(exam, "passing_score_note", path, Need::Optional).value_or("");
    return spec;
}

void BankValidator::scoreScale(const JsonNode& exam, const JsonPath& path, std::optional<int> passing, ExamSpec& spec)
{
    const JsonNode* scale = m_read.array(exam, "score_scale", path, Need::Required);
    if (!scale)
        return;
    const JsonPath spath = path / "score_scale";
    const auto ends = m_read.children(*scale);
    if (ends.size() != 2 || !ends[0].isNumber() || !ends[0].integral || !ends[1].isNumber() || !ends[1].integral) {
        m_read.error(spath, "wrong-type", "\"score_scale\" must be two whole numbers [lowest, highest]");
        return;
    }
    const auto lo = ends[0].toInt64();
    const auto hi = ends[1].toInt64();
    if (!lo || !hi || *lo < 0 || *hi > 1'000'000 || *lo >= *hi) {
        m_read.error(spath, "out-of-range",
                     "\"score_scale\" must be [lowest, highest] with 0 <= lowest < highest <= 1000000");
        return;
    }
    spec.scaleMin = static_cast<int>(*lo);
    spec.scaleMax = static_cast<int>(*hi);
    if (passing && (*passing < spec.scaleMin || *passing > spec.scaleMax))
        m_read.error(path / "passing_score", "out-of-range",
                     "\"passing_score\" " + std::to_string(*passing) + " lies outside the score scale ["
                         + std::to_string(spec.scaleMin) + ", " + std::to_string(spec.scaleMax) + "]");
}

std::vector<Domain> BankValidator::domains(const JsonNode& list, const JsonPath& path)
{
    std::vector<Domain> out;
    std::unordered_set<std::string> ids;
    double total = 0.0;
    if (list.count == 0)
        m_read.error(path, "empty-field", "a bank needs at least one domain");
    m_read.forEachObject(list, path, "a domain", [&](const JsonNode& d, const JsonPath& dpath) {
        m_read.knownFields(d, dpath, {"id", "name", "weight", "objectives"});
        Domain domain;
        domain.id = uniqueId(d, dpath, "domain", ids);
        domain.name = m_read.string(d, "name", dpath, Need::Required).value_or("");
        if (auto w = m_read.number(d, "weight", dpath, Need::Required, 0.0, 1.0)) {
            domain.weight = *w;
            total += *w;
            if (*w <= 0.0)
                m_read.error(dpath / "weight", "out-of-range", "a domain's weight must be above 0");
        }
        domain.objectives = objectives(d, dpath, domain.id);
        out.push_back(std::move(domain));
    });
    if (list.count > 0 && std::abs(total - 1.0) > 0.001) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.4g", total);
        m_read.error(path, "weights-sum", std::string{"domain weights sum to "} + buf + ", not 1 (within 0.001)");
    }
    return out;
}

std::vector<Objective> BankValidator::objectives(const JsonNode& domain, const JsonPath& path,
                                                 const std::string& domainId)
{
    std::vector<Objective> out;
    const JsonNode* list = m_read.array(domain, "objectives", path, Need::Required);
    if (!list)
        return out;
    const JsonPath opath = path / "objectives";
    if (list->count == 0)
        m_read.error(opath, "empty-field", "domain " + quotedText(domainId) + " lists no objectives");
    m_read.forEachObject(*list, opath, "an objective", [&](const JsonNode& o, const JsonPath& ipath) {
        m_read.knownFields(o, ipath, {"id", "title"});
        Objective objective;
        if (auto id = m_read.id(o, ipath, "objective")) {
            objective.id = std::move(*id);
            if (!m_objectiveDomains.emplace(objective.id, domainId).second)
                m_read.error(ipath / "id", "duplicate-id", "duplicate objective id " + quotedText(objective.id));
        }
        objective.title = m_read.string(o, "title", ipath, Need::Required).value_or("");
        out.push_back(std::move(objective));
    });
    return out;
}

std::vector<Scenario> BankValidator::scenarios(const JsonNode& list, const JsonPath& path)
{
    std::vector<Scenario> out;
    m_read.forEachObject(list, path, "a scenario", [&](const JsonNode& s, const JsonPath& spath) {
        m_read.knownFields(s, spath, {"id", "title", "text", "exhibit"});
        Scenario scenario;
        scenario.id = uniqueId(s, spath, "scenario", m_scenarioIds);
        scenario.title = m_read.string(s, "title", spath, Need::Optional).value_or("");
        scenario.text = m_read.string(s, "text", spath, Need::Required).value_or("");
        scenario.exhibit = m_read.exhibit(s, spath);
        out.push_back(std::move(scenario));
    });
    return out;
}

std::string BankValidator::uniqueId(const JsonNode& entry, const JsonPath& path, std::string_view what,
                                    std::unordered_set<std::string>& seen)
{
    auto id = m_read.id(entry, path, what);
    if (!id)
        return {};
    if (!seen.insert(*id).second)
        m_read.error(path / "id", "duplicate-id", "duplicate " + std::string{what} + " id " + quotedText(*id));
    return std::move(*id);
}

void BankValidator::crossChecks(Bank& bank)
{
    std::unordered_map<std::string_view, std::size_t> perScenario;
    std::unordered_map<std::string_view, std::size_t> perDomain;
    std::unordered_map<std::string_view, std::size_t> perObjective;
    std::unordered_map<std::string_view, const Scenario*> scenarios;
    for (const auto& s : bank.scenarios)
        scenarios.emplace(s.id, &s);
    for (auto& q : bank.questions) {
        const auto it = q.scenario.empty() ? scenarios.end() : scenarios.find(q.scenario);
        const Scenario* scenario = it == scenarios.end() ? nullptr : it->second;
        if (scenario)
            ++perScenario[scenario->id];
        ++perDomain[q.domain];
        ++perObjective[q.objective];
        q.contentHash = contentHash(q, scenario && scenario->exhibit ? &*scenario->exhibit : nullptr,
                                    scenario ? std::string_view{scenario->text} : std::string_view{});
    }
    const JsonPath root;
    const JsonPath scenariosPath = root / "scenarios";
    for (std::size_t i = 0; i < bank.scenarios.size(); ++i) {
        const auto& s = bank.scenarios[i];
        const auto n = perScenario[s.id];
        if (!s.id.empty() && (n < kMinScenarioQuestions || n > kMaxScenarioQuestions))
            m_read.warning(scenariosPath / i, "scenario-size",
                           "scenario " + quotedText(s.id) + " has " + countOf(n, "question") + "; a testlet has "
                               + std::to_string(kMinScenarioQuestions) + "-" + std::to_string(kMaxScenarioQuestions));
    }
    const int count = bank.exam.questionCount;
    const JsonPath domainsPath = root / "domains";
    for (std::size_t i = 0; i < bank.domains.size(); ++i) {
        const auto& d = bank.domains[i];
        const JsonPath dpath = domainsPath / i;
        const auto needed = static_cast<std::size_t>(std::lround(d.weight * count));
        if (count > 0 && !d.id.empty() && perDomain[d.id] < needed)
            m_read.warning(dpath, "thin-domain",
                           "domain " + quotedText(d.id) + " has " + countOf(perDomain[d.id], "question")
                               + "; an exam of " + std::to_string(count) + " draws "
                               + std::to_string(needed) + " from it");
        const JsonPath opath = dpath / "objectives";
        for (std::size_t j = 0; j < d.objectives.size(); ++j)
            if (!d.objectives[j].id.empty() && perObjective[d.objectives[j].id] == 0)
                m_read.warning(opath / j, "uncovered-objective",
                               "objective " + quotedText(d.objectives[j].id) + " has no questions");
    }
}

} // namespace certdrill::core
