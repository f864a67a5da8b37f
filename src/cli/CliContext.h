#pragma once

#include "core/common/Clock.h"
#include "storage/DataLocations.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace certdrill::cli {

/// Global options shared by every command, and what they resolve to.
class CliContext {
public:
    std::optional<std::filesystem::path> dataDirOption;  ///< --data-dir
    std::vector<std::filesystem::path> banksDirOption;    ///< --banks-dir (replaces the search path)
    std::optional<core::Timestamp> nowOption;             ///< --now

    /// Resolves locations and sets up logging; call once, after parsing.
    void initialise();

    [[nodiscard]] const storage::DataLocations& locations() const { return m_locations; }
    [[nodiscard]] const core::Clock& clock() const { return *m_clock; }

private:
    storage::DataLocations m_locations;
    std::unique_ptr<core::Clock> m_clock;
};

} // namespace certdrill::cli
