#pragma once

#include "cli/terminal/LineReader.h"
#include "cli/terminal/Terminal.h"
#include "core/session/ExamSession.h"
#include "core/session/PracticeSession.h"

#include <string>

namespace certdrill::cli {

/// The interactive terminal quiz (`certdrill quiz`, `certdrill exam`): questions rendered from the
/// bank's Markdown, a timer line kept up to date on a live terminal, answers and commands typed
/// one per line (`1`-`9` or letters, `f` flag, `r` review, `?` help), and the report at the end.
/// End of input (or `q`) leaves the session saved; `resumeHint` tells how to continue it.
int runTerminalExam(core::ExamSession& exam, const Terminal& terminal, LineReader& input, const std::string& resumeHint);
int runTerminalPractice(core::PracticeSession& session, const Terminal& terminal, LineReader& input,
                        const std::string& resumeHint);

} // namespace certdrill::cli
