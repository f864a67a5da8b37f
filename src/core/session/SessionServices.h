#pragma once

#include "core/common/Clock.h"
#include "core/history/MemoryStateStore.h"
#include "core/history/ReviewLog.h"
#include "core/session/SessionStore.h"
#include "core/srs/GradingPolicy.h"
#include "core/srs/Scheduler.h"

namespace certdrill::core {

/// What a session needs from the rest of the program.
struct SessionServices {
    SessionStore& sessions;
    MemoryStateStore& memories;
    const ReviewLog& log; ///< earlier response times, for the grading policy's "faster than usual"
    const Scheduler& scheduler;
    GradingPolicy grading;
    const Clock& clock;
};

} // namespace certdrill::core
