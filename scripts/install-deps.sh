#!/usr/bin/env bash
# Installs, with apt-get, every Debian package khonha needs to build, test and
# run. Idempotent: when everything is present it only says so and installs nothing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxapian-dev libmicrohttpd-dev libicu-dev nlohmann-json3-dev libzstd-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  hunspell-th          # Thai word list used by the analyzers' lexicon
  zstd curl python3    # tests: compressed inputs, HTTP checks, sample generator
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
