// The README's workflow snippets are what users copy: parsed here, so they cannot drift from what
// the pipeline needs (issue 13: the gate must run after failing tests, upload-sarif needs
// actions: read on private repositories, the report is kept, permissions stay least-privilege).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from './e2e/harness.js';

interface Step {
  uses?: string;
  id?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs?: Record<string, { steps: Step[] }>;
}

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const inputs = new Set(Object.keys((parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs));

/** The ```yaml blocks of one `## ` section, parsed (indentation of a list item's block removed). */
function yamlBlocks(section: string): unknown[] {
  const start = readme.indexOf(`\n## ${section}\n`);
  expect(start, `README section ${section}`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  const text = readme.slice(start, end < 0 ? undefined : end);
  return [...text.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```$/gm)].map((m) => {
    const indent = m[1]!.length;
    return parse(m[2]!.split('\n').map((l) => l.slice(indent)).join('\n'));
  });
}

const isGate = (s: Step) => /^readiness-gate\/readiness-gate@/.test(s.uses ?? '');

function checkGateStep(s: Step): void {
  expect(s.if, 'the gate step runs after failing tests').toMatch(/\balways\(\)/);
  for (const k of Object.keys(s.with ?? {})) expect(inputs.has(k), `input ${k} exists in action.yml`).toBe(true);
}

const workflows = [...yamlBlocks('Use it in a workflow'), ...yamlBlocks('Rollout')].filter((b): b is Workflow => typeof b === 'object' && b !== null && 'jobs' in b);
const stepSnippets = yamlBlocks('Rollout').filter((b): b is Step[] => Array.isArray(b));

describe('README workflows', () => {
  it('has the full workflows and the rollout steps to check', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    expect(stepSnippets.length).toBe(3);
  });

  it.each(workflows.map((w, i) => [i, w] as const))('workflow %i: gate after failing tests, least-privilege permissions, SARIF categorised, report kept', (_i, w) => {
    const steps = Object.values(w.jobs!).flatMap((j) => j.steps);
    const gate = steps.find(isGate);
    expect(gate).toBeDefined();
    checkGateStep(gate!);
    const perms = w.permissions ?? {};
    expect(perms.contents).toBe('read');
    expect(perms.actions, 'upload-sarif on private repositories').toBe('read');

    const sarif = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(sarif).toBeDefined();
    expect(perms['security-events']).toBe('write');
    expect(sarif!.if).toMatch(/\balways\(\)/);
    expect(sarif!.with?.category).toBeTruthy();
    expect(String(sarif!.with?.sarif_file)).toContain(`steps.${gate!.id}.outputs.sarif`);

    const uploadsReport =
      ['true', true].includes(gate!.with?.['upload-artifact'] as string) ||
      steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && /\balways\(\)/.test(s.if ?? ''));
    expect(uploadsReport, 'the report and SBOM are uploaded').toBe(true);

    // Write scopes only where the inputs that need them are used.
    const needs: Record<string, boolean> = {
      checks: gate!.with?.annotations === 'check-run',
      'pull-requests': ['on', 'on-change'].includes(String(gate!.with?.['pr-comment'] ?? 'off')),
    };
    for (const [scope, needed] of Object.entries(needs)) expect(perms[scope], scope).toBe(needed ? 'write' : undefined);
    const extra = Object.keys(perms).filter((k) => !['contents', 'actions', 'security-events', 'checks', 'pull-requests'].includes(k));
    expect(extra).toEqual([]);
  });

  it('rollout: report-only, then a baseline with new-findings-only, then P0', () => {
    const gates = stepSnippets.map((steps) => steps.find(isGate)!);
    for (const g of gates) checkGateStep(g);
    expect(gates.map((g) => g.with?.['fail-on'])).toEqual(['never', 'P0', 'P0']);
    expect(gates[1]!.with?.baseline).toBeTruthy();
    expect(String(gates[1]!.with?.['new-findings-only'])).toBe('true');
    expect(gates[2]!.with?.baseline).toBeUndefined();
    // The baseline the README tells to produce is the one the step reads.
    expect(readme).toContain(`--report ${String(gates[1]!.with?.baseline)}`);
  });
});

describe('README badge step', () => {
  const [steps] = yamlBlocks('Badge') as Array<Array<Step & { run?: string; env?: Record<string, string> }>>;
  const step = steps![0]!;

  it('reads the gate output that exists, on the default branch only', () => {
    const outputs = Object.keys((parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> }).outputs);
    expect(outputs).toContain('badge');
    expect(step.env?.BADGE).toBe('${{ steps.gate.outputs.badge }}');
    expect(step.if).toContain("github.ref == 'refs/heads/main'");
    expect(step.if).toContain("steps.gate.outputs.badge != ''");
  });

  it('its script pushes a one-file branch, replaced on every run', () => {
    const ws = mkdtempSync(join(tmpdir(), 'rg-badge-ws-'));
    const remote = mkdtempSync(join(tmpdir(), 'rg-badge-remote-'));
    const temp = mkdtempSync(join(tmpdir(), 'rg-badge-tmp-'));
    execFileSync('git', ['init', '-q', '--bare', remote]);
    // The https remote the script names, redirected to the local bare repository (no network).
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: temp,
      RUNNER_TEMP: temp,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/shop',
      BADGE: 'out/r.badge.json',
      TOKEN: 'tok',
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `url.${remote}.insteadOf`,
      GIT_CONFIG_VALUE_0: 'https://x-access-token:tok@github.com/acme/shop.git',
    };
    for (const message of ['blocked · F', 'ready · A']) {
      mkdirSync(join(ws, 'out'), { recursive: true });
      writeFileSync(join(ws, 'out/r.badge.json'), `{"message":"${message}"}\n`);
      execFileSync('bash', ['-e', '-c', step.run!], { cwd: ws, env, stdio: 'pipe' });
    }
    expect(execFileSync('git', ['--git-dir', remote, 'ls-tree', '--name-only', 'badges'], { encoding: 'utf8' })).toBe('readiness.json\n');
    expect(execFileSync('git', ['--git-dir', remote, 'show', 'badges:readiness.json'], { encoding: 'utf8' })).toBe('{"message":"ready · A"}\n');
    expect(execFileSync('git', ['--git-dir', remote, 'rev-list', '--count', 'badges'], { encoding: 'utf8' })).toBe('1\n');
  });
});
