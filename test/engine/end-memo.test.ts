import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { defineCheck, type Check } from '../../src/model/check.js';
import type { RuleId } from '../../src/model/catalogue.js';
import { renderJson } from '../../src/report/json.js';
import { ruleFields } from '../helpers/meta.js';
import { writeTree } from '../helpers/rule-tester.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'rg-ends-'));

function gitTree(files: Record<string, string>): string {
  const root = writeTree(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x');
  return root;
}

const junit = (tests: number) => `<?xml version="1.0"?>\n<testsuite name="s" tests="${tests}" failures="0">${Array.from({ length: tests }, (_, i) => `<testcase name="t${i}" classname="c"/>`).join('')}</testsuite>\n`;

/** Probe checks under real rule ids, each counting its end() calls. */
function probes(calls: Record<string, number>): Check[] {
  const probe = (id: RuleId, extra: { network?: boolean }, end: (ctx: Parameters<Check['create']>[0]) => void) =>
    defineCheck({
      meta: { ...ruleFields(id), id, ...extra, pure: true, files: ['**/*.txt'], messages: { said: '{what}' }, remediation: 'none' },
      create(ctx) {
        return {
          file(f) {
            ctx.observe(f.text.trim());
          },
          end() {
            calls[id] = (calls[id] ?? 0) + 1;
            end(ctx);
          },
        };
      },
    });
  const say = (ctx: Parameters<Check['create']>[0], what: string) => ctx.report({ messageId: 'said', location: { path: 'a.txt', line: 1 }, data: { what } });
  return [
    // Reads its observations only.
    probe('todo-debt', {}, (ctx) => say(ctx, `words: ${ctx.observations<string>().map((o) => o.value).join(',')}`)),
    // Reads the job's evidence itself.
    probe('test-flaky', {}, (ctx) => say(ctx, `tests: ${ctx.workspace.evidence?.tests.total ?? 'none'}`)),
    // Computes a shared value from the evidence...
    probe('no-runbook', {}, (ctx) => {
      ctx.workspace.shared('probe:tests', () => ctx.workspace.evidence?.tests.total ?? -1);
      ctx.notice('computed');
    }),
    // ...that this one only takes: it reads the evidence too.
    probe('no-codeowners', {}, (ctx) => say(ctx, `shared: ${ctx.workspace.shared('probe:tests', () => -2)}`)),
    // Asks a server: never answered from an earlier run.
    probe('no-metrics', { network: true }, (ctx) => say(ctx, 'asked')),
  ];
}

describe("a check's end() answered from the last run", () => {
  it('replays what end() did when every input it read is the same, and runs it again when one changed', async () => {
    const root = gitTree({ 'a.txt': 'alpha\n', 'b.txt': 'beta\n', 'notes.md': 'one\n', 'reports/junit.xml': junit(2) });
    const dir = tmp();
    const calls: Record<string, number> = {};
    const scan = async (cache: string) => {
      const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', cache, 'test-reports': 'reports/*.xml' }, { cwd: root, checks: probes(calls), today: '2026-12-06' });
      return { json: renderJson(r), said: r.findings.map((f) => `${f.ruleId}: ${f.message}`).sort(), notices: r.notices };
    };
    const plain = async () => scan('false');
    const cold = await scan(dir);
    expect(cold.json).toBe((await plain()).json);
    for (const k of Object.keys(calls)) calls[k] = 0;

    // Nothing changed: only the network check runs.
    const warm = await scan(dir);
    expect(warm.json).toBe(cold.json);
    expect(warm.notices).toEqual(cold.notices);
    expect(calls).toEqual({ 'todo-debt': 0, 'test-flaky': 0, 'no-runbook': 0, 'no-codeowners': 0, 'no-metrics': 1 });

    // A file none of them reads: still answered.
    writeFileSync(join(root, 'notes.md'), 'two\n');
    await scan(dir);
    expect(calls['todo-debt']).toBe(0);

    // The job's evidence changed: the checks that read it (themselves or through a shared value) run again.
    writeFileSync(join(root, 'reports/junit.xml'), junit(3));
    const evidence = await scan(dir);
    expect(calls).toEqual({ 'todo-debt': 0, 'test-flaky': 1, 'no-runbook': 1, 'no-codeowners': 1, 'no-metrics': 3 });
    expect(evidence.said).toContain('test-flaky: tests: 3');
    expect(evidence.said).toContain('no-codeowners: shared: 3');
    expect(evidence.json).toBe((await plain()).json);

    // An observed file changed: the check that reads those observations runs again.
    writeFileSync(join(root, 'b.txt'), 'gamma\n');
    calls['todo-debt'] = 0;
    const changed = await scan(dir);
    expect(calls['todo-debt']).toBe(1);
    expect(changed.said).toContain('todo-debt: words: alpha,gamma');
    expect(changed.json).toBe((await plain()).json);

    // Edited, but observing the same (a blank line added): its observations are named by their
    // digest, not by the file's content, so the check is answered.
    writeFileSync(join(root, 'b.txt'), 'gamma\n\n');
    calls['todo-debt'] = 0;
    const same = await scan(dir);
    expect(calls['todo-debt']).toBe(0);
    expect(same.json).toBe((await plain()).json);
  });
});

describe('the SBOM answered from the last run', () => {
  it('is the same document as a run without the cache, and follows a changed manifest', async () => {
    const root = gitTree({ 'app/main.py': 'import flask\n', 'requirements.txt': 'flask==3.0.0\n' });
    const dir = tmp();
    const scan = async (cache: string) => {
      const lines: string[] = [];
      const r = await run({ report: '', sarif: '', sbom: 's.json', 'vulnerability-scan': 'off', cache }, { cwd: root, today: '2026-12-06', info: (l) => lines.push(l) });
      return { sbom: r.sbom!.document, report: renderJson(r), saved: lines.some((l) => l.includes('kept for the next run')) };
    };
    const cold = await scan(dir);
    const warm = await scan(dir);
    const again = await scan(dir);
    // The cold run kept its replay for the next (run-replay.ts): the warm runs have nothing new to
    // keep, the SBOM came from the cache.
    expect([warm.saved, again.saved]).toEqual([false, false]);
    expect([warm.sbom, warm.report]).toEqual([cold.sbom, cold.report]);
    expect([again.sbom, again.report]).toEqual([cold.sbom, cold.report]);
    expect(cold.sbom).toBe((await scan('false')).sbom);
    writeFileSync(join(root, 'requirements.txt'), 'flask==3.0.3\n');
    const changed = await scan(dir);
    expect(changed.sbom).toContain('3.0.3');
    expect([changed.sbom, changed.report]).toEqual([(await scan('false')).sbom, (await scan('false')).report]);
  });
});

describe('the repository map answered from the last run', () => {
  it('is kept while the files and configuration it read are the same, and built again when one changes', async () => {
    const root = gitTree({
      'pyproject.toml': '[project]\nname = "svc"\n[tool.pytest.ini_options]\ntestpaths = ["checks"]\n',
      'checks/probe.py': 'def test_x():\n    assert 1\n',
      'app/main.py': 'x = 1\n',
    });
    const dir = tmp();
    const scan = async (cache: string) => {
      const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', cache }, { cwd: root, today: '2026-12-06' });
      return { classOf: r.map, report: renderJson(r) };
    };
    const mapFile = () => readdirSync(dir).filter((n) => n.startsWith('map-')).map((n) => readFileSync(join(dir, n)).toString('base64'));
    const cold = await scan(dir);
    const stored = mapFile();
    expect(stored).toHaveLength(1);
    // A file the map does not read changed: the same map, not written again.
    writeFileSync(join(root, 'app/main.py'), 'x = 2\n');
    const warm = await scan(dir);
    expect(mapFile()).toEqual(stored);
    expect(warm.report).toBe((await scan('false')).report);
    expect(JSON.stringify(warm.classOf)).toBe(JSON.stringify(cold.classOf));
    // The configuration it read changed: built again, as a run without the cache builds it.
    writeFileSync(join(root, 'pyproject.toml'), '[project]\nname = "svc"\n');
    const changed = await scan(dir);
    expect(mapFile()).not.toEqual(stored);
    expect(JSON.stringify(changed.classOf)).not.toBe(JSON.stringify(cold.classOf));
    expect(changed.report).toBe((await scan('false')).report);
  });
});

describe('checks that ask a server', () => {
  it('say so (meta.network), so their end() is never answered from an earlier run', async () => {
    const { ALL_CHECKS } = await import('../../src/checks/index.js');
    const askers = ALL_CHECKS.filter((c) => /networkBudgetOf|vulnerabilitiesOf|repoSettingsClient|fetch\(/.test(readFileSync(join('src/checks', c.meta.id, 'index.ts'), 'utf8')));
    expect(askers.map((c) => c.meta.id).sort()).toEqual(['branch-protection-missing', 'vulnerable-dependency']);
    for (const c of askers) expect(c.meta.network).toBe(true);
    // And no other check claims it (it would only cost it the cache).
    expect(ALL_CHECKS.filter((c) => c.meta.network).map((c) => c.meta.id).sort()).toEqual(askers.map((c) => c.meta.id).sort());
  });

});

describe("an edited file's observations, check by check", () => {
  it("runs again only the checks whose observations of an edited file changed: each check's are named on their own", async () => {
    const root = gitTree({ 'a.txt': 'alpha\n', 'b.txt': 'beta\n' });
    const dir = tmp();
    const calls: Record<string, number> = {};
    const observer = (id: RuleId, of: (text: string) => string) =>
      defineCheck({
        meta: { ...ruleFields(id), id, pure: true, files: ['**/*.txt'], messages: { said: '{what}' }, remediation: 'none' },
        create(ctx) {
          return {
            file(f) {
              ctx.observe(of(f.text));
            },
            end() {
              calls[id] = (calls[id] ?? 0) + 1;
              ctx.report({ messageId: 'said', location: { path: 'a.txt', line: 1 }, data: { what: ctx.observations<string>().map((o) => o.value).join(',') } });
            },
          };
        },
      });
    // One check observes each file's text, the other only its first line.
    const checks = [observer('todo-debt', (t) => t.trim()), observer('no-runbook', (t) => t.split('\n')[0]!)];
    const scan = async (cache: string) => renderJson(await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', cache }, { cwd: root, checks, today: '2026-12-06' }));
    await scan(dir);
    for (const k of Object.keys(calls)) calls[k] = 0;
    // A second line: what the first check observes of b.txt changed, what the second observes did not.
    writeFileSync(join(root, 'b.txt'), 'beta\ndelta\n');
    const edited = await scan(dir);
    expect(calls).toEqual({ 'todo-debt': 1, 'no-runbook': 0 });
    expect(edited).toBe(await scan('false'));
    expect(edited).toContain('alpha,beta\\ndelta');
  });
});
