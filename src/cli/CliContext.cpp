#include "cli/CliContext.h"

#include "storage/Logging.h"
#include "storage/SystemClock.h"

namespace certdrill::cli {

void CliContext::initialise()
{
    m_locations = storage::resolveDataLocations(dataDirOption, storage::currentExecutable());
    if (!banksDirOption.empty())
        m_locations.bankDirs = banksDirOption;
    if (nowOption)
        m_clock = std::make_unique<core::FixedClock>(*nowOption);
    else
        m_clock = std::make_unique<storage::SystemClock>();
    storage::setupLogging(m_locations.stateDir, storage::LogEcho::StderrWarnings);
}

} // namespace certdrill::cli
