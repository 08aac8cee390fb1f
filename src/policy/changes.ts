// What a pull request changes in policy (SPEC §9): its own configuration file, the baseline, and
// inline suppressions of P0 and P1 findings. None of it is trusted: the configuration and the
// baseline in force come from the base commit, a new inline suppression of a P0 does not suppress
// it, and every change is listed in the summary under its own heading for the reviewer.
import { configuredSeverity } from './severity.js';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_CANDIDATES, CONFIG_MAX_BYTES, type RawInputs } from '../inputs.js';
import type { Options } from '../inputs.js';
import type { Finding, Severity } from '../model/types.js';
import { INLINE_MARKER, type InlineSuppression } from '../workspace/suppressions.js';
import { readRegularText, trustedRoots, UnsafeFileError, within } from '../workspace/safe-open.js';
import { BASELINE_MAX_BYTES, loadBaseline, parseBaseline } from './baseline.js';
import type { BaseFile, PolicyOrigin, PolicySource } from './source.js';
import { pullRequestWrites, trackedPath } from './source.js';
import { inlineCovering } from './suppress.js';

export interface PolicyChange {
  kind: 'config' | 'baseline' | 'inline-suppression' | 'repository-map';
  /** Root-relative (a baseline outside the scanned root: as the input gave it). */
  path: string;
  line?: number;
  /** What changed, one short clause each (repository text: renderers escape it). */
  details: string[];
  /** Whether the run used the change (only inline suppressions of P1/P2 findings are). */
  applied: boolean;
  /** An inline suppression's directive as written (repository text). */
  directive?: string;
}

/** Where the policy came from and what the pull request changed in it: the report's `policy` block. */
export interface PolicyReport {
  origin: PolicyOrigin;
  /** The configuration file in force (its label), or null for the built-in defaults. */
  configFile: string | null;
  pullRequest: boolean;
  changes: PolicyChange[];
  notices: string[];
  /** Whether the findings were compared with a baseline (a baseline the pull request added, or one unreadable at the base, is set aside). */
  baselineInForce?: boolean;
}

const MAX_DETAILS = 40;
const MAX_VALUE = 120;

// ---------------------------------------------------------------- configuration

/** The pull request's own configuration files compared with the base commit's (none is applied). */
export async function configChanges(raw: RawInputs, source: PolicySource, root: string, cwd: string): Promise<PolicyChange[]> {
  const base = source.base;
  if (!base || source.toplevel === undefined) return [];
  const explicit = raw.config?.trim() || undefined;
  const candidates = explicit ? [resolve(cwd, explicit)] : CONFIG_CANDIDATES.map((c) => join(root, c));
  const out: PolicyChange[] = [];
  for (const abs of candidates) {
    // A trusted file outside the repository is not the pull request's to change.
    if (!pullRequestWrites(root, { toplevel: source.toplevel }, abs)) continue;
    const label = within(root, abs) ? abs.slice(root.length + 1).split('\\').join('/') : (explicit ?? abs);
    const head = readHead(abs, cwd);
    const repoPath = trackedPath(source.toplevel, abs) ?? (source.prefix ?? '') + label;
    const was = await base.read(repoPath);
    if (head.status === 'absent' && was.status === 'absent') continue;
    if (head.status === 'found' && was.status === 'found' && head.text === was.text) continue;
    const details =
      head.status === 'unreadable'
        ? [`the pull request's file ${head.why}`]
        : head.status === 'absent'
          ? ['deleted by this pull request']
          : was.status === 'unknown'
            ? [`the base commit's version could not be read (${was.why}); the pull request's file says:`, ...configDiff(undefined, head.text)]
            : configDiff(was.status === 'found' ? was.text : undefined, head.text);
    out.push({ kind: 'config', path: label, details: details.slice(0, MAX_DETAILS), applied: false });
  }
  return out;
}

type HeadFile = { status: 'found'; text: string } | { status: 'absent' } | { status: 'unreadable'; why: string };

function readHead(abs: string, cwd: string, maxBytes = CONFIG_MAX_BYTES): HeadFile {
  try {
    return { status: 'found', text: readRegularText(abs, { roots: trustedRoots(cwd), maxBytes }) };
  } catch (e) {
    if (e instanceof UnsafeFileError) return e.reason === 'missing' ? { status: 'absent' } : { status: 'unreadable', why: e.message };
    throw e;
  }
}

/**
 * The keys whose value differs, as `key: before → after` (configuration keys two levels deep;
 * suppressions as entries added and removed). Parsed with the yaml library's own limits; a file
 * that does not parse is said to.
 */
export function configDiff(before: string | undefined, after: string): string[] {
  const a = before === undefined ? {} : flatten(parseLoose(before));
  const parsed = parseLoose(after);
  if (parsed === INVALID) return ['not valid YAML'];
  const b = flatten(parsed);
  if (a === INVALID_FLAT) return ['the base version is not valid YAML'];
  const out: string[] = [];
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (k === 'suppressions') continue;
    if (a[k] !== b[k]) out.push(`${k}: ${a[k] ?? '(unset)'} → ${b[k] ?? '(unset)'}`);
  }
  const before_ = new Set(suppressionsOf(before === undefined ? {} : parseLoose(before)));
  const after_ = suppressionsOf(parsed);
  for (const s of after_) if (!before_.has(s)) out.push(`suppression added: ${s}`);
  const afterSet = new Set(after_);
  for (const s of before_) if (!afterSet.has(s)) out.push(`suppression removed: ${s}`);
  return out.length > 0 ? out : ['reformatted (same settings)'];
}

const INVALID = Symbol('invalid');
const INVALID_FLAT = {} as Record<string, string>;

function parseLoose(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: false, logLevel: 'error' }) ?? {};
  } catch {
    return INVALID;
  }
}

function flatten(doc: unknown): Record<string, string> {
  if (doc === INVALID) return INVALID_FLAT;
  const out: Record<string, string> = {};
  if (!isObject(doc)) return out;
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'suppressions') continue;
    if (isObject(v)) for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = show(v2);
    else out[k] = show(v);
  }
  return out;
}

function suppressionsOf(doc: unknown): string[] {
  if (!isObject(doc) || !Array.isArray(doc.suppressions)) return [];
  return doc.suppressions.map(show);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A value on one short line; nesting and long lists are cut (the pull request wrote them). */
function show(v: unknown, depth = 0): string {
  let s: string;
  if (depth > 4 && v !== null && typeof v === 'object') s = '…';
  else if (Array.isArray(v)) s = `[${v.slice(0, 20).map((x) => show(x, depth + 1)).join(', ')}${v.length > 20 ? ', …' : ''}]`;
  else if (isObject(v)) s = `{${Object.entries(v).slice(0, 20).map(([k, x]) => `${k}: ${show(x, depth + 1)}`).join(', ')}}`;
  else s = String(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

// ---------------------------------------------------------------- baseline

/**
 * The baseline in force. On a pull request, a baseline tracked in the checkout that the pull
 * request changed is replaced by the base commit's version (or none, when the base has none or
 * cannot be read), and the change is listed. Otherwise the file itself, through safe-open.
 */
export async function baselineInForce(options: Options, source: PolicySource, pullRequest: boolean): Promise<{ known?: Set<string>; change?: PolicyChange }> {
  if (!options.baseline) return {};
  const abs = resolve(options.cwd, options.baseline);
  const trusted = trustedRoots(options.cwd);
  // An absolute path outside the workspace is one the workflow chose (a downloaded artifact): read from its folder.
  const roots = trusted.some((r) => within(r, abs)) ? trusted : [dirname(abs)];
  const repoPath = pullRequest && source.toplevel !== undefined ? trackedPath(source.toplevel, abs) : undefined;
  if (!repoPath || !source.base) return { known: loadBaseline(abs, roots) };
  const label = options.baseline;
  const head = readHead(abs, options.cwd, BASELINE_MAX_BYTES);
  const was = await source.base.read(repoPath, BASELINE_MAX_BYTES);
  if (head.status === 'found' && was.status === 'found' && head.text === was.text) return { known: parseBaseline(head.text, label) };
  const change = (detail: string): PolicyChange => ({ kind: 'baseline', path: label, details: [detail], applied: false });
  if (was.status === 'found') return { known: parseBaseline(was.text, label), change: change("changed by this pull request: the base commit's version is used") };
  if (was.status === 'absent') return { change: change('added by this pull request: not used, every finding counts as new') };
  return { change: change(`the base commit's version could not be read (${was.why}): no baseline is used, every finding counts as new`) };
}

// ---------------------------------------------------------------- inline suppressions

/** At most this many files are read at the base commit to date inline suppressions; the rest count as new. */
const MAX_BASE_FILES = 200;
const SOURCE_MAX_BYTES = 8 * 1024 * 1024;

/**
 * The inline suppressions covering a P0 or P1 finding that the pull request added: the same
 * directive is not in the base version of the file (or is there fewer times). When the base
 * cannot be read they all count as new. Returns the set (for resolveFindings) and the changes.
 */
export async function newInlineSuppressions(
  findings: readonly Finding[],
  inline: readonly InlineSuppression[],
  options: Pick<Options, 'ruleSettings' | 'root' | 'cwd'>,
  source: PolicySource,
): Promise<{ untrusted: Set<InlineSuppression>; changes: PolicyChange[] }> {
  const byPath = new Map<string, InlineSuppression[]>();
  for (const s of inline) (byPath.get(s.path) ?? byPath.set(s.path, []).get(s.path)!).push(s);
  // Each directive → the P0/P1 findings it would silence (severity as the policy in force sets it).
  const covered = new Map<InlineSuppression, Array<{ f: Finding; severity: Severity }>>();
  for (const raw of findings) {
    const f = configuredSeverity(raw, options);
    const severity = f.severity;
    if (severity === 'P2') continue;
    for (const s of inlineCovering(f, byPath.get(f.location.path))) (covered.get(s) ?? covered.set(s, []).get(s)!).push({ f, severity });
  }
  const untrusted = new Set<InlineSuppression>();
  const changes: PolicyChange[] = [];
  const files = [...new Set([...covered.keys()].map((s) => s.path))].sort();
  const baseCounts = new Map<string, Map<string, number> | undefined>();
  const basePairs = new Map<string, Set<string>>();
  // After one failed read (a timeout, an API error) the rest count as new: no minutes-long crawl of a dead API.
  let reachable = source.base !== undefined;
  for (const [i, path] of files.entries()) {
    let got: BaseFile = { status: 'unknown', why: 'not read' };
    if (reachable && i < MAX_BASE_FILES) got = await source.base!.read((source.prefix ?? '') + path, SOURCE_MAX_BYTES);
    if (got.status === 'unknown' && source.base?.via === 'api') reachable = false;
    baseCounts.set(path, got.status === 'found' ? directiveCounts(got.text) : got.status === 'absent' ? new Map() : undefined);
    if (got.status === 'found') basePairs.set(path, directivePairs(got.text.split(/\r?\n/)));
  }
  const headLines = new Map<string, string[]>();
  const headLine = (path: string, n: number): string => {
    let lines = headLines.get(path);
    if (!lines) {
      const got = readHead(join(options.root, path), options.cwd, SOURCE_MAX_BYTES);
      headLines.set(path, (lines = got.status === 'found' ? got.text.split(/\r?\n/) : []));
    }
    return (lines[n - 1] ?? '').trim();
  };
  // The directive's text alone would let a pull request move an old directive onto a new P0, or add
  // a P0 right under one: a P0's suppression is old only when the base file has the same directive
  // on, or just above, the same line.
  const pairedAtBase = (s: InlineSuppression, f: Finding): boolean => {
    const line = f.location.line ?? s.line;
    const key = line === s.line ? headLine(s.path, s.line) : `${headLine(s.path, s.line)}\n${headLine(s.path, line)}`;
    return basePairs.get(s.path)?.has(key) === true;
  };
  const headCounts = new Map<string, Map<string, number>>();
  for (const s of inline) {
    const m = headCounts.get(s.path) ?? headCounts.set(s.path, new Map()).get(s.path)!;
    m.set(s.directive, (m.get(s.directive) ?? 0) + 1);
  }
  for (const [s, hits] of covered) {
    const base = baseCounts.get(s.path);
    const isNew =
      base === undefined ||
      (base.get(s.directive) ?? 0) < (headCounts.get(s.path)?.get(s.directive) ?? 0) ||
      hits.some((h) => h.severity === 'P0' && !pairedAtBase(s, h.f));
    if (!isNew) continue;
    untrusted.add(s);
    const p0 = hits.some((h) => h.severity === 'P0');
    const details = hits
      .sort((a, b) => (a.f.location.line ?? 0) - (b.f.location.line ?? 0) || a.f.ruleId.localeCompare(b.f.ruleId))
      .slice(0, MAX_DETAILS)
      .map((h) => `${h.severity} ${h.f.ruleId} at line ${h.f.location.line}: ${h.severity === 'P0' ? 'not suppressed' : 'suppressed'}`);
    changes.push({ kind: 'inline-suppression', path: s.path, line: s.line, directive: show(s.directive), details, applied: !p0 });
  }
  return { untrusted, changes };
}

/** Each line holding a directive, alone (a directive on the flagged line) and with the line below it (trimmed). */
function directivePairs(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  lines.forEach((l, i) => {
    if (!l.includes(INLINE_MARKER)) return;
    out.add(l.trim());
    out.add(`${l.trim()}\n${(lines[i + 1] ?? '').trim()}`);
  });
  return out;
}

/** Directive text (from the marker to the end of the line, trimmed) → how often the file has it. */
function directiveCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = text.indexOf(INLINE_MARKER); i !== -1; ) {
    const start = i;
    const end = text.indexOf('\n', start);
    // As the head's parser: a quoted marker is a mention, not a directive; look further on the line.
    if (start > 0 && '`"\''.includes(text[start - 1]!)) {
      const next = text.indexOf(INLINE_MARKER, start + INLINE_MARKER.length);
      i = next;
      continue;
    }
    const d = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '').trim();
    out.set(d, (out.get(d) ?? 0) + 1);
    // One directive per line, as the head's parser counts them.
    i = end === -1 ? -1 : text.indexOf(INLINE_MARKER, end);
  }
  return out;
}

/** Changes in a fixed order: configuration, the repository map's configuration, baseline, then suppressions by path and line. */
export function sortChanges(changes: PolicyChange[]): PolicyChange[] {
  const rank = { config: 0, 'repository-map': 1, baseline: 2, 'inline-suppression': 3 } as const;
  return changes.sort((a, b) => rank[a.kind] - rank[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0));
}
