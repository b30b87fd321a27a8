#!/usr/bin/env bash
# The action's first step: installs presence-lint from npm into
# $RUNNER_TEMP/presence-lint, at INPUT_VERSION or else the version of the
# action's own package.json, so that `uses: presence-lint/presence@v0.1.0`
# runs presence 0.1.0. Not `npx presence`: that name on npm is another
# package. PRESENCE_PACKAGE overrides what is installed (a tarball of a local
# build, for testing the action).
set -euo pipefail
version="${INPUT_VERSION:-}"
if [ -z "$version" ]; then
  version="$(node -p 'require(process.argv[1]).version' "$GITHUB_ACTION_PATH/package.json")"
fi
package="${PRESENCE_PACKAGE:-presence-lint@$version}"
prefix="$RUNNER_TEMP/presence-lint"
mkdir -p "$prefix"
echo "Installing $package"
npm install --prefix "$prefix" --no-audit --no-fund --no-package-lock --loglevel=error "$package" >&2
"$prefix/node_modules/.bin/presence" --version
