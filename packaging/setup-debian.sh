#!/usr/bin/env bash
# Installs what PodDeck needs on Debian 12 to build and run; with --tests also what its tests need
# (Xvfb, a keychain, moto_server, the aws CLI, clang with its sanitizer and libFuzzer runtime). Safe to
# run again: it only adds what is missing.
set -euo pipefail

want_tests=0
[[ "${1:-}" == "--tests" ]] && want_tests=1

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "setup-debian.sh: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libqt6sql6-sqlite qt6-qpa-plugins libgl-dev qt6-translations-l10n
  qtkeychain-qt6-dev libzstd-dev libarchive-dev libssl-dev
  zstd git ccache
)
if (( want_tests )); then
  packages+=(xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-tools
             desktop-file-utils appstream python3 python3-pip python3-venv curl
             clang libclang-rt-14-dev)  # the sanitizer build and the fuzzers (packaging/run-tests.sh)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  echo "setup-debian.sh: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if (( want_tests )); then
  # moto is our real emulator and S3 in tests; the aws CLI is the reference in bench/ and makes test state
  # the way users do (tst_remote_encrypted sets a bucket's own lifecycle rules with it).
  if ! command -v moto_server >/dev/null && ! python3 -c 'import moto.server' 2>/dev/null; then
    echo "setup-debian.sh: installing moto[server] with pip"
    python3 -m pip install --user --quiet 'moto[server]' || python3 -m pip install --user --quiet --break-system-packages 'moto[server]'
  fi
  if ! command -v aws >/dev/null; then # Debian's package first: it lands on every PATH
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends awscli >/dev/null 2>&1 || \
      python3 -m pip install --user --quiet awscli || python3 -m pip install --user --quiet --break-system-packages awscli || \
      echo "setup-debian.sh: no aws CLI: tst_remote_encrypted and bench/ need it" >&2
  fi
fi
