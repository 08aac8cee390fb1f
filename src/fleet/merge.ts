// The organisation report (issue 15 item 2): many repositories' results, each a FleetEntry (what a
// fleet matrix job writes) or a plain JSON report (`scan --report`), merged into one MergedReport.
//
// Every input is attacker-controlled text (a repository's name, its findings' titles, a failure
// reason): each is checked against the fields this module reads, bounded, and kept as data; the
// renderers escape it for their sink. A file that is neither shape becomes a failed row with the
// reason, never a crash, and a failed scan is never counted as ready.
//
// Memory stays flat in the number of inputs: each document is reduced to its row and its rule
// tallies as soon as it is parsed (1,000 reports merge in well under the issue's 300 MB).
import { Redactor } from '../report/redact.js';
import { SEVERITIES, type Severity } from '../model/types.js';
import { GRADES, gradeOf } from '../policy/score.js';
import { TOOL } from '../version.js';
import type { Grade, MergedReport, MergedRepository, RepositoryChange, RuleAcrossFleet, SeverityCounts } from './types.js';

const RANK: Record<Severity, number> = { P0: 0, P1: 1, P2: 2 };

/** Bounds on what one input may carry into the report (longer text is cut, more items dropped). */
/** A previous merge holds at most as many rows as a merge reads input files (merge-io.ts INPUT_LIMITS). */
const MAX_PREVIOUS_ROWS = 10_000;

export const LIMITS = { name: 256, url: 2048, ref: 256, text: 1000, reasons: 50, title: 200 } as const;

/** One input file: its text, or why it could not be read. */
export interface InputFile {
  /** As shown in messages (relative to the working directory when inside it). */
  path: string;
  /** The repository name a plain report (or an unreadable file) gets: from the file name. */
  fallbackName: string;
  /** Found by walking a folder (other readiness-gate outputs there are ignored, not failed rows). */
  walked: boolean;
  text?: string;
  error?: string;
}

/** What one input contributes: a row and its rule tallies, or nothing (ignored). */
interface Candidate {
  row: MergedRepository;
  rules: RuleTally[];
  /** Tie-break between two inputs of one repository (never the argument order). */
  path: string;
}

interface RuleTally {
  ruleId: string;
  severity: Severity;
  title: string;
  findings: number;
}

/** A parsed report, reduced to what the merge reads. */
interface ReportFacts {
  commit: string | null;
  blocked: boolean;
  reasons: string[];
  score: number;
  grade: Grade;
  counts: SeverityCounts;
  rules: RuleTally[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** GitHub names are case-insensitive: `Acme/Shop` and `acme/shop` are one repository. */
const key = (name: string): string => name.toLowerCase();
/** Display order of repositories: case-insensitive, then exact (a stable, total order). */
export const byName = (a: string, b: string): number => cmp(key(a), key(b)) || cmp(a, b);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER;
/** Rule ids are catalogue tokens; a newer tool may add rules, so the shape is checked, not the list. */
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const COMMIT = /^[0-9a-f]{7,64}$/;
// eslint-disable-next-line no-control-regex -- a name with control characters is not a repository name
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

class Invalid extends Error {}
function invalid(what: string): never {
  throw new Invalid(what);
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function stringOrNull(v: unknown, field: string, max: number): string | null {
  if (v === null) return null;
  if (typeof v !== 'string') invalid(`${field} is not a string or null`);
  if (v.length > max) invalid(`${field} is longer than ${max} characters`);
  return v;
}

function commitOf(v: unknown, field: string): string | null {
  const c = stringOrNull(v, field, 64);
  if (c !== null && !COMMIT.test(c)) invalid(`${field} is not a commit id`);
  return c;
}

/** A repository name: 1–256 characters, no control characters (it names files and rows). */
function nameOf(v: unknown, field: string): string {
  if (typeof v !== 'string' || v.trim() === '') invalid(`${field} is not a non-empty string`);
  if (v.length > LIMITS.name) invalid(`${field} is longer than ${LIMITS.name} characters`);
  if (CONTROL.test(v)) invalid(`${field} holds a control character`);
  return v;
}

/** The fields of a JSON report (schemas/report.schema.json) that the merge reads, checked; throws Invalid. */
function reportFacts(v: unknown): ReportFacts {
  if (!isObject(v)) invalid('the report is not a JSON object');
  if (v.schemaVersion !== 1) invalid('schemaVersion is not 1');
  if (!isObject(v.tool) || v.tool.name !== 'readiness-gate') invalid('tool.name is not readiness-gate');
  const verdict = v.verdict;
  if (!isObject(verdict) || typeof verdict.blocked !== 'boolean') invalid('verdict.blocked is not a boolean');
  if (!Array.isArray(verdict.reasons) || !verdict.reasons.every((x) => typeof x === 'string')) invalid('verdict.reasons is not a list of strings');
  const score = v.score;
  if (!isObject(score) || !isCount(score.value) || score.value > 100) invalid('score.value is not a whole number from 0 to 100');
  if (score.grade !== gradeOf(score.value)) invalid(`score.grade does not match score.value ${score.value}`);
  const c = v.counts;
  if (!isObject(c) || !SEVERITIES.every((s) => isCount(c[s]))) invalid('counts is not P0, P1 and P2 counts');
  if (!Array.isArray(v.findings)) invalid('findings is not a list');
  const tallies = new Map<string, RuleTally>();
  const seen: SeverityCounts = { P0: 0, P1: 0, P2: 0 };
  v.findings.forEach((f: unknown, i: number) => {
    if (!isObject(f)) invalid(`findings[${i}] is not an object`);
    if (typeof f.ruleId !== 'string' || !RULE_ID.test(f.ruleId)) invalid(`findings[${i}].ruleId is not a rule id`);
    if (typeof f.severity !== 'string' || !(SEVERITIES as readonly string[]).includes(f.severity)) invalid(`findings[${i}].severity is not P0, P1 or P2`);
    if (typeof f.title !== 'string') invalid(`findings[${i}].title is not a string`);
    const severity = f.severity as Severity;
    seen[severity]++;
    const k = `${severity}\0${f.ruleId}`;
    const t = tallies.get(k);
    if (t) t.findings++;
    else tallies.set(k, { ruleId: f.ruleId, severity, title: cut(f.title, LIMITS.title), findings: 1 });
  });
  // The counts are what the verdict and the score were computed from: a report whose counts and
  // findings disagree was edited, and none of its figures can be trusted.
  for (const s of SEVERITIES) if (seen[s] !== c[s]) invalid(`counts.${s} is ${String(c[s])} but the report lists ${seen[s]} ${s} findings`);
  return {
    commit: commitOf(v.commit ?? null, 'commit'),
    blocked: verdict.blocked,
    reasons: (verdict.reasons as string[]).slice(0, LIMITS.reasons).map((r) => cut(r, LIMITS.text)),
    score: score.value,
    grade: score.grade as Grade,
    counts: { P0: c.P0 as number, P1: c.P1 as number, P2: c.P2 as number },
    rules: [...tallies.values()],
  };
}

/** Other documents readiness-gate writes, found beside the reports in an artifact folder. */
function otherOutput(v: Record<string, unknown>): string | undefined {
  if (v.kind === 'readiness-gate-merged') return 'a merged report';
  if (v.bomFormat === 'CycloneDX') return 'a CycloneDX SBOM';
  if (Array.isArray(v.runs) && typeof v.version === 'string') return 'a SARIF log';
  if (v.schemaVersion === 1 && typeof v.label === 'string' && typeof v.message === 'string' && !('tool' in v)) return 'a badge';
  return undefined;
}

function emptyRow(repository: string): MergedRepository {
  return { repository, url: null, runUrl: null, ref: null, commit: null, status: 'failed', error: null, blocked: null, score: null, grade: null, counts: null, p0Rules: [], reasons: [], change: null };
}

function scannedRow(base: MergedRepository, r: ReportFacts): MergedRepository {
  return {
    ...base,
    commit: base.commit ?? r.commit,
    status: 'scanned',
    error: null,
    blocked: r.blocked,
    score: r.score,
    grade: r.grade,
    counts: r.counts,
    p0Rules: [...new Set(r.rules.filter((t) => t.severity === 'P0').map((t) => t.ruleId))].sort(cmp),
    reasons: r.reasons,
  };
}

function failedRow(base: MergedRepository, error: string): MergedRepository {
  return { ...base, status: 'failed', error: cut(error, LIMITS.text) };
}

/**
 * One input file → a candidate row (undefined: another readiness-gate output found in a folder,
 * ignored). Never throws on bad content: it becomes a failed row saying why.
 */
export function candidateOf(file: InputFile): Candidate | undefined {
  const fail = (why: string): Candidate => ({ row: failedRow(emptyRow(file.fallbackName), `${file.path}: ${why}`), rules: [], path: file.path });
  if (file.text === undefined) return fail(file.error ?? 'could not be read');
  let doc: unknown;
  try {
    doc = JSON.parse(file.text);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(doc)) return fail('not a readiness-gate report or fleet entry (not a JSON object)');
  if (doc.kind === 'readiness-gate-fleet-entry') return entryCandidate(file, doc);
  if ('verdict' in doc && isObject(doc.tool) && doc.tool.name === 'readiness-gate') {
    try {
      const r = reportFacts(doc);
      return { row: scannedRow(emptyRow(file.fallbackName), r), rules: r.rules, path: file.path };
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      return fail(`not a valid report: ${e.message}`);
    }
  }
  const other = otherOutput(doc);
  if (other && file.walked) return undefined;
  return fail(`not a readiness-gate report or fleet entry${other ? ` (it is ${other})` : ''}`);
}

function entryCandidate(file: InputFile, doc: Record<string, unknown>): Candidate {
  let base: MergedRepository;
  try {
    if (doc.schemaVersion !== 1) invalid('schemaVersion is not 1');
    base = {
      ...emptyRow(nameOf(doc.repository, 'repository')),
      url: stringOrNull(doc.url ?? null, 'url', LIMITS.url),
      runUrl: stringOrNull(doc.runUrl ?? null, 'runUrl', LIMITS.url),
      ref: stringOrNull(doc.ref ?? null, 'ref', LIMITS.ref),
      commit: commitOf(doc.commit ?? null, 'commit'),
    };
    if (doc.status !== 'scanned' && doc.status !== 'failed') invalid('status is not scanned or failed');
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { row: failedRow(emptyRow(file.fallbackName), `${file.path}: not a valid fleet entry: ${e.message}`), rules: [], path: file.path };
  }
  if (doc.status === 'failed') {
    const why = typeof doc.error === 'string' && doc.error.trim() !== '' ? doc.error : 'the fleet job gave no reason';
    return { row: failedRow(base, why), rules: [], path: file.path };
  }
  try {
    const r = reportFacts(doc.report);
    return { row: scannedRow(base, r), rules: r.rules, path: file.path };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { row: failedRow(base, `scanned, but its report is not valid: ${e.message}`), rules: [], path: file.path };
  }
}

/** A --previous document that is not a merged report (the CLI exits 2 naming it). */
export class PreviousError extends Error {}

/** The fields of a previous MergedReport that `change` reads, checked; throws PreviousError. */
export function parsePrevious(text: string): MergedReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PreviousError(`not valid JSON (${(e as Error).message})`);
  }
  const bad = (why: string): never => {
    throw new PreviousError(`not a merged report: ${why}`);
  };
  if (!isObject(doc) || doc.kind !== 'readiness-gate-merged') bad("kind is not 'readiness-gate-merged'");
  const d = doc as Record<string, unknown>;
  if (d.schemaVersion !== 1) bad('schemaVersion is not 1');
  if (!Array.isArray(d.repositories)) bad('repositories is not a list');
  if ((d.repositories as unknown[]).length > MAX_PREVIOUS_ROWS) bad(`more than ${MAX_PREVIOUS_ROWS} repositories`);
  const seen = new Set<string>();
  (d.repositories as unknown[]).forEach((r, i) => {
    const at = `repositories[${i}]`;
    if (!isObject(r) || typeof r.repository !== 'string' || r.repository === '') bad(`${at}.repository is not a name`);
    // The same checks as a current input's name: its text reaches merged.json and the summary.
    const name = (r as { repository: string }).repository;
    if (name.length > LIMITS.name || CONTROL.test(name)) bad(`${at}.repository is longer than ${LIMITS.name} characters or holds a control character`);
    const row = r as Record<string, unknown>;
    if (seen.has(key(row.repository as string))) bad(`${at}: ${JSON.stringify(row.repository)} is listed twice`);
    seen.add(key(row.repository as string));
    if (row.status !== 'scanned' && row.status !== 'failed') bad(`${at}.status is not scanned or failed`);
    if (row.blocked !== null && typeof row.blocked !== 'boolean') bad(`${at}.blocked is not a boolean or null`);
    if (row.score !== null && !(isCount(row.score) && row.score <= 100)) bad(`${at}.score is not 0 to 100 or null`);
    if (row.grade !== null && !GRADES.includes(row.grade as Grade)) bad(`${at}.grade is not A to F or null`);
    if (row.counts !== null && !(isObject(row.counts) && SEVERITIES.every((s) => isCount((row.counts as Record<string, unknown>)[s])))) bad(`${at}.counts is not P0, P1 and P2 counts or null`);
    if (!Array.isArray(row.p0Rules) || !row.p0Rules.every((x) => typeof x === 'string')) bad(`${at}.p0Rules is not a list of strings`);
  });
  return doc as unknown as MergedReport;
}

/**
 * Collects candidates one input at a time, then builds the report. Two inputs of one repository
 * keep one row: a scanned one over a failed one (a job re-run after a failure), then the one whose
 * file path sorts last; never the order the arguments came in, so the bytes do not depend on it.
 */
export class Merger {
  private readonly byRepo = new Map<string, Candidate>();
  private readonly duplicated = new Set<string>();
  private files = 0;
  private ignored = 0;

  add(file: InputFile): void {
    this.files++;
    const c = candidateOf(file);
    if (!c) {
      this.ignored++;
      return;
    }
    const k = key(c.row.repository);
    const held = this.byRepo.get(k);
    if (!held) {
      this.byRepo.set(k, c);
      return;
    }
    this.duplicated.add(k);
    if (preferred(c, held)) this.byRepo.set(k, c);
  }

  /** Repositories given by more than one file, each under the name of the row kept. */
  get duplicates(): string[] {
    return [...this.duplicated].map((k) => this.byRepo.get(k)!.row.repository).sort(byName);
  }

  result(previous: MergedReport | null = null): MergedReport {
    const winners = [...this.byRepo.values()].sort((a, b) => byName(a.row.repository, b.row.repository));
    const redactor = new Redactor([]);
    const before = new Map((previous?.repositories ?? []).map((r) => [key(r.repository), r]));
    const repositories = winners.map((c) => {
      // Failure reasons and verdict reasons are free text from a job's log: a token in a clone URL
      // or an error message is masked here, before any renderer sees it.
      const row: MergedRepository = { ...c.row, error: c.row.error === null ? null : redactor.text(c.row.error), reasons: c.row.reasons.map((r) => redactor.text(r)) };
      const prev = before.get(key(row.repository));
      return { ...row, change: previous && prev ? changeOf(row, prev) : null };
    });
    const current = new Set(repositories.map((r) => key(r.repository)));
    const scanned = repositories.filter((r) => r.status === 'scanned');
    const grades = Object.fromEntries(GRADES.map((g) => [g, scanned.filter((r) => r.grade === g).length])) as Record<Grade, number>;
    const findings = { P0: 0, P1: 0, P2: 0 };
    for (const r of scanned) for (const s of SEVERITIES) findings[s] += r.counts![s];
    return {
      schemaVersion: 1,
      kind: 'readiness-gate-merged',
      tool: { name: 'readiness-gate', version: TOOL.version },
      totals: {
        repositories: repositories.length,
        scanned: scanned.length,
        failed: repositories.length - scanned.length,
        blocked: scanned.filter((r) => r.blocked === true).length,
        // A failed scan is never ready: only a scanned, unblocked repository counts.
        ready: scanned.filter((r) => r.blocked === false).length,
        grades,
        findings,
      },
      rules: rulesAcross(winners, redactor),
      repositories,
      previous: previous
        ? {
            repositories: previous.repositories.length,
            removed: previous.repositories
              .filter((r) => !current.has(key(r.repository)))
              .map((r) => r.repository)
              .sort(byName),
          }
        : null,
      inputs: { files: this.files, ignored: this.ignored, duplicates: this.duplicates },
    };
  }
}

function preferred(c: Candidate, held: Candidate): boolean {
  const scanned = (x: Candidate) => (x.row.status === 'scanned' ? 1 : 0);
  return scanned(c) - scanned(held) > 0 || (scanned(c) === scanned(held) && cmp(c.path, held.path) > 0);
}

/** Each rule at each severity across the kept rows; its title the one most reports give (then the first by order). */
function rulesAcross(winners: readonly Candidate[], redactor: Redactor): RuleAcrossFleet[] {
  const rules = new Map<string, RuleAcrossFleet & { titles: Map<string, number> }>();
  for (const c of winners) {
    for (const t of c.rules) {
      const k = `${t.severity}\0${t.ruleId}`;
      let r = rules.get(k);
      if (!r) {
        r = { ruleId: t.ruleId, title: '', severity: t.severity, repositories: 0, findings: 0, titles: new Map() };
        rules.set(k, r);
      }
      r.repositories++;
      r.findings += t.findings;
      r.titles.set(t.title, (r.titles.get(t.title) ?? 0) + 1);
    }
  }
  return [...rules.values()]
    .map(({ titles, ...r }) => {
      const [title = ''] = [...titles].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0] ?? [];
      return { ruleId: r.ruleId, title: redactor.text(title), severity: r.severity, repositories: r.repositories, findings: r.findings };
    })
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.repositories - a.repositories || b.findings - a.findings || cmp(a.ruleId, b.ruleId));
}

/**
 * Against the previous merge. Worse: newly blocked (it was ready), newly failed to scan (it was
 * scanned), a lower score, or more P0 findings. A repository that failed before and is blocked
 * now has nothing to compare with: not worse, and its new P0 rules are all its P0 rules.
 */
export function changeOf(now: MergedRepository, prev: MergedRepository): RepositoryChange {
  const before = new Set(prev.p0Rules);
  const previousP0 = prev.counts?.P0 ?? null;
  const worse =
    (prev.blocked === false && now.blocked === true) ||
    (prev.status === 'scanned' && now.status === 'failed') ||
    (prev.score !== null && now.score !== null && now.score < prev.score) ||
    (previousP0 !== null && now.counts !== null && now.counts.P0 > previousP0);
  return {
    previousScore: prev.score,
    previousGrade: prev.grade,
    previousBlocked: prev.blocked,
    previousP0,
    newP0Rules: now.p0Rules.filter((r) => !before.has(r)),
    worse,
  };
}
