#pragma once

namespace certdrill::cli {

/// The command line's exit codes, a contract with scripts.
enum ExitCode : int {
    Ok = 0,        ///< done
    UserError = 1, ///< the input was wrong (an invalid bank, an unknown profile, ...)
    Usage = 2,     ///< the command line itself was wrong
};

} // namespace certdrill::cli
