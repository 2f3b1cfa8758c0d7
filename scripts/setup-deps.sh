#!/usr/bin/env bash
# Installs everything needed to build, run, test and package Baton on Debian 12 (bookworm)
# or Ubuntu 22.04+ (Baton needs Qt 6.4 or newer: Debian 12 and Ubuntu 24.04 have it).
# Safe to run again: when every package is already installed it changes nothing.
# BATON_SKIP_DEPS=1 skips it altogether (for machines you provision yourself).
set -euo pipefail

packages=(
    # toolchain
    cmake g++ ninja-build
    # Qt 6: widgets, charts, SQL drivers, translation tools, platform plugins
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libgl-dev libvulkan-dev libxkbcommon-dev
    # SQLite's C API for the storage hot path (the library Qt's SQLite driver already uses)
    libsqlite3-dev
    # tests: a font for offscreen rendering, sqlite3 to inspect databases
    fonts-dejavu-core sqlite3 poppler-utils
    # packaging: the validators, and what CPack uses to compute the .deb's dependencies
    desktop-file-utils appstream dpkg-dev file
)

say() { echo "setup-deps: $*"; }

if [[ "${BATON_SKIP_DEPS:-0}" == 1 ]]; then
    say "BATON_SKIP_DEPS=1, not checking system packages."
    exit 0
fi

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    say "only Debian and Ubuntu (apt) are supported; install the equivalents of: ${packages[*]}" >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ "$status" == installed ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    say "all ${#packages[@]} packages are already installed."
else
    sudo=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null; then
            say "missing packages: ${missing[*]}" >&2
            say "run this script as root, or install sudo." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    say "installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    say "done."
fi

qt_version=$(dpkg-query -W -f='${Version}' qt6-base-dev)
if dpkg --compare-versions "$qt_version" lt 6.4; then
    say "warning: this system has Qt $qt_version; Baton needs Qt 6.4 or newer (Debian 12, Ubuntu 24.04)." >&2
fi
