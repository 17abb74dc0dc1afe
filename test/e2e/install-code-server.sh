#!/usr/bin/env bash
# Installs code-server (VS Code in a browser) for the end-to-end tests into a cache folder outside
# the extension's own dependencies: it is a test tool, never shipped. Idempotent: does nothing
# when that version is already installed. Prints the path of the `code-server` executable last.
#
#   COPYDESK_E2E_CACHE   cache folder (default: ${XDG_CACHE_HOME:-~/.cache}/copydesk-e2e)
#
# Needs Debian's libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config ripgrep
# (its native modules compile on install) and a C++ toolchain with python3 for node-gyp.
set -euo pipefail

# 4.100.3 (VS Code 1.100) is the newest code-server that runs on Node 20.
VERSION=4.100.3
# The @vscode/ripgrep release that code-server 4.100.3 bundles, and the rg build it fetches.
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_BUILD=v13.0.0-10

cache="${COPYDESK_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-e2e}"
target="$cache/code-server-$VERSION"
bin="$target/node_modules/.bin/code-server"
marker="$target/.installed"

if [[ -f "$marker" && -x "$bin" ]]; then
  echo "code-server $VERSION already installed in $target" >&2
  echo "$bin"
  exit 0
fi

missing=()
for tool in rg pkg-config make g++ python3; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
for header in /usr/include/krb5.h /usr/include/libsecret-1/libsecret/secret.h /usr/include/X11/Xlib.h /usr/include/X11/extensions/XKBfile.h; do
  [[ -e "$header" ]] || missing+=("$header")
done
if ((${#missing[@]})); then
  echo "install-code-server: missing ${missing[*]}." >&2
  echo "  apt-get install libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config ripgrep build-essential python3" >&2
  exit 1
fi

case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *) echo "install-code-server: no ripgrep build name known for $(uname -m)" >&2; exit 1 ;;
esac

# @vscode/ripgrep's postinstall downloads rg from GitHub, which this machine cannot reach; it
# first looks for a cached archive, so give it one made from Debian's rg.
rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
rg_archive="$rg_cache/ripgrep-$RIPGREP_BUILD-$rg_target.tar.gz"
if [[ ! -s "$rg_archive" ]]; then
  mkdir -p "$rg_cache"
  staging_rg="$(mktemp -d)"
  cp "$(command -v rg)" "$staging_rg/rg"
  tar -czf "$rg_archive.partial" -C "$staging_rg" rg
  mv "$rg_archive.partial" "$rg_archive"
  rm -rf "$staging_rg"
fi

# Install into a fresh folder and move it into place only once it works, so an interrupted
# install is never taken for a finished one.
mkdir -p "$cache"
staging="$(mktemp -d "$cache/.code-server-$VERSION.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
echo '{ "name": "copydesk-e2e-code-server", "private": true }' > "$staging/package.json"
echo "Installing code-server $VERSION into $target (a few minutes)..." >&2
# unsafe_perm: its postinstall refuses to run as root otherwise; yes: node-pty's postinstall
# runs `npx node-gyp`, which would otherwise wait for a confirmation.
(cd "$staging" && npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --no-package-lock --loglevel=error "code-server@$VERSION" >&2)
"$staging/node_modules/.bin/code-server" --version >/dev/null
# The postinstall steps that matter: VS Code's own dependencies with their native modules, and rg.
vscode_modules="$staging/node_modules/code-server/lib/vscode/node_modules"
for built in node-pty/build/Release/pty.node @vscode/ripgrep/bin/rg; do
  if [[ ! -e "$vscode_modules/$built" ]]; then
    echo "install-code-server: $built is missing: code-server's install scripts did not run or failed" >&2
    exit 1
  fi
done
echo "$VERSION" > "$staging/.installed"
rm -rf "$target"
mv "$staging" "$target"
trap - EXIT
echo "Installed code-server $VERSION in $target" >&2
echo "$bin"
