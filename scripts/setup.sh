#!/usr/bin/env bash
# Installs everything egress-lens needs on a fresh Debian/Ubuntu machine and builds it:
# the BPF object, the libbpf addon (with a PIC static libbpf 1.7) and the bundled CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(clang llvm libbpf-dev libelf-dev zlib1g-dev bpftool binutils make g++ pkg-config
  autoconf automake autopoint flex bison gawk libtool
  curl git openssl util-linux iproute2 ca-certificates
  wrk)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! command -v cargo >/dev/null && [ -f "$HOME/.cargo/env" ]; then . "$HOME/.cargo/env"; fi
command -v cargo >/dev/null || { echo "setup: cargo (Rust) is needed to build the vendored libbpf: https://rustup.rs" >&2; exit 1; }

# `npm install`, not `npm ci`: with omit-lockfile-registry-resolved (set on our machines) npm 11 leaves
# other platforms' optional packages out of the lock, and `npm ci` then refuses it. Versions stay locked.
npm install --no-audit --no-fund
npm run build
