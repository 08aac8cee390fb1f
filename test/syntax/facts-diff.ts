// Shared by the differential tests of the fast fact extractors: every source file of the given
// folders, so a lexer's facts can be compared with what the tree-sitter path says about the same text.
// The fixtures and the example always; real trees when FACTS_DIFF_DIRS lists folders (':'-separated),
// e.g. FACTS_DIFF_DIRS=/work/bench14/saleor+saleor:/work/triage13/trees npx vitest run test/syntax
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP = new Set(['.git', 'node_modules']);
/** Enough for any real tree; a bound so a cyclic or huge folder cannot run away. */
const MAX_FILES = 200_000;
const MAX_BYTES = 2 * 1024 * 1024;

/** Folders to compare on: the repository's own fixtures and example, then FACTS_DIFF_DIRS. */
export function diffFolders(): string[] {
  const extra = (process.env.FACTS_DIFF_DIRS ?? '').split(':').filter(Boolean);
  return ['test/fixtures', 'examples', ...extra];
}

/** Regular files under `dirs` whose name matches `name`, as [folder-relative label, text]; no links followed. */
export function* sourceFiles(dirs: readonly string[], name: RegExp): Generator<[string, string]> {
  let seen = 0;
  for (const root of dirs) {
    const stack = [root];
    while (stack.length > 0 && seen < MAX_FILES) {
      const dir = stack.pop()!;
      let entries: string[];
      try {
        entries = readdirSync(dir).sort();
      } catch {
        continue;
      }
      for (const e of entries) {
        if (SKIP.has(e)) continue;
        const p = join(dir, e);
        const st = lstatSync(p);
        if (st.isDirectory()) stack.push(p);
        else if (st.isFile() && name.test(e) && st.size <= MAX_BYTES) {
          seen++;
          yield [`${root}:${relative(root, p)}`, readFileSync(p, 'utf8')];
        }
      }
    }
  }
}
