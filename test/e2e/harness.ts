// Runs a bundled action file the way the GitHub runner does (runner: NodeScriptActionHandler):
// node <action>/dist/index.js, cwd = GITHUB_WORKSPACE, a clean environment, every input from
// action.yml with its default (the runner fills them in), file-command files created empty.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const REPO = resolve(import.meta.dirname, '../..');

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Array<{ level: string; props: Record<string, string>; message: string }>;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

/** The runner's input variable name: INPUT_ + name with spaces as '_', upper-cased, hyphens kept. */
export const inputVar = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** Tests reach no network but loopback: OSV is off unless a test points osv-url at its own server. */
const OFFLINE: Record<string, string> = { 'vulnerability-scan': 'off' };

export function runAction(opts: { workspace: string; inputs?: Record<string, string>; actionDir?: string; env?: Record<string, string> }): ActionRun {
  // READINESS_GATE_ACTION_DIR: a folder with its own dist/ and action.yml (a bundle under development).
  const actionDir = opts.actionDir ?? process.env.READINESS_GATE_ACTION_DIR ?? REPO;
  const meta = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionYml;
  const tmp = mkdtempSync(join(tmpdir(), 'rg-runner-'));
  const outputFile = join(tmp, 'set_output');
  const summaryFile = join(tmp, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    // No network in tests: the API is a closed loopback port (branch protection: a notice, no finding).
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: tmp,
    RUNNER_OS: 'Linux',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...opts.env,
  };
  for (const [name, spec] of Object.entries(meta.inputs)) {
    // The runner evaluates expressions in defaults; `${{ github.token }}` becomes the job token.
    const def = (spec.default ?? '').replace('${{ github.token }}', 'test-job-token');
    env[inputVar(name)] = opts.inputs?.[name] ?? OFFLINE[name] ?? def;
  }
  const p = spawnSync(process.execPath, [join(actionDir, 'dist/index.js')], { cwd: opts.workspace, env, encoding: 'utf8', timeout: 120_000 });
  return {
    status: p.status,
    stdout: p.stdout,
    stderr: p.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(p.stdout),
  };
}

/** GITHUB_OUTPUT: `name<<ghadelimiter_UUID` heredocs (and plain `name=value`). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const h = /^([^=<]+)<<(.+)$/.exec(l);
    if (h) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== h[2]; i++) body.push(lines[i]!);
      out[h[1]!] = body.join('\n');
    } else if (l.includes('=')) {
      out[l.slice(0, l.indexOf('='))] = l.slice(l.indexOf('=') + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

export function parseAnnotations(stdout: string) {
  const out: ActionRun['annotations'] = [];
  for (const l of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(l);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = unescapeProp(kv.slice(eq + 1));
    }
    out.push({ level: m[1]!, props, message: unescapeData(m[3]!) });
  }
  return out;
}
