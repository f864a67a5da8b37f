#include "cli/terminal/TerminalQuiz.h"

#include "cli/ExitCode.h"
#include "cli/terminal/AnswerInput.h"
#include "cli/terminal/QuestionView.h"
#include "cli/terminal/ReportView.h"
#include "core/scoring/AnswerText.h"
#include "core/scoring/Response.h"

#include <iostream>

namespace certdrill::cli {
namespace {

constexpr std::chrono::seconds kTick{1};

std::string trim(const std::string& s)
{
    const auto begin = s.find_first_not_of(" \t");
    if (begin == std::string::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

std::string join(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

const char* kExamHelp = "Answer: type the option numbers (or letters a-e), a number or text; it is saved and the next "
                        "question shows.\n"
                        "  Enter/n next   p previous   g N go to question N   f flag   r review screen   x clear answer\n"
                        "  s submit   pause / resume (practice exams)   q save and leave   ? this help\n";
const char* kForwardOnlyHelp = "This exam moves forward only (as Cisco's does): no going back, no flags, no review "
                               "screen; inside a scenario you may move between its questions until you leave it.\n";
const char* kPracticeHelp = "Answer: type the option numbers (or letters a-e), a number or text. End it with ? if you "
                            "guessed, ! if you are sure.\n"
                            "  Enter/n skip   s finish now (report)   pause / resume (quizzes)   q save and leave   ? help\n";

/// Talks with the candidate: prompts, one line at a time, the timer line kept fresh.
class Screen {
public:
    Screen(const Terminal& t, LineReader& in, core::SessionBase& session) : m_t(t), m_in(in), m_session(session) {}

    enum class Got { Line, Closed, End };

    /// Shows `timerLine` (empty: none) above the prompt and waits for a line; the timer line is
    /// refreshed every second on a live terminal. Returns Closed when time ran out (the session
    /// is closed then).
    template <typename Poll, typename TimerLine>
    Got read(std::string& line, Poll&& poll, TimerLine&& timerLine)
    {
        if (const auto text = timerLine(); !text.empty())
            std::cout << text << "\n";
        std::cout << "> " << std::flush;
        while (true) {
            const auto status = m_in.read(line, kTick);
            const auto events = poll();
            for (const auto e : events)
                announce(e);
            if (m_session.closed())
                return Got::Closed;
            if (!events.empty()) { // the warning took the timer line's place: show both again
                if (const auto text = timerLine(); !text.empty())
                    std::cout << text << "\n";
                std::cout << "> " << std::flush;
            }
            if (status == LineReader::Status::End)
                return Got::End;
            if (status == LineReader::Status::Line)
                return Got::Line;
            const auto text = timerLine();
            if (!text.empty())
                m_t.rewriteLineAbove(text);
        }
    }

    /// y or n; anything else (or the end of input) is no.
    template <typename Poll>
    bool confirm(const std::string& question, Poll&& poll)
    {
        std::cout << question << " (y/n)\n";
        std::string line;
        return read(line, poll, [] { return std::string{}; }) == Got::Line && (trim(line) == "y" || trim(line) == "yes");
    }

    void announce(core::TimerEvent e) const
    {
        switch (e) {
        case core::TimerEvent::TenMinutesLeft: std::cout << "\n" << m_t.yellow("! 10 minutes left") << "\n"; break;
        case core::TimerEvent::FiveMinutesLeft: std::cout << "\n" << m_t.red("! 5 minutes left") << "\n"; break;
        case core::TimerEvent::TimeUp: std::cout << "\n" << m_t.red(m_t.bold("Time is up.")) << "\n" << std::flush; break;
        }
    }

    void error(const core::Error& e) const { std::cout << m_t.red(e.message) << "\n"; }

private:
    const Terminal& m_t;
    LineReader& m_in;
    core::SessionBase& m_session;
};

int showReport(const Terminal& t, const core::SessionBase& s, const ReportDetail& detail = {})
{
    std::cout << "\n" << renderReport(t, *s.report(), detail) << std::flush;
    return ExitCode::Ok;
}

/// The report without the missed questions, which come on request (a 90-question exam can miss
/// dozens); `certdrill results show ID` prints them again later.
int showExamReport(const Terminal& t, const core::SessionBase& s, LineReader& input)
{
    const auto& report = *s.report();
    std::cout << "\n" << renderReport(t, report, {.missed = false});
    std::cout << "\n" << t.dim("Saved as session " + std::to_string(s.record().id) + ": certdrill results show " +
                                std::to_string(s.record().id) + " prints this report again.") << "\n";
    if (report.missed.empty())
        return ExitCode::Ok;
    std::cout << "Show the " << report.missed.size() << " missed question(s) with their explanations? (y/n)\n> "
              << std::flush;
    std::string line;
    if (input.read(line) == LineReader::Status::Line && (trim(line) == "y" || trim(line) == "yes"))
        std::cout << renderReport(t, report, {.summary = false, .objectives = false, .timing = false});
    std::cout << std::flush;
    return ExitCode::Ok;
}

int leave(const Terminal& t, const std::string& hint)
{
    std::cout << "\n" << t.dim("Saved. Continue later with: " + hint) << "\n" << std::flush;
    return ExitCode::Ok;
}

} // namespace

int runTerminalExam(core::ExamSession& exam, const Terminal& t, LineReader& input, const std::string& resumeHint)
{
    Screen screen{t, input, exam};
    const auto poll = [&] { return exam.poll(); };
    const auto counts = [&] {
        std::pair<std::size_t, std::size_t> c{0, 0};
        for (std::size_t i = 0; i < exam.total(); ++i) {
            c.first += exam.answerAt(i).response ? 1U : 0U;
            c.second += exam.answerAt(i).flagged ? 1U : 0U;
        }
        return c;
    };
    const auto timerLine = [&] {
        const auto [answered, flagged] = counts();
        return renderTimerLine(t, exam.timer(), exam.position(), exam.total(), answered, flagged);
    };
    const bool free = exam.navigator().navigation() == core::Navigation::Free;
    const auto show = [&] {
        t.clearScreen();
        const auto& q = exam.current();
        const auto& a = exam.answerAt(exam.position());
        QuestionHeader header{exam.position(), exam.total(), a.flagged, std::nullopt};
        if (a.response)
            if (auto r = core::parseResponse(q, nlohmann::json::parse(*a.response)))
                header.savedAnswer = join(core::describeResponse(q, *r));
        std::cout << renderQuestion(t, exam.bank(), q, exam.layoutOf(q), header) << "\n";
    };
    const auto submit = [&](bool ask) -> std::optional<int> {
        const auto [answered, flagged] = counts();
        if (ask && !screen.confirm("Submit the exam? " + std::to_string(exam.total() - answered) + " unanswered, " +
                                       std::to_string(flagged) + " flagged.",
                                   poll))
            return exam.closed() ? std::optional<int>{showExamReport(t, exam, input)} : std::nullopt;
        if (auto done = exam.submit(); !done && !exam.closed()) {
            screen.error(done.error());
            return std::nullopt;
        }
        return showExamReport(t, exam, input);
    };
    const auto review = [&] {
        if (const auto s = exam.reviewScreen())
            std::cout << "\n" << renderReviewScreen(t, *s);
        else
            screen.error(s.error());
    };
    /// Enter, `n`, or an answer given: the next question; after the last, the review screen.
    const auto forward = [&]() -> std::optional<int> {
        if (exam.position() + 1 >= exam.total()) {
            if (free) {
                review();
                return std::nullopt;
            }
            return submit(true);
        }
        if (exam.nextLeavesUnanswered() &&
            !screen.confirm("You cannot come back to this. Leave it with questions unanswered?", poll))
            return exam.closed() ? std::optional<int>{showExamReport(t, exam, input)} : std::nullopt;
        if (auto moved = exam.next(); !moved)
            screen.error(moved.error());
        else
            show();
        return std::nullopt;
    };

    std::cout << t.bold(exam.bank().title + " (" + exam.bank().examCode + ")") << ": " << exam.total() << " questions";
    if (const auto limit = exam.settings().timeLimitMs)
        std::cout << " in " << formatDuration(*limit) << (exam.settings().practice ? " (practice exam: pausing allowed)" : "");
    std::cout << ", seed " << exam.record().seed << "\n" << kExamHelp << (free ? "" : kForwardOnlyHelp) << "\n";
    show();
    std::string line;
    while (true) {
        const auto got = screen.read(line, poll, timerLine);
        if (got == Screen::Got::Closed)
            return showExamReport(t, exam, input);
        if (got == Screen::Got::End)
            return leave(t, resumeHint);
        const auto cmd = trim(line);
        std::optional<int> exit;
        core::Result<void> step;
        if (cmd.empty() || cmd == "n") {
            exit = forward();
        } else if (cmd == "p" || cmd == "b") {
            step = exam.previous();
            if (step)
                show();
        } else if (cmd == "g" || cmd.rfind("g ", 0) == 0) {
            const auto n = std::atoi(cmd.c_str() + 1);
            step = n >= 1 ? exam.goTo(static_cast<std::size_t>(n - 1)) : core::fail("usage", "type g and a question number, e.g. g 12");
            if (step)
                show();
        } else if (cmd == "f") {
            step = exam.setFlag(!exam.answerAt(exam.position()).flagged);
            if (step)
                show();
        } else if (cmd == "r") {
            review();
        } else if (cmd == "x") {
            step = exam.clearAnswer();
            if (step)
                show();
        } else if (cmd == "s") {
            exit = submit(true);
        } else if (cmd == "q") {
            return leave(t, resumeHint);
        } else if (cmd == "pause") {
            step = exam.pause();
            if (step)
                std::cout << t.yellow("Paused: the clock has stopped. Type resume to go on.") << "\n";
        } else if (cmd == "resume") {
            step = exam.unpause();
            if (step)
                show();
        } else if (cmd == "?" || cmd == "h") {
            std::cout << kExamHelp << (free ? "" : kForwardOnlyHelp);
        } else {
            const auto& q = exam.current();
            auto answer = parseTypedAnswer(q, exam.layoutOf(q), cmd[0] == '=' ? cmd.substr(1) : cmd);
            step = answer ? exam.answer(*answer) : core::Result<void>{tl::unexpected{answer.error()}};
            if (step)
                exit = forward();
        }
        if (!step) {
            screen.error(step.error());
            if (exam.closed())
                return showExamReport(t, exam, input);
        }
        if (exit)
            return *exit;
        if (exam.closed())
            return showExamReport(t, exam, input);
    }
}

int runTerminalPractice(core::PracticeSession& session, const Terminal& t, LineReader& input, const std::string& resumeHint)
{
    Screen screen{t, input, session};
    const auto poll = [&] { return session.poll(); };
    std::size_t answered = 0;
    for (const auto& a : session.record().answers)
        answered += a.response ? 1U : 0U;
    const auto timerLine = [&] {
        return renderTimerLine(t, session.timer(), session.position(), session.total(), answered, 0);
    };
    const bool quiz = session.mode() == core::StudyMode::Quiz;
    const ReportDetail detail{.objectives = quiz, .timing = quiz, .missed = quiz}; // the others showed feedback already
    const auto finish = [&]() -> int {
        if (!session.closed())
            if (auto done = session.finish(); !done) {
                screen.error(done.error());
                return ExitCode::UserError;
            }
        return showReport(t, session, detail);
    };
    const auto show = [&] {
        t.clearScreen();
        const auto& q = session.current();
        std::cout << renderQuestion(t, session.bank(), q, session.layoutOf(q), {session.position(), session.total(), false, {}})
                  << "\n";
    };

    std::cout << t.bold(session.bank().title + " (" + session.bank().examCode + ")") << ": "
              << core::toString(session.mode()) << ", " << session.total() << " questions";
    if (const auto limit = session.settings().timeLimitMs)
        std::cout << " in " << formatDuration(*limit);
    std::cout << "\n" << kPracticeHelp << "\n";
    if (session.done())
        return finish();
    show();
    std::string line;
    while (true) {
        const auto got = screen.read(line, poll, timerLine);
        if (got == Screen::Got::Closed)
            return showReport(t, session, detail);
        if (got == Screen::Got::End)
            return leave(t, resumeHint);
        auto cmd = trim(line);
        if (cmd == "q")
            return leave(t, resumeHint);
        if (cmd == "s")
            return finish();
        if (cmd == "?" || cmd == "h") {
            std::cout << kPracticeHelp;
            continue;
        }
        if (cmd == "pause" || cmd == "resume") {
            const auto step = cmd == "pause" ? session.pause() : session.unpause();
            if (!step)
                screen.error(step.error());
            else if (cmd == "pause")
                std::cout << t.yellow("Paused: the clock has stopped. Type resume to go on.") << "\n";
            else
                show();
            continue;
        }
        if (cmd == "f" || cmd == "r" || cmd == "p" || cmd.rfind("g ", 0) == 0) {
            std::cout << t.dim("Flags, going back and the review screen belong to exams.") << "\n";
            continue;
        }
        if (cmd.empty() || cmd == "n") {
            if (auto skipped = session.skip(); !skipped) {
                screen.error(skipped.error());
                if (session.closed())
                    return showReport(t, session, detail);
                continue;
            }
        } else {
            auto confidence = core::Confidence::Normal;
            if (cmd.size() > 1 && (cmd.back() == '?' || cmd.back() == '!')) {
                confidence = cmd.back() == '?' ? core::Confidence::Guessed : core::Confidence::Sure;
                cmd = trim(cmd.substr(0, cmd.size() - 1));
            }
            const auto& q = session.current();
            const auto typed = parseTypedAnswer(q, session.layoutOf(q), cmd[0] == '=' ? cmd.substr(1) : cmd);
            if (!typed) {
                screen.error(typed.error());
                continue;
            }
            const auto outcome = session.answer(*typed, confidence);
            if (!outcome) {
                screen.error(outcome.error());
                if (session.closed())
                    return showReport(t, session, detail);
                continue;
            }
            ++answered;
            if (outcome->feedback) {
                std::cout << "\n" << renderFeedback(t, *outcome->feedback) << "\n"
                          << t.dim("Rated " + std::string{core::ratingName(outcome->rating)} + ". Enter to go on.")
                          << "\n";
                std::string ignored;
                const auto next = screen.read(ignored, poll, [] { return std::string{}; });
                if (next == Screen::Got::Closed)
                    return showReport(t, session, detail);
                if (next == Screen::Got::End) {
                    if (session.done())
                        return finish();
                    return leave(t, resumeHint);
                }
            }
        }
        if (session.done())
            return finish();
        show();
    }
}

} // namespace certdrill::cli
