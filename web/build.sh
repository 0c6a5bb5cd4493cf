#!/bin/sh
# The one build command of the verifier page: pinned packages from the lock file, then esbuild.
#   web/build.sh [OUT_DIR]     (default: assets/web, the copy the program and its bundle ship)
set -e
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
npm run --silent build -- "$@"
