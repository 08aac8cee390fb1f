// Issue 13 end to end, through the bundled action as the runner runs it: the summary's first screen
// says what blocks and what to fix first, and the SARIF options reach the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateSarif } from '../report/validate.js';
import { runAction, type ActionRun } from './harness.js';
import { blockedService, type BlockedRepo } from './fixtures.js';

type Sarif = { runs: Array<{ automationDetails?: { id: string }; results: Array<{ ruleId: string }>; tool: { driver: { rules: Array<{ id: string; properties: Record<string, unknown>; help: { markdown: string } }> } } }> };
const sarifOf = (ws: string) => JSON.parse(readFileSync(join(ws, 'readiness-gate.sarif'), 'utf8')) as Sarif;

describe('the first screen of the summary (bundled action)', () => {
  let repo: BlockedRepo;
  let r: ActionRun;
  beforeAll(() => {
    repo = blockedService();
    r = runAction({ workspace: repo.root });
  });

  it('names the blockers in one sentence with links, then Fix first, and the area table only after them', () => {
    expect(r.status).toBe(1);
    const lines = r.summary.split('\n');
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    const blocked = at(/^\*\*Blocked by\*\* /);
    const fix = at(/^### .*Fix first/);
    const table = at(/^### Readiness by area/);
    expect(blocked).toBeGreaterThan(0);
    expect(lines[blocked]).toContain('https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/src/shop/settings.py#L4');
    expect(fix).toBeGreaterThan(blocked);
    expect(table).toBeGreaterThan(fix);
    // Within the first 40 lines a reader sees the first rule's fix.
    expect(lines.slice(fix, fix + 12).some((l) => l.startsWith('**Fix:**'))).toBe(true);
    // No internal placeholder (entities inside code spans: test/report/markdown.test.ts, message.test.ts).
    expect(r.summary).not.toContain('{{V:');
  });

  it('keeps the verdict annotation among the errors GitHub keeps (10 per level)', () => {
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors.some((a) => a.message.startsWith('BLOCKED: '))).toBe(true);
  });
});

describe('SARIF options (bundled action)', () => {
  it('by default: no automationDetails (upload-sarif category applies), only security rules, security-severity on them', () => {
    const repo = blockedService();
    runAction({ workspace: repo.root });
    const doc = sarifOf(repo.root);
    expect(validateSarif(doc)).toEqual([]);
    const run = doc.runs[0]!;
    expect(run.automationDetails).toBeUndefined();
    const ids = run.tool.driver.rules.map((x) => x.id.split('/')[0]);
    expect(ids).toContain('hardcoded-secret');
    expect(ids).not.toContain('merge-conflict-marker');
    expect(ids).not.toContain('no-runbook');
    for (const rule of run.tool.driver.rules) expect(rule.properties['security-severity']).toBeDefined();
    // help.markdown carries the rule's page.
    expect(run.tool.driver.rules.find((x) => x.id.startsWith('hardcoded-secret'))!.help.markdown).toContain('## How to fix');
  });

  it('with sarif-category and sarif-rules: all, the category is set and every rule is there, non-security ones without a security-severity', () => {
    const repo = blockedService();
    runAction({ workspace: repo.root, inputs: { 'sarif-category': 'readiness-gate/api', 'sarif-rules': 'all' } });
    const run = sarifOf(repo.root).runs[0]!;
    expect(run.automationDetails?.id.startsWith('readiness-gate/api')).toBe(true);
    const conflict = run.tool.driver.rules.find((x) => x.id === 'merge-conflict-marker');
    expect(conflict).toBeDefined();
    expect(conflict!.properties['security-severity']).toBeUndefined();
    expect(run.results.some((x) => x.ruleId === 'merge-conflict-marker')).toBe(true);
  });

  it('refuses a bad sarif-rules value with exit code 2 naming the input', () => {
    const repo = blockedService();
    const r = runAction({ workspace: repo.root, inputs: { 'sarif-rules': 'some' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/input 'sarif-rules': 'some' is not valid; accepted: security, all/);
  });
});
