# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, then build.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

BUILD_PACKAGES="qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools \
qt6-l10n-tools qt6-translations-l10n libsqlite3-dev libzip-dev libxlsxwriter-dev libharfbuzz-dev catch2 cmake ninja-build g++ \
pkg-config fonts-noto-cjk"
TEST_PACKAGES="xvfb xauth poppler-utils libreoffice-writer-nogui python3-docx sqlite3 unzip qpdf ghostscript weasyprint"

# ensure_packages PKG...: installs the missing ones with apt-get when root, else says how.
ensure_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Missing packages. Run as root:" >&2
        echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 2
    fi
}

# build DIR [cmake options…]: configures (once) and builds with Ninja.
build() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$ROOT" -B "$dir" -G Ninja "$@"
    fi
    cmake --build "$dir" --parallel "$(nproc)"
}
