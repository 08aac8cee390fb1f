#!/usr/bin/env bash
# corpus-extract.sh <bare-git-dir> <out-dir>: kept for the commands written with it; the work is corpus-extract.mjs's.
exec node "$(dirname "$0")/corpus-extract.mjs" "$@"
