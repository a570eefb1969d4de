#!/usr/bin/env bash
# Builds native/build/Release/egress_lens.node: the node-addon-api addon over a statically linked libbpf.
#
# Debian's libbpf.a/libelf.a/libz.a are not position independent, so they cannot go into a shared
# object, and a runner's libbpf.so is too old (Ubuntu 22.04 ships 0.5). The cargo crate in
# libbpf-vendor/ pulls libbpf-sys with its "vendored" feature, which compiles libbpf 1.7, elfutils'
# libelf and zlib with -fPIC; we copy those archives and libbpf's headers into native/vendor/.
set -euo pipefail

native_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(dirname "$native_dir")"
vendor_dir="$native_dir/vendor"
# Inside vendor/ so that git, eslint and prettier all ignore cargo's output already.
export CARGO_TARGET_DIR="$vendor_dir/cargo-target"
vendored_libs=(libbpf.a libelf.a libz.a)

fail() {
  echo "build:native: $*" >&2
  exit 1
}

require_tools() {
  local missing=()
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if ((${#missing[@]})); then
    fail "missing tools: ${missing[*]} (apt-get install autoconf automake autopoint flex bison gawk libtool pkg-config clang llvm libelf-dev zlib1g-dev build-essential python3; cargo from rustup)"
  fi
}

vendor_is_complete() {
  for lib in "${vendored_libs[@]}"; do
    [[ -f "$vendor_dir/lib/$lib" ]] || return 1
  done
  [[ -f "$vendor_dir/include/bpf/libbpf.h" ]]
}

vendor_libbpf() {
  if ! command -v cargo >/dev/null 2>&1 && [[ -f "$HOME/.cargo/env" ]]; then
    # shellcheck disable=SC1091
    source "$HOME/.cargo/env"
  fi
  require_tools cargo cc make autoreconf autopoint flex bison gawk libtoolize pkg-config
  echo "build:native: compiling vendored libbpf, libelf and zlib (libbpf-sys, about a minute)"
  (cd "$native_dir/libbpf-vendor" && cargo build --release --locked)

  # Stale build directories of older builds may remain: take the newest one that has all three archives.
  local out_dir=""
  local candidate
  while IFS= read -r candidate; do
    candidate="$(dirname "$candidate")"
    if [[ -f "$candidate/libelf.a" && -f "$candidate/libz.a" && -f "$candidate/include/bpf/libbpf.h" ]]; then
      out_dir="$candidate"
      break
    fi
  done < <(ls -t "$CARGO_TARGET_DIR"/release/build/libbpf-sys-*/out/libbpf.a 2>/dev/null)
  [[ -n "$out_dir" ]] || fail "cargo finished but no libbpf-sys output with libbpf.a, libelf.a and libz.a was found"

  rm -rf "$vendor_dir/lib" "$vendor_dir/include"
  mkdir -p "$vendor_dir/lib" "$vendor_dir/include"
  for lib in "${vendored_libs[@]}"; do
    cp "$out_dir/$lib" "$vendor_dir/lib/"
  done
  cp -r "$out_dir/include/bpf" "$vendor_dir/include/"
}

# The addon may need only what every glibc Linux has; anything else would break on a stock runner.
check_dependencies() {
  local addon="$1"
  local needed
  needed="$(readelf -d "$addon" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')"
  local unexpected
  unexpected="$(grep -vE '^(libc\.so\.6|libstdc\+\+\.so\.6|libm\.so\.6|libgcc_s\.so\.1|ld-linux-x86-64\.so\.2)$' <<<"$needed" || true)"
  [[ -z "$unexpected" ]] || fail "$addon needs unexpected shared libraries: $unexpected"
}

require_tools node python3 make c++ cc readelf
if vendor_is_complete; then
  echo "build:native: using vendored libbpf in $vendor_dir"
else
  vendor_libbpf
fi

node_gyp="$repo_root/node_modules/.bin/node-gyp"
[[ -x "$node_gyp" ]] || fail "$node_gyp not found: run npm ci first"
# --nodedir: use the installed Node headers instead of downloading them (there is no internet in CI).
"$node_gyp" rebuild --loglevel=warn --nodedir=/usr --directory "$native_dir"

addon="$native_dir/build/Release/egress_lens.node"
[[ -f "$addon" ]] || fail "node-gyp finished but $addon is missing"
check_dependencies "$addon"
echo "build:native: built $addon"
