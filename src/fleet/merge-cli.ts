// `readiness-gate merge <reports...> --out DIR [--previous merged.json]` (issue 15 item 2): the
// fleet's last job. Report-only: exit 0 when the files are written, whatever the repositories'
// verdicts; 2 on bad usage (no input, no --out, an input that does not exist, a --previous that is
// not a merged report, an output folder with a link on the way). A bad input file is a failed row.
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../errors.js';
import { scrubMessage } from '../publish.js';
import { badgeFor, renderBadge } from '../report/badge.js';
import { clean } from '../report/terminal.js';
import { readRegularText, rootsForInput, UnsafeFileError } from '../workspace/safe-open.js';
import { dirname, join, resolve } from 'node:path';
import { collectInputs, INPUT_LIMITS, prepareOutDir, readInput, writeInto } from './merge-io.js';
import { Merger, parsePrevious, PreviousError } from './merge.js';
import { renderMergedCsv } from './render-csv.js';
import { renderDashboard } from './render-html.js';
import { renderMergedJson } from './render-json.js';
import { renderMergedSummary } from './render-summary.js';
import type { MergedReport } from './types.js';

/** The files written into --out, by these names only. */
export const MERGE_OUTPUTS = ['merged.json', 'summary.md', 'merged.csv', 'dashboard.html'] as const;

export const MERGE_USAGE = `Usage: readiness-gate merge <report or folder...> --out DIR [--previous merged.json]

Merges many repositories' results into one organisation report. Each input is a fleet entry
(what a fleet job writes per repository) or a JSON report (scan --report; the repository is
named after the file); a folder gives its *.json files. Writes into DIR: merged.json,
summary.md (for the job summary), merged.csv and dashboard.html.
Exit code: 0 written (report only: verdicts never fail it), 2 bad usage.

  --out DIR              The folder to write (created when missing)
  --previous FILE        A previous merged.json: each repository's change since then
  --help
`;

interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

export async function mergeCli(argv: string[], io: Io, cwd = process.cwd()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' }, previous: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.err.write(`readiness-gate merge: ${clean((e as Error).message)}\n\n${MERGE_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out.write(MERGE_USAGE);
    return 0;
  }
  const usage = (why: string) => {
    io.err.write(`readiness-gate merge: ${clean(why)}\n\n${MERGE_USAGE}`);
    return 2;
  };
  if (positionals.length === 0) return usage('no input: give fleet entries, JSON reports or folders of them');
  if (values.out === undefined || values.out === '') return usage('--out is required: the folder to write the organisation report into');
  try {
    const previous = values.previous ? readPrevious(values.previous, cwd) : null;
    const inputs = collectInputs(positionals, cwd, [values.out, ...(values.previous ? [values.previous] : [])]);
    if (inputs.length === 0) return usage(`no *.json file in ${positionals.map((p) => JSON.stringify(p)).join(', ')}: nothing to merge`);
    const dir = prepareOutDir(values.out, cwd);
    const merger = new Merger();
    // One file at a time: each is reduced to its row before the next is read.
    for (const p of inputs) merger.add(readInput(p));
    const merged = merger.result(previous);
    write(dir, merged, process.env.GITHUB_SERVER_URL);
    for (const d of merged.inputs?.duplicates ?? []) io.err.write(`readiness-gate merge: warning: ${clean(d)} is given by more than one file; one row kept\n`);
    const t = merged.totals;
    io.out.write(`Merged ${t.repositories} repositories: ${t.ready} ready, ${t.blocked} blocked, ${t.failed} failed to scan. Wrote ${MERGE_OUTPUTS.map((n) => clean(`${values.out}/${n}`)).join(', ')} and a badge per repository in ${clean(`${values.out}/badges`)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.err.write(`readiness-gate ${clean(e.message)}\n`);
      return 2;
    }
    // As the scan does: an internal error is exit 2 with its stack, secrets masked, never a hang or a 1.
    io.err.write(scrubMessage(`readiness-gate merge: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`));
    return 2;
  }
}

/** --previous: read like any input, and it must be a merged report (else exit 2, naming it). */
function readPrevious(path: string, cwd: string): MergedReport {
  const abs = resolve(cwd, path);
  try {
    return parsePrevious(readRegularText(abs, { roots: rootsForInput(dirname(abs), cwd), maxBytes: INPUT_LIMITS.fileBytes }));
  } catch (e) {
    if (e instanceof UnsafeFileError || e instanceof PreviousError) {
      throw new ConfigurationError(`merge: --previous ${JSON.stringify(path)} ${e instanceof PreviousError ? 'is ' : ''}${e.message}; accepted: a merged.json written by readiness-gate merge`);
    }
    throw e;
  }
}

function write(dir: string, m: MergedReport, serverUrl: string | undefined): void {
  const render: Record<(typeof MERGE_OUTPUTS)[number], (m: MergedReport) => string> = {
    'merged.json': renderMergedJson,
    'summary.md': (x) => renderMergedSummary(x),
    'merged.csv': renderMergedCsv,
    // A GitHub Enterprise Server's own http: links are links too (the runner names its server).
    'dashboard.html': (x) => renderDashboard(x, { serverUrl }),
  };
  for (const name of MERGE_OUTPUTS) writeInto(dir, name, render[name](m));
  // One shields.io endpoint per repository, `badges/<owner>+<name>.json`, for a Pages site or a branch.
  const badges = prepareOutDir(join(dir, 'badges'), dir, [dir]);
  // GitHub's names never meet after badgeFileName; a plain report's file or folder name may (`a+b`
  // beside `a/b`): the later row (name order) gets a numbered name rather than the other's badge.
  const used = new Set<string>();
  for (const row of m.repositories) {
    const base = badgeFileName(row.repository).slice(0, -'.json'.length);
    let name = `${base}.json`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}~${n}.json`;
    used.add(name.toLowerCase());
    writeInto(badges, name, renderBadge(badgeFor(row)));
  }
}

/** `owner/name` as one file name: the separator becomes `+`, anything but [A-Za-z0-9._-] becomes `_`. */
export function badgeFileName(repository: string): string {
  const safe = repository.replace('/', '+').replace(/[^A-Za-z0-9._+-]/g, '_').replace(/^\.+/, '_');
  return `${safe.slice(0, 200)}.json`;
}
