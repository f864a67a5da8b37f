#include "storage/DataLocations.h"

#include <cstdlib>
#include <system_error>

namespace certdrill::storage {
namespace fs = std::filesystem;
namespace {

fs::path envPath(const char* name)
{
    const char* value = std::getenv(name);
    // The XDG spec: relative paths are invalid and must be ignored.
    if (value == nullptr || *value == '\0' || value[0] != '/')
        return {};
    return fs::path{value};
}

fs::path home()
{
    if (auto h = envPath("HOME"); !h.empty())
        return h;
    return fs::temp_directory_path();
}

bool isInside(const fs::path& path, const fs::path& folder)
{
    std::error_code ec;
    const auto p = fs::weakly_canonical(path, ec);
    const auto f = fs::weakly_canonical(folder, ec);
    if (ec)
        return false;
    const auto rel = p.lexically_relative(f);
    return !rel.empty() && *rel.begin() != "..";
}

void addUnique(std::vector<fs::path>& dirs, const fs::path& dir)
{
    const auto normal = dir.lexically_normal();
    for (const auto& d : dirs)
        if (d == normal)
            return;
    dirs.push_back(normal);
}

} // namespace

fs::path currentExecutable()
{
    std::error_code ec;
    auto exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path{} : exe;
}

DataLocations resolveDataLocations(const std::optional<fs::path>& dataDirOverride, const fs::path& executable)
{
    DataLocations out;
    if (dataDirOverride) {
        out.dataDir = fs::absolute(*dataDirOverride).lexically_normal();
        out.stateDir = out.dataDir / "state";
        out.configDir = out.dataDir;
    } else {
        auto dataHome = envPath("XDG_DATA_HOME");
        auto stateHome = envPath("XDG_STATE_HOME");
        out.dataDir = (dataHome.empty() ? home() / ".local/share" : dataHome) / "certdrill";
        out.stateDir = (stateHome.empty() ? home() / ".local/state" : stateHome) / "certdrill";
        auto configHome = envPath("XDG_CONFIG_HOME");
        out.configDir = (configHome.empty() ? home() / ".config" : configHome) / "certdrill";
    }

    addUnique(out.bankDirs, out.userBanksDir());
    if (!executable.empty()) {
        const auto prefix = executable.parent_path().parent_path();
        addUnique(out.bankDirs, prefix / CERTDRILL_INSTALL_DATADIR / "certdrill/question_banks");
        if (isInside(executable, CERTDRILL_BUILD_DIR))
            addUnique(out.bankDirs, CERTDRILL_SOURCE_BANKS_DIR);
    }
    if (!dataDirOverride) {
        const char* dirs = std::getenv("XDG_DATA_DIRS");
        std::string list = dirs && *dirs ? dirs : "/usr/local/share:/usr/share";
        std::size_t start = 0;
        while (start <= list.size()) {
            const auto end = std::min(list.find(':', start), list.size());
            const fs::path dir = list.substr(start, end - start);
            if (dir.is_absolute())
                addUnique(out.bankDirs, dir / "certdrill/question_banks");
            start = end + 1;
        }
    }
    return out;
}

} // namespace certdrill::storage
