# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Source it; do not run it.

CERTDRILL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages the project needs to build, test and run. Keep in step with
# packaging/CPackConfig.cmake (runtime dependencies) and README.md.
CERTDRILL_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qtqml-models qml6-module-qttest qml6-module-qtcharts qml6-module-qtquick-dialogs
    qml6-module-qt-labs-settings libxkbcommon-dev libgl1-mesa-dri
    libsqlite3-dev libsqlitecpp-dev sqlite3 libspdlog-dev nlohmann-json3-dev libcli11-dev libexpected-dev catch2
    xvfb xauth python3 python3-jsonschema util-linux
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else log "need root to run: $*"; return 1
    fi
}

# Installs only the packages that are missing; apt-get update runs at most once.
ensure_packages() {
    local missing=()
    local pkg
    for pkg in "${CERTDRILL_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -qx installed || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing ${#missing[@]} missing package(s): ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build PRESET: configures once (or when CMakeLists change, via Ninja), then builds
# incrementally. ccache keeps rebuilds of a fresh build folder fast.
configure_and_build() {
    local preset="$1"
    local dir="$CERTDRILL_ROOT/build/$preset"
    cd "$CERTDRILL_ROOT"
    if [ ! -f "$dir/build.ninja" ]; then
        log "configuring ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
    log "building ($preset)"
    cmake --build "$dir"
}

# ccache: hit across clones of the repository (CI builds a fresh clone each time).
export CCACHE_BASEDIR="$CERTDRILL_ROOT"
export CCACHE_NOHASHDIR=true
