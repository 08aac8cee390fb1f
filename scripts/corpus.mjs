// npm run corpus -- DIR [--pull-request]
// Re-runs the precision corpus (test/corpus/repos.yml): for each repository, DIR/<owner>+<name> must
// be a work tree of that repository at its commit (scripts/corpus-extract.mjs makes one from a bare
// clone). Runs the bundled CLI on it and compares the verdict, the P0 findings and the findings that
// must not be reported with the data, the findings that must be reported (`must`, any severity), and
// the probes the service map judged (`probes`, from the report's probes metric). With --pull-request, runs it as a pull_request event whose base
// is the same commit (the policy is then read from the base). With --cache-check, each tree is also
// scanned three times more with a fresh fact cache (cold; warm, which records its replay; warm again,
// which does that replay at once: engine/run-replay.ts), and each report must be byte-identical to the
// uncached one, and so must a cached run after a one-file change in a copy of the tree (an import,
// then a declaration without one, then two more runs, the last replayed at once).
// Exit 1 when anything differs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { editableCopy } from './tree-edit.mjs';

const args = process.argv.slice(2);
const asPullRequest = args.includes('--pull-request');
const cacheCheck = args.includes('--cache-check');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run corpus -- DIR [--pull-request]');
  process.exit(2);
}
const repoRoot = resolve(import.meta.dirname, '..');
const cli = join(repoRoot, 'dist/cli.js');
const { repos } = parse(readFileSync(join(repoRoot, 'test/corpus/repos.yml'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'rg-corpus-'));

const git = (cwd, ...a) => spawnSync('git', a, { cwd, encoding: 'utf8' }).stdout.trim();
let failures = 0;
let missing = 0;
for (const entry of repos) {
  const tree = join(resolve(dir), entry.repo.replace('/', '+'));
  if (!existsSync(tree)) {
    console.log(`-    ${entry.repo}: not in ${dir} (skipped)`);
    missing++;
    continue;
  }
  const stamp = `${tree}.commit`;
  const commit = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
  const report = join(tmp, `${entry.repo.replace('/', '+')}.json`);
  const env = { ...process.env, GITHUB_ACTIONS: 'false' };
  if (asPullRequest) {
    const head = git(tree, 'rev-parse', 'HEAD');
    const event = join(tmp, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 1, base: { sha: head, ref: 'main' }, head: { sha: head } }, repository: { full_name: entry.repo } }));
    Object.assign(env, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: tree, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: entry.repo, GITHUB_API_URL: 'http://127.0.0.1:9' });
  }
  const scan = (cache, cwd = tree) => spawnSync(process.execPath, [cli, 'scan', '.', '--vulnerability-scan', 'off', '--report', report, '--sarif', '', '--sbom', '', '--cache', cache], { cwd, env, encoding: 'utf8', timeout: 600_000 });
  const p = scan('false');
  const problems = [];
  if (cacheCheck && existsSync(report)) {
    const uncached = readFileSync(report);
    const dir = mkdtempSync(join(tmp, 'cache-'));
    for (const run of ['cold', 'warm', 'replayed-at-once']) {
      scan(dir);
      if (!existsSync(report) || !readFileSync(report).equals(uncached)) problems.push(`the ${run} cached report differs from the uncached one`);
    }
    // After a one-file change (a copy of the tree; appended to a tracked source file, as the bench
    // does, a line the rules read: an import of a missing file, a Go declaration): the cached run,
    // which answers most checks' end() from the last one, must report what an uncached run of the
    // changed tree reports.
    const work = mkdtempSync(join(tmp, 'edit-'));
    const edited = editableCopy(tree, work);
    if (edited) {
      scan(dir, edited.copy);
      const error = edited.edit(0, true);
      if (error) problems.push(error);
      const reportOf = (cache) => {
        rmSync(report, { force: true });
        scan(cache, edited.copy);
        return existsSync(report) ? readFileSync(report) : undefined;
      };
      const cached = reportOf(dir);
      const plain = reportOf('false');
      if (!cached || !plain || !plain.equals(cached)) problems.push(`after a one-file change (${edited.rel}) the cached report differs from the uncached one`);
      // Then a declaration without an import (tree-edit.mjs BODY): what the route facts observe of
      // the file changes, what the import graph observes does not, so some checks' end() runs and
      // the others' is answered from the last run.
      const bodyError = edited.edit(1, 'body');
      if (bodyError) problems.push(bodyError);
      const afterBody = reportOf(dir);
      const plainBody = reportOf('false');
      if (!afterBody || !plainBody || !plainBody.equals(afterBody)) problems.push(`after a declaration in ${edited.rel} the cached report differs from the uncached one`);
      reportOf(dir); // the same files again: the record made by the run before is replayed at once
      const atOnce = reportOf(dir);
      if (!atOnce || !plainBody || !plainBody.equals(atOnce)) problems.push(`after a declaration in ${edited.rel} the report of a run replayed at once differs from the uncached one`);
    }
    rmSync(work, { recursive: true, force: true });
    writeFileSync(report, uncached);
  }
  const known = [];
  if (commit && commit !== entry.commit) problems.push(`the tree is at ${commit.slice(0, 12)}, the data is for ${entry.commit.slice(0, 12)}`);
  if (p.status !== 0 && p.status !== 1) problems.push(`exit ${p.status}: ${(p.stderr || p.stdout).trim().split('\n').slice(-1)[0]}`);
  else {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const verdict = r.verdict.blocked ? 'BLOCKED' : 'READY';
    // A BLOCKED verdict that only a known-missed P0 would give is part of that known gap.
    const onlyKnownMissed = entry.verdict === 'BLOCKED' && verdict === 'READY' && (entry.p0 ?? []).length > 0 && (entry.p0 ?? []).every((x) => x.known);
    // A BLOCKED verdict that only known false P0s give (a `mustNot` with `known`) is part of those known gaps.
    const knownFalse = (f) => (entry.mustNot ?? []).some((m) => m.known && m.rule === f.ruleId && (!m.severity || m.severity === 'P0') && picomatch(m.path, { dot: true })(f.location.path));
    const onlyKnownFalse = entry.verdict === 'READY' && verdict === 'BLOCKED' && r.findings.filter((f) => f.severity === 'P0').every(knownFalse);
    if (verdict !== entry.verdict && !onlyKnownMissed && !onlyKnownFalse) problems.push(`verdict ${verdict} (${r.verdict.reasons.join('; ')}), expected ${entry.verdict}`);
    const key = (f) => `${f.rule ?? f.ruleId} ${f.path ?? f.location.path}${(f.line ?? f.location?.line) ? `:${f.line ?? f.location.line}` : ''}`;
    const got = new Set(r.findings.filter((f) => f.severity === 'P0').map(key));
    // A P0 the triage recorded as missed and the work left for later (`known`): listed, not counted.
    for (const k of (entry.p0 ?? []).filter((x) => x.known)) known.push(`known: missed P0 ${key(k)} (${k.known})`);
    const want = new Set((entry.p0 ?? []).filter((x) => !x.known).map(key));
    for (const k of got) if (!want.has(k) && !r.findings.some((f) => f.severity === 'P0' && key(f) === k && knownFalse(f))) problems.push(`unexpected P0 ${k}`);
    // A P0 written in several places is one finding (one value, copies of one manifest): its related locations count as reported.
    const covered = new Set(r.findings.filter((f) => f.severity === 'P0').flatMap((f) => (f.related ?? []).map((l) => key({ ruleId: f.ruleId, location: l }))));
    for (const k of want) if (!got.has(k) && !covered.has(k)) problems.push(`missed P0 ${k}`);
    for (const m of entry.mustNot ?? []) {
      const match = picomatch(m.path, { dot: true });
      // `severity`: reported, but never at that severity (a test key is P1, not P0); `certainty`: never that sure (P1 likely, not proven).
      const wrong = r.findings.filter((f) => f.ruleId === m.rule && match(f.location.path) && (!m.severity || f.severity === m.severity) && (!m.certainty || f.certainty === m.certainty));
      // `known`: a wrong finding the triage recorded and the work left for later (it says why): listed, not counted.
      if (m.known) {
        if (wrong.length > 0) known.push(`known: ${wrong.length} × ${m.rule} ${m.path} (${m.known})`);
        else known.push(`known gap no longer reproduces, drop its \`known\`: ${m.rule} ${m.path}`);
      } else for (const f of wrong) problems.push(`must not report ${key(f)} (${f.severity}): ${m.why}`);
    }
    // `must`: reported at any severity (or at `severity`), at the path (and line), or among a finding's related locations (copies).
    for (const m of entry.must ?? []) {
      const match = picomatch(m.path, { dot: true });
      const at = (l) => match(l.path) && (m.line === undefined || l.line === m.line);
      const hit = r.findings.some((f) => f.ruleId === m.rule && (!m.severity || f.severity === m.severity) && [f.location, ...(f.related ?? [])].some(at));
      // `known`: a finding the triage expects and the work left for later: listed, not counted.
      if (!hit && m.known) known.push(`known: not reported ${m.rule} ${m.path} (${m.known})`);
      else if (!hit) problems.push(`must report ${m.rule} ${m.path}${m.line ? `:${m.line}` : ''}: ${m.why}`);
      else if (m.known) known.push(`known gap no longer reproduces, drop its \`known\`: must ${m.rule} ${m.path}`);
    }
    // `probes`: what the service map judged (the probes metric), so a change in who-serves-what shows.
    if (entry.probes) {
      const got = r.metrics.probes ?? { total: 0, judged: 0, served: 0, notServed: 0 };
      for (const k of ['total', 'judged', 'served', 'notServed']) if (entry.probes[k] !== undefined && got[k] !== entry.probes[k]) problems.push(`probes.${k} ${got[k]}, expected ${entry.probes[k]}`);
    }
  }
  failures += problems.length > 0 ? 1 : 0;
  console.log(`${problems.length > 0 ? 'FAIL' : 'ok  '} ${entry.repo}${[...problems, ...known].map((x) => `\n       ${x}`).join('')}`);
}
console.log(`\n${repos.length - missing - failures} agree, ${failures} differ, ${missing} not available`);
process.exit(failures > 0 ? 1 : 0);
