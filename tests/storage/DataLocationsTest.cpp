#include "storage/DataLocations.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

using namespace certdrill::storage;

namespace {

/// Sets an environment variable for the scope of a test.
class EnvGuard {
public:
    EnvGuard(const char* name, const char* value)
        : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        if (value)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
    ~EnvGuard()
    {
        if (m_old)
            setenv(m_name, m_old->c_str(), 1);
        else
            unsetenv(m_name);
    }
    EnvGuard(const EnvGuard&) = delete;
    EnvGuard& operator=(const EnvGuard&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

bool contains(const std::vector<std::filesystem::path>& dirs, const std::filesystem::path& dir)
{
    return std::find(dirs.begin(), dirs.end(), dir) != dirs.end();
}

} // namespace

TEST_CASE("data and state follow the XDG variables", "[paths]")
{
    EnvGuard data{"XDG_DATA_HOME", "/xdg/data"};
    EnvGuard state{"XDG_STATE_HOME", "/xdg/state"};
    const auto loc = resolveDataLocations(std::nullopt, "/opt/certdrill/bin/certdrill");
    CHECK(loc.dataDir == "/xdg/data/certdrill");
    CHECK(loc.stateDir == "/xdg/state/certdrill");
    CHECK(loc.configDir.parent_path().filename() != "certdrill"); // under XDG_CONFIG_HOME or ~/.config
    CHECK(loc.databaseFile() == "/xdg/data/certdrill/certdrill.db");
    REQUIRE_FALSE(loc.bankDirs.empty());
    CHECK(loc.bankDirs.front() == "/xdg/data/certdrill/question_banks");
    CHECK(contains(loc.bankDirs, "/opt/certdrill/share/certdrill/question_banks"));
}

TEST_CASE("without XDG variables the home folder defaults apply", "[paths]")
{
    EnvGuard home{"HOME", "/home/candidate"};
    EnvGuard data{"XDG_DATA_HOME", nullptr};
    EnvGuard state{"XDG_STATE_HOME", "relative/is/ignored"};
    const auto loc = resolveDataLocations(std::nullopt, {});
    CHECK(loc.dataDir == "/home/candidate/.local/share/certdrill");
    CHECK(loc.stateDir == "/home/candidate/.local/state/certdrill");
    CHECK(loc.configDir == "/home/candidate/.config/certdrill");
}

TEST_CASE("a data-dir override keeps everything inside the given folder", "[paths]")
{
    const auto loc = resolveDataLocations(std::filesystem::path{"/tmp/cd-test"}, "/usr/bin/certdrill");
    CHECK(loc.dataDir == "/tmp/cd-test");
    CHECK(loc.stateDir == "/tmp/cd-test/state");
    CHECK(loc.configDir == "/tmp/cd-test");
    CHECK(loc.bankDirs.front() == "/tmp/cd-test/question_banks");
    CHECK(contains(loc.bankDirs, "/usr/share/certdrill/question_banks"));
}

TEST_CASE("the source tree's banks are searched only from the build tree", "[paths]")
{
    const auto installed = resolveDataLocations(std::filesystem::path{"/tmp/x"}, "/usr/bin/certdrill");
    CHECK_FALSE(contains(installed.bankDirs, std::filesystem::path{CERTDRILL_SOURCE_BANKS_DIR_FOR_TEST}));
    const auto built = resolveDataLocations(std::filesystem::path{"/tmp/x"}, currentExecutable());
    CHECK(contains(built.bankDirs, std::filesystem::path{CERTDRILL_SOURCE_BANKS_DIR_FOR_TEST}));
}
