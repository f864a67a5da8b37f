#include "core/scoring/SessionReport.h"

#include "core/common/Time.h"
#include "core/scoring/Credit.h"
#include "core/scoring/Response.h"

#include <nlohmann/json.hpp>

#include <map>

namespace certdrill::core {
namespace {

using json = nlohmann::json;

double percentOf(double credit, std::size_t questions)
{
    return questions == 0 ? 0.0 : 100.0 * credit / static_cast<double>(questions);
}

void count(AreaResult& area, const QuestionResult& r)
{
    ++area.questions;
    area.answered += r.answered ? 1U : 0U;
    area.credit += r.credit;
}

std::optional<Response> readResponse(const Question& q, const std::optional<std::string>& stored)
{
    if (!stored)
        return std::nullopt;
    const auto parsed = json::parse(*stored, nullptr, false);
    if (parsed.is_discarded())
        return std::nullopt;
    auto response = parseResponse(q, parsed);
    return response ? std::optional<Response>{std::move(*response)} : std::nullopt;
}

json areaJson(const AreaResult& a, bool withWeight)
{
    json out{{"id", a.id}, {"name", a.name},   {"questions", a.questions}, {"answered", a.answered},
             {"credit", a.credit}, {"percent", a.percent()}};
    if (withWeight)
        out["weight"] = a.weight;
    return out;
}

AreaResult areaFromJson(const json& j)
{
    AreaResult a;
    a.id = j.value("id", std::string{});
    a.name = j.value("name", std::string{});
    a.weight = j.value("weight", 0.0);
    a.questions = j.value("questions", std::size_t{0});
    a.answered = j.value("answered", std::size_t{0});
    a.credit = j.value("credit", 0.0);
    return a;
}

Timestamp timeFrom(const json& j, const char* key)
{
    const auto parsed = parseIso8601(j.value(key, std::string{}));
    return parsed.value_or(Timestamp{});
}

} // namespace

double AreaResult::percent() const { return percentOf(credit, questions); }

double SessionReport::percent() const { return percentOf(raw, questionCount); }

SessionReport buildReport(const Bank& bank, const std::vector<ScoredAnswer>& answers, const ScoringOptions& scoring,
                          const SessionFacts& facts)
{
    SessionReport report;
    report.bankId = bank.id;
    report.bankTitle = bank.title;
    report.examCode = bank.examCode;
    report.bankVersion = bank.version;
    report.facts = facts;
    report.scoring = scoring;

    std::map<std::string, AreaResult> domains;
    std::map<std::string, AreaResult> objectives;
    std::size_t vanished = 0;
    for (const auto& a : answers) {
        const Question* q = bank.findQuestion(a.questionId);
        if (!q) {
            ++vanished;
            continue;
        }
        const auto response = readResponse(*q, a.response);
        QuestionResult r;
        r.index = report.questions.size();
        r.questionId = q->id;
        r.domain = q->domain;
        r.objective = q->objective;
        r.type = q->type;
        r.answered = response.has_value();
        r.flagged = a.flagged;
        r.credit = response ? creditFor(*q, *response, scoring) : 0.0;
        r.timeMs = a.timeMs;
        count(domains[q->domain], r);
        count(objectives[q->objective], r);
        report.answered += r.answered ? 1U : 0U;
        report.correct += r.credit >= 1.0 ? 1U : 0U;
        report.partial += r.credit > 0.0 && r.credit < 1.0 ? 1U : 0U;
        report.flagged += r.flagged ? 1U : 0U;
        report.raw += r.credit;
        if (r.credit < 1.0)
            report.missed.push_back({r.index, q->id, q->stem, feedbackFor(*q, response, scoring, a.shownOrder)});
        report.questions.push_back(std::move(r));
    }
    report.questionCount = report.questions.size();
    report.scaled = scaleScore(bank.exam, report.questionCount == 0 ? 0.0 : report.raw / static_cast<double>(report.questionCount));

    for (const auto& d : bank.domains) { // in blueprint order
        if (auto it = domains.find(d.id); it != domains.end()) {
            it->second.id = d.id;
            it->second.name = d.name;
            it->second.weight = d.weight;
            report.domains.push_back(it->second);
        }
        for (const auto& o : d.objectives)
            if (auto it = objectives.find(o.id); it != objectives.end()) {
                it->second.id = o.id;
                it->second.name = o.title;
                report.objectives.push_back(it->second);
            }
    }
    if (vanished > 0)
        report.notes.push_back(std::to_string(vanished) + " question(s) left the bank since the session began and are "
                                                           "not scored");
    return report;
}

json toJson(const SessionReport& r)
{
    json domains = json::array();
    for (const auto& d : r.domains)
        domains.push_back(areaJson(d, true));
    json objectives = json::array();
    for (const auto& o : r.objectives)
        objectives.push_back(areaJson(o, false));
    json questions = json::array();
    for (const auto& q : r.questions)
        questions.push_back({{"index", q.index},       {"id", q.questionId},       {"domain", q.domain},
                             {"objective", q.objective}, {"type", toString(q.type)}, {"answered", q.answered},
                             {"flagged", q.flagged},   {"credit", q.credit},       {"ms", q.timeMs}});
    json missed = json::array();
    for (const auto& m : r.missed)
        missed.push_back({{"index", m.index}, {"id", m.questionId}, {"stem", m.stem}, {"feedback", toJson(m.feedback)}});
    const auto& f = r.facts;
    const auto& s = r.scaled;
    return {{"report", 1},
            {"bank", {{"id", r.bankId}, {"title", r.bankTitle}, {"exam_code", r.examCode}, {"version", r.bankVersion}}},
            {"mode", toString(f.mode)},
            {"seed", f.seed},
            {"practice", f.practice},
            {"scoring", toJson(r.scoring)},
            {"score",
             {{"questions", r.questionCount},
              {"answered", r.answered},
              {"correct", r.correct},
              {"partial", r.partial},
              {"flagged", r.flagged},
              {"raw", r.raw},
              {"percent", r.percent()},
              {"passed", r.passed()},
              {"scaled",
               {{"value", s.value},
                {"lowest", s.lowest},
                {"highest", s.highest},
                {"passing_score", s.passingScore},
                {"passing_fraction", s.passingFraction},
                {"estimate", true},
                {"note", kScaledScoreNote}}}}},
            {"time",
             {{"elapsed_ms", f.elapsedMs},
              {"limit_ms", f.timeLimitMs ? json(*f.timeLimitMs) : json()},
              {"timed_out", f.timedOut},
              {"pauses", f.pauses},
              {"paused_ms", f.pausedMs},
              {"resumes", f.resumes},
              {"started_at", formatIso8601(f.startedAt)},
              {"finished_at", formatIso8601(f.finishedAt)}}},
            {"domains", domains},
            {"objectives", objectives},
            {"questions", questions},
            {"missed", missed},
            {"notes", r.notes}};
}

Result<SessionReport> reportFromJson(const json& j)
{
    if (!j.is_object() || j.value("report", 0) != 1 || !j.contains("score") || !j.contains("time"))
        return fail("bad-report", "not a stored session report");
    try {
        SessionReport r;
        const auto& bank = j.at("bank");
        r.bankId = bank.value("id", std::string{});
        r.bankTitle = bank.value("title", std::string{});
        r.examCode = bank.value("exam_code", std::string{});
        r.bankVersion = bank.value("version", std::string{});
        r.facts.mode = studyModeFromString(j.value("mode", std::string{})).value_or(StudyMode::Exam);
        r.facts.seed = j.value("seed", std::uint64_t{0});
        r.facts.practice = j.value("practice", false);
        auto scoring = scoringOptionsFromJson(j.value("scoring", json::object()));
        if (!scoring)
            return tl::unexpected{scoring.error()};
        r.scoring = *scoring;
        const auto& score = j.at("score");
        r.questionCount = score.value("questions", std::size_t{0});
        r.answered = score.value("answered", std::size_t{0});
        r.correct = score.value("correct", std::size_t{0});
        r.partial = score.value("partial", std::size_t{0});
        r.flagged = score.value("flagged", std::size_t{0});
        r.raw = score.value("raw", 0.0);
        const auto& scaled = score.at("scaled");
        r.scaled.value = scaled.value("value", 0);
        r.scaled.lowest = scaled.value("lowest", 0);
        r.scaled.highest = scaled.value("highest", 0);
        r.scaled.passingScore = scaled.value("passing_score", 0);
        r.scaled.passingFraction = scaled.value("passing_fraction", 0.0);
        r.scaled.passed = score.value("passed", false);
        const auto& time = j.at("time");
        r.facts.elapsedMs = time.value("elapsed_ms", std::int64_t{0});
        if (time.contains("limit_ms") && time["limit_ms"].is_number_integer())
            r.facts.timeLimitMs = time["limit_ms"].get<std::int64_t>();
        r.facts.timedOut = time.value("timed_out", false);
        r.facts.pauses = time.value("pauses", 0);
        r.facts.pausedMs = time.value("paused_ms", std::int64_t{0});
        r.facts.resumes = time.value("resumes", 0);
        r.facts.startedAt = timeFrom(time, "started_at");
        r.facts.finishedAt = timeFrom(time, "finished_at");
        for (const auto& d : j.value("domains", json::array()))
            r.domains.push_back(areaFromJson(d));
        for (const auto& o : j.value("objectives", json::array()))
            r.objectives.push_back(areaFromJson(o));
        for (const auto& q : j.value("questions", json::array())) {
            QuestionResult qr;
            qr.index = q.value("index", std::size_t{0});
            qr.questionId = q.value("id", std::string{});
            qr.domain = q.value("domain", std::string{});
            qr.objective = q.value("objective", std::string{});
            qr.type = questionTypeFromString(q.value("type", std::string{})).value_or(QuestionType::Single);
            qr.answered = q.value("answered", false);
            qr.flagged = q.value("flagged", false);
            qr.credit = q.value("credit", 0.0);
            qr.timeMs = q.value("ms", std::int64_t{0});
            r.questions.push_back(std::move(qr));
        }
        for (const auto& m : j.value("missed", json::array()))
            r.missed.push_back({m.value("index", std::size_t{0}), m.value("id", std::string{}),
                                m.value("stem", std::string{}), feedbackFromJson(m.value("feedback", json::object()))});
        r.notes = j.value("notes", std::vector<std::string>{});
        return r;
    } catch (const json::exception& e) {
        return fail("bad-report", std::string{"not a stored session report: "} + e.what());
    }
}

} // namespace certdrill::core
