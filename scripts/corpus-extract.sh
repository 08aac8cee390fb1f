#!/usr/bin/env bash
# extract.sh <bare-git-dir> <out-dir>: the snapshot's tree as a one-commit git work tree (missing blobs noted, kept as empty files)
set -euo pipefail
bare=$1; out=$2
rm -rf "$out"; mkdir -p "$out"; out=$(cd "$out" && pwd); rm -f "$out.gitlinks"
commit=$(git --git-dir="$bare" rev-parse HEAD)
echo "$commit" > "$out.commit"
missing=0
git --git-dir="$bare" ls-tree -r -z "$commit" | while IFS= read -r -d '' entry; do
  meta=${entry%%$'\t'*}; path=${entry#*$'\t'}
  mode=${meta%% *}; rest=${meta#* }; type=${rest%% *}; sha=${rest#* }
  # A submodule (gitlink) stays one, as a checkout has it: its files are another repository's.
  if [ "$type" = commit ]; then printf '%s\t%s\n' "$sha" "$path" >> "$out.gitlinks"; continue; fi
  [ "$type" = blob ] || continue
  mkdir -p "$out/$(dirname "$path")"
  if [ "$mode" = 120000 ]; then
    target=$(git --git-dir="$bare" cat-file blob "$sha" 2>/dev/null) && ln -s "$target" "$out/$path" || echo "$path" >> "$out.missing"
  else
    # A blob the snapshot left out becomes an empty file: the tree keeps the real one's shape (an import
    # of it resolves), and the content rules have nothing to say about it. Listed in <out>.missing.
    git --git-dir="$bare" cat-file blob "$sha" > "$out/$path" 2>/dev/null || { : > "$out/$path"; echo "$path" >> "$out.missing"; }
  fi
done
cd "$out" && git init -q && git add -A -f
if [ -f "$out.gitlinks" ]; then
  while IFS=$'\t' read -r sha path; do git update-index --add --cacheinfo "160000,$sha,$path"; done < "$out.gitlinks"
fi
git -c user.name=t -c user.email=t@t commit -qm snapshot
