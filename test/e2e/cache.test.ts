// The fact cache through the bundled action, as the runner runs it: a second run over the same
// commit answers from the cache and writes the same bytes; a pull request ref never uses it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockedService } from './fixtures.js';
import { runAction } from './harness.js';

function committed(root: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x');
  return root;
}

const outputs = (root: string) => ['readiness-report.json', 'readiness-gate.sarif', 'sbom.cdx.json'].map((f) => readFileSync(join(root, f), 'utf8'));

describe('the fact cache (e2e)', () => {
  it('answers a re-run from the cache with byte-identical outputs, and a run without it agrees', () => {
    const { root, secrets } = blockedService();
    committed(root);
    const cache = join(mkdtempSync(join(tmpdir(), 'rg-e2e-cache-')), 'facts');
    const cold = runAction({ workspace: root, inputs: { cache } });
    const first = outputs(root);
    const warm = runAction({ workspace: root, inputs: { cache } });
    const second = outputs(root);
    const off = runAction({ workspace: root, inputs: { cache: 'false' } });
    const third = outputs(root);
    expect([cold.status, warm.status, off.status]).toEqual([1, 1, 1]);
    expect(cold.stdout).toMatch(/fact cache: 0 files answered from the cache/);
    expect(warm.stdout).toMatch(/fact cache: [1-9]\d* files answered from the cache/);
    expect(off.stdout).not.toMatch(/fact cache/);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    // Worker threads, cold and warm on a fresh cache: the same bytes again.
    const pooled = join(mkdtempSync(join(tmpdir(), 'rg-e2e-cache-')), 'facts');
    for (let i = 0; i < 2; i++) {
      expect(runAction({ workspace: root, inputs: { cache: pooled }, env: { READINESS_GATE_WORKERS: '2' } }).status).toBe(1);
      expect(outputs(root)).toEqual(first);
    }
    // The cache holds raw facts; nothing of it reaches the log.
    for (const s of secrets) expect(`${cold.stdout}${warm.stdout}`).not.toContain(s);
  });

  it('outside git, keyed by content: serial and with worker threads, cold and warm, the same bytes as no cache', () => {
    const { root } = blockedService();
    runAction({ workspace: root, inputs: { cache: 'false' } });
    const plain = outputs(root);
    const cache = join(mkdtempSync(join(tmpdir(), 'rg-e2e-cache-')), 'facts');
    const warm = [0, 1, 2].map((i) => {
      const r = runAction({ workspace: root, inputs: { cache }, env: i === 2 ? { READINESS_GATE_WORKERS: '2' } : {} });
      expect(outputs(root)).toEqual(plain);
      return r;
    })[1]!;
    expect(warm.stdout).toMatch(/fact cache: [1-9]\d* files answered from the cache/);
  });

  it('a re-run over the same files replays at once; an end() that then parses (setup.py) gets its grammar, in a process of its own', () => {
    const root = mkdtempSync(join(tmpdir(), 'rg-e2e-replay-'));
    mkdirSync(join(root, 'svc'));
    writeFileSync(join(root, 'setup.py'), "from setuptools import setup\nsetup(name='svc', install_requires=['flask'])\n");
    writeFileSync(join(root, 'svc/app.py'), 'import flask\nimport requests\n');
    committed(root);
    const cache = join(mkdtempSync(join(tmpdir(), 'rg-e2e-cache-')), 'facts');
    const runs = [0, 1, 2].map(() => runAction({ workspace: root, inputs: { cache } }));
    expect(runs.map((r) => /replay done again at once/.test(r.stdout))).toEqual([false, true, true]);
    const replayed = outputs(root);
    // max-p2 is read after the file pass only: the same facts and replay, and every end() runs again
    // (its key holds the options), in a process that has parsed nothing yet.
    const again = runAction({ workspace: root, inputs: { cache, 'max-p2': '1000' } });
    const cached = outputs(root);
    runAction({ workspace: root, inputs: { cache: 'false', 'max-p2': '1000' } });
    const plain = outputs(root);
    expect(/replay done again at once/.test(again.stdout)).toBe(true);
    expect(plain[0]).toMatch(/`requests`/);
    expect(cached).toEqual(plain);
    runAction({ workspace: root, inputs: { cache: 'false' } });
    expect(replayed).toEqual(outputs(root));
  });

  it('with the default folder, says there is no Actions cache service outside a runner', () => {
    const root = committed(blockedService().root);
    const r = runAction({ workspace: root });
    // The default folder is under RUNNER_TEMP, which nothing keeps after the job: no cache is built.
    expect(r.stdout).toMatch(/fact cache: no Actions cache service here .*: none is built/);
    expect(r.stdout).not.toMatch(/kept for the next run/);
    const pr = runAction({ workspace: root, env: { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', GITHUB_REF: 'refs/pull/3/merge' } });
    expect(pr.stdout).toMatch(/fact cache: not used on a pull request.*: none is built/);
    expect(pr.stdout).not.toMatch(/kept for the next run/);
  });
});
