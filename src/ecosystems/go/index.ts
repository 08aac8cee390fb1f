// Go modules: go.mod's `require` (the selected versions of the whole build list since Go 1.17's
// module graph pruning) and `replace` directives; go.sum supplies hashes. The `h1:` hash is the
// base64 SHA-256 of the module's dirhash summary (golang.org/x/mod/sumdb/dirhash), so it is recorded
// as SHA-256. https://go.dev/ref/mod#go-mod-file
import { fromBase64 } from '../hashes.js';
import { goPurl } from '../purl.js';
import { guarded, ok, type DeclaredDependency, type Ecosystem, type Hash, type LockedPackage, type ParseResult, type Skipped } from '../types.js';

export interface GoRequire {
  module: string;
  version: string;
  indirect: boolean;
  line: number;
}

export interface GoReplace {
  module: string;
  /** The replaced version, or undefined for every version. */
  version?: string;
  to: string;
  toVersion?: string;
  line: number;
}

export interface GoMod {
  module?: string;
  requires: GoRequire[];
  replaces: GoReplace[];
}

/** Splits a go.mod line into tokens, honouring "quoted" and `raw` strings; drops // comments (kept apart). */
function tokens(line: string): { words: string[]; comment: string } {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') i++;
    else if (line.startsWith('//', i)) return { words, comment: line.slice(i + 2).trim() };
    else if (c === '"' || c === '`') {
      const end = line.indexOf(c, i + 1);
      const stop = end < 0 ? line.length : end;
      words.push(line.slice(i + 1, stop));
      i = stop + 1;
    } else {
      let j = i;
      while (j < line.length && line[j] !== ' ' && line[j] !== '\t' && !line.startsWith('//', j)) j++;
      words.push(line.slice(i, j));
      i = j;
    }
  }
  return { words, comment: '' };
}

export function parseGoMod(content: string): GoMod {
  const mod: GoMod = { requires: [], replaces: [] };
  let block: string | undefined;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const { words, comment } = tokens(lines[n]!);
    if (words.length === 0) continue;
    let verb: string | undefined;
    let args: string[];
    if (block) {
      if (words[0] === ')') {
        block = undefined;
        continue;
      }
      verb = block;
      args = words;
    } else if (words[1] === '(') {
      block = words[0];
      continue;
    } else {
      verb = words[0];
      args = words.slice(1);
    }
    if (verb === 'module' && args[0]) mod.module = args[0];
    else if (verb === 'require' && args.length >= 2) {
      mod.requires.push({ module: args[0]!, version: args[1]!, indirect: /(?:^|;\s*)indirect(?:;|$)/.test(comment), line: n + 1 });
    } else if (verb === 'replace') {
      const arrow = args.indexOf('=>');
      if (arrow < 1 || !args[arrow + 1]) continue;
      mod.replaces.push({
        module: args[0]!,
        ...(arrow === 2 ? { version: args[1]! } : {}),
        to: args[arrow + 1]!,
        ...(args[arrow + 2] ? { toVersion: args[arrow + 2]! } : {}),
        line: n + 1,
      });
    }
  }
  return mod;
}

/** go.sum: `module version[/go.mod] h1:base64` → the module zip's hash per module@version. */
export function parseGoSum(content: string): Map<string, Hash> {
  const out = new Map<string, Hash>();
  for (const line of content.split(/\r?\n/)) {
    const [module, version, h] = line.trim().split(/\s+/);
    if (!module || !version || !h?.startsWith('h1:') || version.endsWith('/go.mod')) continue;
    const hash = fromBase64(h.slice(3), 'SHA-256');
    if (hash) out.set(`${module}@${version}`, hash);
  }
  return out;
}

/** Which module@version pairs go.sum lists at all (zip or go.mod line): for lockfile-out-of-sync. */
export function goSumEntries(content: string): Set<string> {
  const out = new Set<string>();
  for (const line of content.split(/\r?\n/)) {
    const [module, version] = line.trim().split(/\s+/);
    if (module && version) out.add(`${module}@${version.replace(/\/go\.mod$/, '')}`);
  }
  return out;
}

export function goModDependencies(content: string, manifest: string): DeclaredDependency[] {
  return parseGoMod(content).requires.map((r) => ({ name: r.module, spec: r.version, kind: 'prod' as const, manifest, line: r.line }));
}

/** go.mod → packages; `sum` is the sibling go.sum's text when there is one. */
export function parseGoModules(content: string, sum?: string): ParseResult<LockedPackage[]> {
  const mod = parseGoMod(content);
  const hashes = sum ? parseGoSum(sum) : new Map<string, Hash>();
  const skipped: Skipped[] = [];
  const out = new Map<string, LockedPackage>();
  for (const r of mod.requires) {
    const rep = mod.replaces.find((x) => x.module === r.module && (x.version === undefined || x.version === r.version));
    let module = r.module;
    let version = r.version;
    if (rep) {
      if (!rep.toVersion) {
        skipped.push({ name: `${r.module}@${r.version}`, reason: `replaced by the local path ${rep.to}` });
        continue;
      }
      module = rep.to;
      version = rep.toVersion;
    }
    const h = hashes.get(`${module}@${version}`);
    const { purl, group } = goPurl(module, version);
    out.set(purl, { purl, type: 'golang', name: module, ...(group ? { group } : {}), version, direct: !r.indirect, line: r.line, ...(h ? { hashes: [h] } : {}) });
  }
  return ok([...out.values()], skipped);
}

export const goEcosystem: Ecosystem = {
  id: 'go',
  purlType: 'golang',
  lockfiles: ['go.mod'],
  parse: (content, path, sibling) => guarded(path, () => parseGoModules(content, sibling?.('go.sum'))),
};
