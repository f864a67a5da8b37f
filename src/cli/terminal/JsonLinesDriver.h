#pragma once

#include "cli/terminal/LineReader.h"
#include "core/session/ExamSession.h"
#include "core/session/PracticeSession.h"

namespace certdrill::cli {

/// `certdrill session run`'s protocol (docs/sessions.md): one JSON object per line each way. Out:
/// `{"question": ...}` whenever a question comes on screen (the first also carries `"session"`),
/// acknowledgements, timer events, errors and `{"finished": ...}` with the report. In: answers and
/// commands (`answer`, `skip`, `next`, `previous`, `goto`, `flag`, `clear`, `review`, `timer`,
/// `pause`, `resume`, `submit`). End of input leaves the session open and resumable. Returns the
/// exit code.
int driveJsonLines(core::ExamSession& exam, LineReader& input);
int driveJsonLines(core::PracticeSession& session, LineReader& input);

} // namespace certdrill::cli
