#include "cli/terminal/QuestionView.h"

#include "cli/terminal/AnswerInput.h"
#include "core/text/Markdown.h"

#include <algorithm>

namespace certdrill::cli {
namespace {

std::string indentLines(const std::string& text, std::size_t indent)
{
    if (indent == 0)
        return text;
    const std::string pad(indent, ' ');
    std::string out;
    bool atStart = true;
    for (const char c : text) {
        if (atStart && c != '\n')
            out += pad;
        out += c;
        atStart = c == '\n';
    }
    return out;
}

const core::Item* findItem(const std::vector<core::Item>& items, const std::string& id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const core::Item& i) { return i.id == id; });
    return it == items.end() ? nullptr : &*it;
}

std::string exhibitText(const Terminal& t, const core::Exhibit& e)
{
    if (!e.image.empty())
        return t.dim("  [exhibit image " + e.image + (e.alt.empty() ? "" : ": " + e.alt) + "]") + "\n";
    std::string out = t.dim("  Exhibit:") + "\n";
    std::size_t start = 0;
    while (start <= e.text.size()) {
        const auto end = e.text.find('\n', start);
        const auto line = e.text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        out += "    " + (t.colour() ? "\x1b[36m" + line + "\x1b[0m" : line) + "\n";
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

std::string howToAnswer(const core::Question& q)
{
    switch (q.type) {
    case core::QuestionType::Single: return choiceLetters(q) ? "Type a number or letter." : "Type a number.";
    case core::QuestionType::Multiple:
        return "Choose " + std::to_string(q.correctChoiceCount()) + ": type their numbers, e.g. 1 3.";
    case core::QuestionType::Order: return "Type the item numbers in the right order, e.g. 3 1 2.";
    case core::QuestionType::Match: return "For each left item in turn, type the number of its match, e.g. 2 1 3.";
    case core::QuestionType::Numeric: return q.unit.empty() ? "Type a number." : "Type a number (in " + q.unit + ").";
    case core::QuestionType::Text: return "Type your answer (start with = if it is also a command).";
    case core::QuestionType::Generator: break; // sessions show instances, never the entry
    }
    return {};
}

} // namespace

std::string renderMarkdown(const Terminal& t, std::string_view markdown, std::size_t indent)
{
    const auto width = t.width() > indent + 20 ? t.width() - indent : 0;
    return indentLines(core::markdown::toTerminal(core::markdown::parse(markdown), t.colour(), width), indent);
}

std::string renderQuestion(const Terminal& t, const core::Bank& bank, const core::Question& q,
                           const core::QuestionLayout& layout, const QuestionHeader& header)
{
    std::string out = t.bold("Question " + std::to_string(header.index + 1) + " of " + std::to_string(header.total));
    if (!q.objective.empty()) // a family run by itself (certdrill generate --family) has none
        out += t.dim("   " + q.domain + " · objective " + q.objective);
    if (q.generator)
        out += t.dim(" · generated");
    if (header.flagged)
        out += "   " + t.yellow("[flagged]");
    out += "\n\n";
    if (!q.scenario.empty())
        if (const auto* s = bank.findScenario(q.scenario)) {
            out += t.dim("Scenario" + (s->title.empty() ? std::string{} : ": " + s->title)) + "\n";
            out += renderMarkdown(t, s->text, 2);
            if (s->exhibit)
                out += exhibitText(t, *s->exhibit);
            out += "\n";
        }
    out += renderMarkdown(t, q.stem);
    if (q.exhibit)
        out += exhibitText(t, *q.exhibit);
    out += "\n";
    switch (q.type) {
    case core::QuestionType::Single:
    case core::QuestionType::Multiple:
        for (std::size_t i = 0; i < layout.order.size(); ++i)
            for (const auto& c : q.choices)
                if (c.id == layout.order[i])
                    out += "  " + t.bold(optionLabel(q, i)) + "  " + renderMarkdown(t, c.text, 0);
        break;
    case core::QuestionType::Order:
        for (std::size_t i = 0; i < layout.order.size(); ++i)
            if (const auto* item = findItem(q.items, layout.order[i]))
                out += "  " + t.bold(std::to_string(i + 1)) + "  " + renderMarkdown(t, item->text, 0);
        break;
    case core::QuestionType::Match:
        out += t.dim("  Left:") + "\n";
        for (std::size_t i = 0; i < layout.order.size(); ++i)
            if (const auto* item = findItem(q.left, layout.order[i]))
                out += "   " + t.bold(std::to_string(i + 1) + ".") + " " + renderMarkdown(t, item->text, 0);
        out += t.dim("  Right:") + "\n";
        for (std::size_t i = 0; i < layout.right.size(); ++i)
            if (const auto* item = findItem(q.right, layout.right[i]))
                out += "   " + t.bold(std::to_string(i + 1)) + "  " + renderMarkdown(t, item->text, 0);
        break;
    case core::QuestionType::Numeric:
    case core::QuestionType::Text:
    case core::QuestionType::Generator: break;
    }
    if (header.savedAnswer)
        out += "\n" + t.green("Your answer: " + *header.savedAnswer) + "\n";
    out += "\n" + t.dim(howToAnswer(q)) + "\n";
    return out;
}

std::string renderTimerLine(const Terminal& t, const core::TimerStatus& timer, std::size_t index, std::size_t total,
                            std::size_t answered, std::size_t flagged)
{
    std::string clock;
    if (timer.remainingMs) {
        clock = "Time left " + formatDuration(*timer.remainingMs);
        if (timer.paused)
            clock += " (paused)";
        clock = timer.warningMinutes == 5 ? t.red(clock) : timer.warningMinutes == 10 ? t.yellow(clock) : t.bold(clock);
    } else {
        clock = "Time " + formatDuration(timer.elapsedMs);
    }
    std::string line = clock + "  |  Question " + std::to_string(index + 1) + "/" + std::to_string(total) +
                       "  |  answered " + std::to_string(answered);
    if (flagged > 0)
        line += "  |  flagged " + std::to_string(flagged);
    return line;
}

std::string renderFeedback(const Terminal& t, const core::Feedback& f)
{
    std::string out;
    if (f.correct())
        out += "  " + t.green(t.bold("Correct.")) + "\n";
    else if (f.credit > 0)
        out += "  " + t.yellow(t.bold("Partly right (" + std::to_string(static_cast<int>(f.credit * 100 + 0.5)) + "%).")) +
               "\n";
    else
        out += "  " + t.red(t.bold(f.answered ? "Wrong." : "Not answered.")) + "\n";
    const auto lines = [&](const char* title, const std::vector<std::string>& list) {
        if (list.empty())
            return;
        out += t.dim(title) + "\n";
        for (const auto& l : list) { // "2. Data link": a place in a sequence, not a Markdown list
            const auto dot = l.find(". ");
            const bool numbered = dot != std::string::npos && dot > 0 &&
                                  l.find_first_not_of("0123456789") == dot;
            out += numbered ? "    " + l.substr(0, dot + 2) + renderMarkdown(t, l.substr(dot + 2), 0)
                            : renderMarkdown(t, l, 4);
        }
    };
    if (!f.correct())
        lines("  Your answer:", f.yourAnswer);
    lines("  Correct answer:", f.correctAnswer);
    if (!f.explanation.empty()) {
        out += t.dim("  Why:") + "\n";
        out += renderMarkdown(t, f.explanation, 4);
    }
    if (!f.choices.empty()) {
        out += t.dim("  Each choice:") + "\n";
        for (const auto& c : f.choices) {
            const std::string mark = c.correct ? t.green("right") : t.red("wrong");
            out += "    " + mark + (c.chosen ? t.bold(" (yours) ") : " ") + renderMarkdown(t, c.text, 0);
            if (!c.why.empty())
                out += renderMarkdown(t, c.why, 10);
        }
    }
    if (!f.references.empty()) {
        std::string refs;
        for (const auto& r : f.references)
            refs += (refs.empty() ? "" : "; ") + r;
        out += t.dim("  References: " + refs) + "\n";
    }
    return out;
}

std::string renderReviewScreen(const Terminal& t, const core::ReviewScreen& screen)
{
    std::string out = t.bold("Review") + "   answered " + std::to_string(screen.answered) + ", unanswered " +
                      std::to_string(screen.unanswered) + ", flagged " + std::to_string(screen.flagged) + "\n\n";
    std::size_t column = 0;
    for (const auto& e : screen.entries) {
        std::string cell = std::to_string(e.index + 1);
        cell.insert(0, 3 - std::min<std::size_t>(3, cell.size()), ' ');
        cell += e.answered ? " x" : " .";
        cell += e.flagged ? "F" : " ";
        cell += "  ";
        if (e.current)
            cell = t.inverse(cell);
        else if (e.flagged)
            cell = t.yellow(cell);
        else if (!e.answered)
            cell = t.dim(cell);
        out += cell;
        if (++column == 10) {
            out += "\n";
            column = 0;
        }
    }
    if (column != 0)
        out += "\n";
    out += "\n" + t.dim("x answered   . unanswered   F flagged.  g N goes to question N; s submits.") + "\n";
    return out;
}

} // namespace certdrill::cli
