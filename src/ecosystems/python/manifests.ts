// Python manifests: requirements*.txt (pinned lines are components; every line is a declaration)
// and pyproject.toml (PEP 621 `[project]`, PEP 735 `[dependency-groups]`, Poetry, PDM and uv tables).
// https://pip.pypa.io/en/stable/reference/requirements-file-format/
import { parse as parseToml } from 'smol-toml';
import { addEdge, mergeInto } from '../graph.js';
import { fromPrefixed, uniqueHashes } from '../hashes.js';
import { normalizePypiName, pypiPurl } from '../purl.js';
import { guarded, LineIndex, ok, record, registryUrl, str, type DeclaredDependency, type Ecosystem, type Hash, type LockedPackage, type ParseResult, type Skipped } from '../types.js';
import { isDevGroup } from './locks.js';
import { parseRequirement, pinnedVersion } from './pep508.js';

export const requirementsEcosystem: Ecosystem = {
  id: 'requirements',
  purlType: 'pypi',
  lockfiles: ['requirements*.txt', 'requirements/*.txt'],
  parse: (c, p) => guarded(p, () => parseRequirementsTxt(c, p)),
};

interface RequirementLine {
  line: number;
  text: string;
  hashes: Hash[];
}

/** Logical lines: `\` continuations joined, comments and options after the requirement split off. */
function logicalLines(content: string): RequirementLine[] {
  const out: RequirementLine[] = [];
  const raw = content.split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    const start = i;
    let text = raw[i]!;
    while (text.endsWith('\\') && i + 1 < raw.length) text = text.slice(0, -1) + ' ' + raw[++i]!;
    text = text.replace(/(^|\s)#.*$/, '').trim();
    if (text === '') continue;
    const hashes = uniqueHashes([...text.matchAll(/--hash[=\s]+(\S+)/g)].map((m) => fromPrefixed(m[1])));
    text = text.replace(/\s--\S+(?:[=\s]+\S+)?/g, '').trim();
    out.push({ line: start + 1, text, hashes });
  }
  return out;
}

/**
 * pip-compile and `uv pip compile` annotate each pin with what asked for it (`# via -r
 * requirements.in`, `# via django`, one per line after `# via`, or inline with
 * `--annotation-style=line`). Per requirement line: its sources, when the file has such annotations.
 */
function viaAnnotations(content: string, starts: ReadonlySet<number>): Map<number, string[]> | undefined {
  const out = new Map<number, string[]>();
  const raw = content.split(/\r?\n/, 1_000_000);
  let owner: number | undefined;
  let inBlock = false;
  const add = (line: number, list: string[]) => out.set(line, [...(out.get(line) ?? []), ...list.map((x) => x.trim()).filter(Boolean)]);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    const trimmed = line.trim();
    if (starts.has(i + 1)) {
      owner = i + 1;
      inBlock = false;
      // Anchored at the line's first `#`: one place to try, however many `#` the line holds.
      const inline = /^[^#]*\s#\s*via\s+(.{1,10000})$/.exec(line);
      if (inline) add(owner, inline[1]!.split(','));
      continue;
    }
    if (!trimmed.startsWith('#')) {
      if (trimmed !== '' && !line.startsWith(' ') && !line.startsWith('\t')) inBlock = false;
      continue;
    }
    const via = /^#\s*via(?:\s+(.{1,10000}))?$/.exec(trimmed);
    if (via && owner !== undefined) {
      inBlock = via[1] === undefined;
      add(owner, via[1] ? [via[1]] : []);
      continue;
    }
    const item = inBlock && owner !== undefined ? /^#\s{2,}(\S.{0,9999})$/.exec(trimmed) : null;
    if (item) add(owner!, [item[1]!]);
    else inBlock = false;
  }
  return out.size > 0 ? out : undefined;
}

/** A source the project itself declares: an input file (`-r`), or its own pyproject/setup (`name (pyproject.toml)`). */
function declaredByProject(source: string): boolean {
  return /^-r\s/.test(source) || /\((?:pyproject\.toml|setup\.cfg|setup\.py)\)$/.test(source);
}

/** A requirements file for development: its name says so as a group's would (locks.ts isDevGroup), or its folder. */
function isDevPath(path: string): boolean {
  return isDevGroup(path.slice(path.lastIndexOf('/') + 1).replace(/\.txt$/, '')) || /\/(?:dev|test)s?\//.test(path);
}

export function parseRequirementsTxt(content: string, path = 'requirements.txt'): ParseResult<LockedPackage[]> {
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  const dev = isDevPath(path);
  const lines = logicalLines(content);
  // Index options apply to the whole file, wherever they stand; any package may come from any of them.
  const registries = [...new Set(content.split(/\r?\n/, 100_000).flatMap((line) => {
    const m = /^\s*(?:-i|--index-url|--extra-index-url)(?:\s*=\s*|\s+)(\S{1,2000})/.exec(line);
    const url = m ? registryUrl(m[1]) : undefined;
    return url ? [url] : [];
  }))].sort();
  // Compiled only when every requirement carries its annotation: a stray `# via` comment in a
  // hand-written file says nothing about the other lines.
  const annotations = viaAnnotations(content, new Set(lines.map((l) => l.line)));
  const via = annotations && lines.every((l) => l.text.startsWith('-') || annotations.has(l.line)) ? annotations : undefined;
  const byLine = new Map<number, LockedPackage>();
  for (const l of lines) {
    if (l.text.startsWith('-')) {
      if (/^-e\s|^--editable/.test(l.text)) skipped.push({ name: l.text.replace(/^-e\s+|^--editable[=\s]+/, ''), reason: 'editable (local path or VCS) requirement' });
      continue; // -r/-c includes and index options: the included files are read on their own
    }
    const r = parseRequirement(l.text);
    if (!r) {
      skipped.push({ name: l.text, reason: /^(?:\.|\/|file:|git\+|https?:)/.test(l.text) ? 'local path or URL requirement' : 'not a requirement line' });
      continue;
    }
    if (r.url) {
      skipped.push({ name: r.name, reason: /^git\+/.test(r.url) ? 'git source: no registry version to identify it' : 'direct URL requirement' });
      continue;
    }
    const version = pinnedVersion(r.spec);
    if (!version) {
      skipped.push({ name: `${r.name}${r.spec}`, reason: 'not pinned (no == version)' });
      continue;
    }
    // A compiled file says what asked for each pin; a hand-written one lists what the project asks for.
    const direct = via === undefined || (via.get(l.line) ?? []).some(declaredByProject);
    const pkg = mergeInto(out, { purl: pypiPurl(r.name, version), type: 'pypi', name: r.name, version, line: l.line, ...(direct ? { direct: true } : {}), ...(l.hashes.length ? { hashes: l.hashes } : {}), ...(dev ? { dev: true } : {}), ...(registries.length ? { registries } : {}) });
    byLine.set(l.line, pkg);
  }
  // `# via django`: django depends on this pin.
  if (via) {
    const byName = new Map([...out.values()].map((p) => [normalizePypiName(p.name), p]));
    for (const [line, sources] of via) {
      const to = byLine.get(line);
      if (!to) continue;
      for (const src of sources) {
        const from = declaredByProject(src) ? undefined : byName.get(normalizePypiName(src.split(/\s/)[0]!.replace(/\[.*$/, '')));
        if (from) addEdge(from, to.purl);
      }
    }
  }
  return ok([...out.values()], skipped);
}

/** Every requirement of a requirements file as a declaration (pinned or not). */
export function requirementsDependencies(content: string, manifest: string): DeclaredDependency[] {
  const kind = isDevPath(manifest) ? 'dev' : 'prod';
  const out: DeclaredDependency[] = [];
  for (const l of logicalLines(content)) {
    if (l.text.startsWith('-')) continue;
    const r = parseRequirement(l.text);
    if (r && !r.url) out.push({ name: r.name, spec: r.spec, kind, manifest, line: l.line });
  }
  return out;
}

export interface Pyproject {
  name?: string;
  version?: string;
  license?: string;
  declared: DeclaredDependency[];
  /** Poetry constraints (`^1.2`) are not PEP 440: the rules convert them before comparing. */
  poetry: boolean;
}

/** pyproject.toml's project identity and declared dependencies; undefined when not TOML. */
export function readPyproject(content: string, manifest: string): Pyproject | undefined {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(content) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const lines = new LineIndex(content);
  const lineOf = (name: string) => {
    const i = content.search(new RegExp(`(?:^|["'\\s])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:["'\\s\\[=<>~!;@]|$)`, 'm'));
    return i < 0 ? undefined : lines.lineOf(i + 1);
  };
  const declared: DeclaredDependency[] = [];
  const pep508 = (list: unknown, kind: DeclaredDependency['kind']) => {
    if (!Array.isArray(list)) return;
    for (const s of list) {
      const r = typeof s === 'string' ? parseRequirement(s) : undefined;
      if (r && !r.url) declared.push({ name: r.name, spec: r.spec, kind, manifest, ...withLine(lineOf(r.name)) });
    }
  };
  const project = record(doc.project) ?? {};
  pep508(project.dependencies, 'prod');
  for (const list of Object.values(record(project['optional-dependencies']) ?? {})) pep508(list, 'optional');
  // A group is development only when named so; linkding's image installs its `postgres` group.
  for (const [group, list] of Object.entries(record(doc['dependency-groups']) ?? {})) pep508(list, isDevGroup(group) ? 'dev' : 'prod');
  const tool = record(doc.tool) ?? {};
  const uv = record(tool.uv) ?? {};
  pep508(uv['dev-dependencies'], 'dev');
  for (const list of Object.values(record(record(tool.pdm)?.['dev-dependencies']) ?? {})) pep508(list, 'dev');
  const poetry = record(tool.poetry);
  const poetryTable = (t: unknown, kind: DeclaredDependency['kind']) => {
    for (const [name, v] of Object.entries(record(t) ?? {})) {
      if (name.toLowerCase() === 'python') continue;
      const spec = typeof v === 'string' ? v : str(record(v)?.version);
      if (spec === undefined && (record(v)?.git || record(v)?.path || record(v)?.url)) continue;
      declared.push({ name, spec: spec ?? '', kind: record(v)?.optional === true ? 'optional' : kind, manifest, ...withLine(lineOf(name)) });
    }
  };
  if (poetry) {
    poetryTable(poetry.dependencies, 'prod');
    poetryTable(poetry['dev-dependencies'], 'dev');
    for (const [group, g] of Object.entries(record(poetry.group) ?? {})) poetryTable(record(g)?.dependencies, group === 'main' || !isDevGroup(group) ? 'prod' : 'dev');
  }
  const license = str(project.license) ?? str(record(project.license)?.text) ?? str(poetry?.license);
  const name = str(project.name) ?? str(poetry?.name);
  const version = str(project.version) ?? str(poetry?.version);
  return { ...(name ? { name } : {}), ...(version ? { version } : {}), ...(license ? { license } : {}), declared, poetry: !!poetry };
}

export function pyprojectDependencies(content: string, manifest: string): DeclaredDependency[] {
  return readPyproject(content, manifest)?.declared ?? [];
}

function withLine(line: number | undefined): { line?: number } {
  return line ? { line } : {};
}
