#!/usr/bin/env bash
# Installs the system packages Precis needs, if they are missing: the CBLAS headers to link
# against (libblas-dev) and OpenBLAS to run with (libopenblas0-pthread takes over libblas.so.3
# through Debian's alternatives; netlib's reference BLAS is far slower).
set -euo pipefail
if [ "$(uname -s)" != "Linux" ]; then exit 0; fi   # macOS uses Accelerate
packages=(libblas-dev libopenblas0-pthread)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Make sure libblas.so.3 resolves to OpenBLAS (it does after a default install).
if command -v update-alternatives >/dev/null; then
  current=$(update-alternatives --query libblas.so.3-x86_64-linux-gnu 2>/dev/null | awk '/^Value:/{print $2}')
  case "$current" in
    *openblas*) ;;
    "") ;;
    *) echo "setup: warning: libblas.so.3 points to $current, not OpenBLAS; run: update-alternatives --config libblas.so.3-x86_64-linux-gnu" >&2 ;;
  esac
fi
