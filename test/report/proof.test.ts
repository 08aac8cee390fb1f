// RULES.md "Certainty: a P0 must be proven": every rule that can block says, in its meta, why such
// a finding is proven (the summary shows it beside each P0), and its docs page says exactly what
// the proof requires and what makes a finding likely or lowered by where it lives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/checks/index.js';

const REPO = join(import.meta.dirname, '..', '..');
/** Written by another change; its page and proof follow with it. */
const PENDING = new Set<string>();
const blocking = ALL_CHECKS.map((c) => c.meta).filter(
  (m) => !PENDING.has(m.id) && (m.severity === 'P0' || Object.values(m.severities ?? {}).includes('P0')),
);

describe('rules that can block', () => {
  it('are the ones RULES.md lists', () => {
    expect(blocking.map((m) => m.id)).toEqual(
      expect.arrayContaining(['merge-conflict-marker', 'js-unresolved-import', 'k8s-probe-route-mismatch', 'workflow-disabled-job', 'vulnerable-dependency']),
    );
  });

  it.each(blocking.map((m) => [m.id, m] as const))('%s has a one-clause proof', (id, m) => {
    expect(m.proof, `add proof: '...' to the meta of src/checks/${id}/index.ts`).toBeTruthy();
    // One clause: no sentence break, no trailing period (the renderers add it), no line break.
    expect(m.proof!).not.toMatch(/[.!?]\s|[.\n]$|\n/);
    expect(m.certainty, `${id} can block, so its default certainty is proven`).toBe('proven');
  });

  it.each(blocking.map((m) => [m.id, m] as const))('%s documents when it is proven', (_id, m) => {
    const page = readFileSync(join(REPO, m.docs), 'utf8');
    const at = page.indexOf('\n## When it is proven\n');
    expect(at, `add a "## When it is proven" section to ${m.docs}`).toBeGreaterThan(-1);
    const section = page.slice(at + 1).split(/\n## /)[0]!;
    expect(section).toMatch(/`proven`/);
    // Says what makes it likely (or that nothing does), and what the file's class does to it.
    expect(section).toMatch(/likely/i);
    expect(section).toMatch(/Where the file lives/);
    if (m.scope === 'runtime') expect(section).toMatch(/at most P1 in `test`/);
  });
});
