#include "core/feedback/ProblemReport.h"

namespace certdrill::core {

Result<std::string> checkedNote(std::string_view note)
{
    const auto first = note.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return fail("bad-note", "the note is empty: say what is wrong with the question");
    const auto last = note.find_last_not_of(" \t\r\n");
    const auto trimmed = note.substr(first, last - first + 1);
    if (trimmed.size() > 4000)
        return fail("bad-note", "the note is longer than 4000 characters");
    return std::string{trimmed};
}

} // namespace certdrill::core
