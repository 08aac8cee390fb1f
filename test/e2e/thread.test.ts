// The action and the CLI run their engine on a worker thread with a bounded young generation
// (src/io/thread.ts); the main thread only starts it, relays the terminal and the exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runAction } from './harness.js';

const DIST = join(process.env.READINESS_GATE_ACTION_DIR ?? REPO, 'dist');

/** Bytes of the modules an entry loads before it runs anything (its static imports, transitively; not import()). */
function staticBytes(entry: string): number {
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(DIST, file), 'utf8');
    bytes += Buffer.byteLength(text);
    for (const m of text.matchAll(/^(?:import\s[^;]*?from\s*|import\s*)"\.\/([\w.-]+\.js)"/gm)) visit(m[1]!);
  };
  visit(entry);
  return bytes;
}

/** A preload (NODE_OPTIONS reaches every thread) that writes, per thread, whether it is the engine's and its heap limits. */
function threadProbe(): { preload: string; read: () => Array<{ main: boolean; engine: boolean; young?: number }> } {
  const dir = mkdtempSync(join(tmpdir(), 'rg-threads-'));
  const preload = join(dir, 'probe.cjs');
  writeFileSync(
    preload,
    `const { isMainThread, workerData, resourceLimits, threadId } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
writeFileSync(${JSON.stringify(dir)} + '/thread-' + threadId + '.json', JSON.stringify({ main: isMainThread, engine: !isMainThread && workerData?.readinessGateEngine === true, young: resourceLimits?.maxYoungGenerationSizeMb }));
`,
  );
  return {
    preload,
    read: () =>
      readdirSync(dir)
        .filter((n) => n.startsWith('thread-'))
        .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as { main: boolean; engine: boolean; young?: number }),
  };
}

describe('the engine thread', () => {
  it('the entries load a few KB before the engine thread starts, not the engine', () => {
    for (const entry of ['index.js', 'cli.js']) expect(staticBytes(entry)).toBeLessThan(16 * 1024);
  });

  it('the CLI runs the scan on one worker thread whose young generation is bounded, with the same report and exit code', () => {
    const probe = threadProbe();
    const out = mkdtempSync(join(tmpdir(), 'rg-thread-cli-'));
    const args = [join(DIST, 'cli.js'), 'scan', 'examples/service', '--cache', 'false', '--vulnerability-scan', 'off', '--report', join(out, 'r.json'), '--sarif', '', '--sbom', ''];
    const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--require ${probe.preload}` } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/BLOCKED: 6 P0 findings/);
    const threads = probe.read();
    expect(threads.filter((t) => t.main)).toHaveLength(1);
    expect(threads.filter((t) => t.engine)).toEqual([{ main: false, engine: true, young: 48 }]);
    expect(JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')).verdict.blocked).toBe(true);
  });

  it('a CLI re-run, whose tree has facts in the cache folder, stays on the main thread (a thread would cost it its start-up)', () => {
    const facts = mkdtempSync(join(tmpdir(), 'rg-thread-facts-'));
    const scan = (preload: string) =>
      spawnSync(process.execPath, [join(DIST, 'cli.js'), 'scan', 'examples/service', '--cache', facts, '--vulnerability-scan', 'off', '--report', '', '--sarif', '', '--sbom', ''], {
        cwd: REPO,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: `--require ${preload}` },
      });
    const first = threadProbe();
    expect(scan(first.preload).status).toBe(1);
    expect(first.read().filter((t) => t.engine)).toHaveLength(1);
    const again = threadProbe();
    const r = scan(again.preload);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/BLOCKED: 6 P0 findings/);
    expect(again.read()).toEqual([{ main: true, engine: false }]);
  });

  it('the action too, and its worker threads for the file pass are bounded tighter (16 MB: their heaps sit beside the engine thread)', () => {
    const probe = threadProbe();
    const ws = mkdtempSync(join(tmpdir(), 'rg-thread-action-'));
    cpSync(join(REPO, 'examples/service'), ws, { recursive: true });
    const r = runAction({ workspace: ws, env: { NODE_OPTIONS: `--require ${probe.preload}`, READINESS_GATE_WORKERS: '1' } });
    expect(r.status).toBe(1);
    expect(r.outputs.blocked).toBe('true');
    const threads = probe.read();
    expect(threads.filter((t) => t.engine)).toHaveLength(1);
    const pool = threads.filter((t) => !t.main && !t.engine);
    expect(pool.length).toBeGreaterThan(0);
    for (const t of pool) expect(t.young).toBe(16);
  });

  // At once (before the action has its own handler: the thread stops, the main thread says so) and during the scan (the action's handler).
  it.each([0, 600])('an error nothing handles on the engine thread (after %i ms) fails the action closed: exit 2, blocked, an error annotation, nothing injected', (ms) => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-thread-crash-'));
    const preload = join(dir, 'crash.cjs');
    writeFileSync(
      preload,
      `const { workerData } = require('node:worker_threads');
if (workerData?.readinessGateEngine === true) ${ms === 0 ? "throw new Error('boom\\n::set-output name=blocked::false');" : `setTimeout(() => { throw new Error('boom\\n::set-output name=blocked::false'); }, ${ms});`}
`,
    );
    const ws = mkdtempSync(join(tmpdir(), 'rg-thread-crash-ws-'));
    cpSync(join(REPO, 'examples/service'), ws, { recursive: true });
    const r = runAction({ workspace: ws, env: { NODE_OPTIONS: `--require ${preload}` } });
    expect(r.status).toBe(2);
    expect(r.outputs.blocked).toBe('true');
    expect(r.annotations.some((a) => a.level === 'error' && /internal error/.test(a.props.title ?? ''))).toBe(true);
    expect(r.stdout).not.toMatch(/^::set-output name=blocked::false/m);
  });

  // util-linux's script(1) gives the CLI a terminal; without it (macOS's takes other flags) there is none to relay.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') === true;
  it.skipIf(!hasScript)("relays the terminal: a scan in a terminal is coloured, as the CLI's own stream would say", () => {
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(DIST, 'cli.js'))} scan examples/service --cache false --vulnerability-scan off --report '' --sarif '' --sbom ''`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TERM: 'xterm' } });
    expect(r.stdout).toMatch(/BLOCKED/);
    expect(r.stdout.includes('\u001b[')).toBe(true);
  });
});
