#include "cli/terminal/JsonLinesDriver.h"

#include "cli/ExitCode.h"
#include "cli/QuestionJson.h"
#include "core/common/Time.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace certdrill::cli {
namespace {

using json = nlohmann::json;
constexpr std::chrono::seconds kTick{1};

/// One JSON document per line, flushed at once: the other side waits for it.
void emit(const json& line)
{
    std::cout << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n' << std::flush;
}

void emitError(const core::Error& e) { emit({{"error", e.message}, {"code", e.code}}); }

bool flag(const json& msg, const char* key) { return msg.contains(key) && msg[key].is_boolean() && msg[key].get<bool>(); }

json sessionInfo(const core::SessionBase& s)
{
    const auto& st = s.settings();
    return {{"id", s.record().id},
            {"uid", s.record().uid},
            {"mode", core::toString(s.mode())},
            {"seed", s.record().seed},
            {"bank", s.bank().id},
            {"questions", s.record().questionOrder.size()},
            {"time_limit_ms", st.timeLimitMs ? json(*st.timeLimitMs) : json()},
            {"practice", st.practice},
            {"navigation", st.navigation == core::Navigation::Free ? "free" : "forward_only"},
            {"scoring", core::toJson(st.scoring)},
            {"resumes", s.record().timer.resumes},
            {"warnings", st.warnings}};
}

void emitEvents(const std::vector<core::TimerEvent>& events, const core::SessionBase& s)
{
    for (const auto e : events)
        emit({{"event", core::toString(e)}, {"timer", timerToJson(s.timer())}});
}

void emitFinished(const core::SessionBase& s)
{
    const auto& r = *s.report();
    emit({{"finished", s.record().uid},
          {"answered", r.answered},
          {"correct", r.correct},
          {"reviews", s.reviewsLoggedAtClose()},
          {"timed_out", r.facts.timedOut},
          {"report", core::toJson(r)}});
}

/// The line that shows a question: with the timer of a timed session, and the session's facts
/// the first time.
json questionLine(const core::SessionBase& s, const core::Question& q, std::size_t index, std::size_t total, bool& first)
{
    json line{{"question", questionToJson(s.bank(), q, index, total, s.layoutOf(q))}};
    if (const auto seed = s.instanceSeedOf(q.id); seed && q.generator)
        line["question"]["generated"] = {{"family", q.generator->family}, {"seed", *seed}};
    if (s.settings().timeLimitMs)
        line["timer"] = timerToJson(s.timer());
    if (first)
        line["session"] = sessionInfo(s);
    first = false;
    return line;
}

/// Submits or finishes the session with `close` and reports it.
template <typename Close>
int closeWith(const core::SessionBase& s, Close&& close)
{
    if (auto done = close(); !done) {
        emitError(done.error());
        return ExitCode::UserError;
    }
    emitFinished(s);
    return ExitCode::Ok;
}

/// `"ms"`: the time the step took, stated by the client (0 or more), instead of the measured one.
std::optional<std::optional<std::int64_t>> statedTime(const json& msg)
{
    if (!msg.contains("ms"))
        return std::optional<std::int64_t>{};
    if (!msg["ms"].is_number_integer() || msg["ms"].get<std::int64_t>() < 0) {
        emit({{"error", "\"ms\" must be a whole number of milliseconds, 0 or more"}, {"code", "usage"}});
        return std::nullopt;
    }
    return std::optional<std::int64_t>{msg["ms"].get<std::int64_t>()};
}

/// Reads the next command; emits timer events and returns nothing when the session closed (time
/// up) or the input ended.
struct Input {
    LineReader& reader;
    core::SessionBase& session;
    bool ended = false;

    template <typename Poll>
    std::optional<json> next(Poll&& poll)
    {
        std::string line;
        while (true) {
            const bool timed = session.settings().timeLimitMs.has_value();
            const auto status = reader.read(line, timed ? std::optional<std::chrono::milliseconds>{kTick} : std::nullopt);
            emitEvents(poll(), session);
            if (session.closed())
                return std::nullopt;
            if (status == LineReader::Status::Timeout)
                continue;
            if (status == LineReader::Status::End) {
                ended = true; // the session stays open and resumable
                return std::nullopt;
            }
            json msg = json::parse(line, nullptr, false);
            if (msg.is_discarded() || !msg.is_object()) {
                emit({{"error", "each line must be one JSON object, e.g. {\"answer\": \"b\"}"}, {"code", "usage"}});
                continue;
            }
            return msg;
        }
    }
};

/// Commands both kinds of session understand; true when `msg` was one of them.
bool common(const json& msg, core::SessionBase& s)
{
    if (flag(msg, "timer")) {
        emit({{"timer", timerToJson(s.timer())}});
        return true;
    }
    if (flag(msg, "pause") || flag(msg, "resume")) {
        const auto done = flag(msg, "pause") ? s.pause() : s.unpause();
        if (!done)
            emitError(done.error());
        else
            emit({{flag(msg, "pause") ? "paused" : "resumed", true}, {"timer", timerToJson(s.timer())}});
        return true;
    }
    return false;
}

} // namespace

int driveJsonLines(core::ExamSession& exam, LineReader& reader)
{
    bool first = true;
    const auto show = [&] {
        const auto& a = exam.answerAt(exam.position());
        auto line = questionLine(exam, exam.current(), exam.position(), exam.total(), first);
        auto& shown = line["question"];
        shown["flagged"] = a.flagged;
        shown["answer"] = a.response ? json::parse(*a.response) : json();
        shown["can_go_back"] = exam.canGoBack();
        shown["leaves_unanswered"] = exam.nextLeavesUnanswered();
        emit(line);
    };
    const auto submit = [&] { return closeWith(exam, [&] { return exam.submit(); }); };
    /// Moves on after an answer or a skip, acknowledging it (`ack`, unless null) once the move is
    /// done; past the last question the exam is submitted.
    const auto advance = [&](std::optional<std::int64_t> ms, const json& ack) -> std::optional<int> {
        if (exam.position() + 1 >= exam.total()) {
            if (!ack.is_null())
                emit(ack);
            return submit();
        }
        if (auto moved = exam.next(ms); !moved) {
            emitError(moved.error()); // time up: the loop reports the submitted exam
            return std::nullopt;
        }
        if (!ack.is_null())
            emit(ack);
        show();
        return std::nullopt;
    };

    Input input{reader, exam};
    show();
    while (auto msg = input.next([&] { return exam.poll(); })) {
        const auto ms = statedTime(*msg);
        if (!ms)
            continue;
        std::optional<int> exit;
        core::Result<void> step;
        if (msg->contains("answer")) {
            const auto id = exam.current().id;
            step = exam.answer((*msg)["answer"], *ms);
            if (step) {
                emit({{"saved", id}, {"question", id}});
                if (!flag(*msg, "stay"))
                    exit = advance(std::nullopt, json());
            }
        } else if (flag(*msg, "skip")) {
            exit = advance(*ms, {{"skipped", exam.current().id}});
        } else if (flag(*msg, "next") || flag(*msg, "previous") || msg->contains("goto")) {
            if (msg->contains("goto") && !(*msg)["goto"].is_number_unsigned())
                step = core::fail("usage", "\"goto\" takes a question index from 0");
            else
                step = flag(*msg, "next")       ? exam.next(*ms)
                       : flag(*msg, "previous") ? exam.previous()
                                                : exam.goTo((*msg)["goto"].get<std::size_t>(), *ms);
            if (step)
                show();
        } else if (msg->contains("flag")) {
            const auto id = exam.current().id;
            step = exam.setFlag(flag(*msg, "flag"));
            if (step)
                emit({{"flagged", id}, {"value", flag(*msg, "flag")}});
        } else if (flag(*msg, "clear")) {
            const auto id = exam.current().id;
            step = exam.clearAnswer();
            if (step)
                emit({{"cleared", id}});
        } else if (flag(*msg, "review")) {
            const auto screen = exam.reviewScreen();
            if (screen)
                emit({{"review", reviewScreenToJson(*screen)}});
            else
                step = tl::unexpected{screen.error()};
        } else if (flag(*msg, "submit")) {
            return submit();
        } else if (!common(*msg, exam)) {
            step = core::fail("usage", "expected {\"answer\": ...}, {\"skip\": true}, {\"next\": true}, "
                                       "{\"previous\": true}, {\"goto\": N}, {\"flag\": true}, {\"review\": true}, "
                                       "{\"timer\": true}, {\"pause\": true}, {\"resume\": true} or {\"submit\": true}");
        }
        if (!step)
            emitError(step.error());
        if (exit)
            return *exit;
        if (exam.closed()) // time ran out during the step
            break;
    }
    if (exam.closed())
        emitFinished(exam);
    return ExitCode::Ok; // or end of input: the exam stays open and resumable
}

int driveJsonLines(core::PracticeSession& session, LineReader& reader)
{
    bool first = true;
    const auto show = [&] { emit(questionLine(session, session.current(), session.position(), session.total(), first)); };
    const auto finish = [&] { return closeWith(session, [&] { return session.finish(); }); };

    Input input{reader, session};
    if (session.done())
        return finish();
    show();
    while (auto msg = input.next([&] { return session.poll(); })) {
        const auto ms = statedTime(*msg);
        if (!ms)
            continue;
        if (msg->contains("answer")) {
            if (flag(*msg, "guessed") && flag(*msg, "sure")) {
                emit({{"error", "an answer cannot be both \"guessed\" and \"sure\""}, {"code", "usage"}});
                continue;
            }
            const auto confidence = flag(*msg, "guessed") ? core::Confidence::Guessed
                                    : flag(*msg, "sure")  ? core::Confidence::Sure
                                                          : core::Confidence::Normal;
            auto outcome = session.answer((*msg)["answer"], confidence, *ms);
            if (!outcome) {
                emitError(outcome.error());
                if (outcome.error().code == "bad-answer")
                    continue;
                break;
            }
            json ack{{"ack", outcome->reviewUid},
                     {"question", outcome->questionId},
                     {"correct", outcome->correct},
                     {"credit", outcome->credit},
                     {"rating", static_cast<int>(outcome->rating)},
                     {"due", core::formatIso8601(outcome->memory.due)}};
            if (outcome->feedback)
                ack["feedback"] = core::toJson(*outcome->feedback);
            emit(ack);
        } else if (flag(*msg, "skip")) {
            const auto id = session.current().id;
            if (auto skipped = session.skip(*ms); !skipped) {
                emitError(skipped.error());
                break;
            }
            emit({{"skipped", id}});
        } else if (flag(*msg, "submit")) {
            return finish();
        } else {
            if (!common(*msg, session))
                emitError({"usage", "expected {\"answer\": ...}, {\"skip\": true}, {\"timer\": true}, "
                                    "{\"pause\": true}, {\"resume\": true} or {\"submit\": true}"});
            continue;
        }
        if (session.done())
            break;
        show();
    }
    if (session.closed()) {
        emitFinished(session);
        return ExitCode::Ok;
    }
    if (input.ended)
        return ExitCode::Ok;
    if (session.done())
        return finish();
    return ExitCode::UserError;
}

} // namespace certdrill::cli
