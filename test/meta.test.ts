// The repository checks its own conventions; each failure says what to add where.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../src/checks/index.js';
import { INPUTS } from '../src/inputs.js';
import { RULE_IDS } from '../src/model/catalogue.js';

const REPO = join(import.meta.dirname, '..');
const ids = ALL_CHECKS.map((c) => c.meta.id);

describe('conventions', () => {
  it('registers checks sorted by rule id, each once', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it.each(ids)('%s has its folder, docs page, tests and README entry', (id) => {
    expect(existsSync(join(REPO, 'src/checks', id, 'index.ts')), `add src/checks/${id}/index.ts`).toBe(true);
    expect(existsSync(join(REPO, 'rules/checks', `${id}.md`)), `add the docs page rules/checks/${id}.md`).toBe(true);
    expect(existsSync(join(REPO, 'test/checks', `${id}.test.ts`)), `add test/checks/${id}.test.ts`).toBe(true);
    expect(readFileSync(join(REPO, 'README.md'), 'utf8'), `list ${id} in the README's rule table with a link to its page`).toContain(`(rules/checks/${id}.md)`);
  });

  it('registers exactly the public rule ids, and each meta is its whole contract', () => {
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
    for (const c of ALL_CHECKS) {
      const m = c.meta;
      expect(m.docs, m.id).toBe(`rules/checks/${m.id}.md`);
      // SARIF precision follows certainty: a rule whose findings are heuristics is at most medium.
      if (m.certainty === 'likely') expect(['medium', 'low'], `${m.id}: a likely rule's precision`).toContain(m.precision);
      else expect(['very-high', 'high'], `${m.id}: a proven rule's precision`).toContain(m.precision);
      // Per-message severities and certainties name real message ids.
      for (const k of Object.keys({ ...m.severities, ...m.certainties })) expect(Object.keys(m.messages), `${m.id}: ${k}`).toContain(k);
      for (const k of m.anyClass ?? []) expect(Object.keys(m.messages), `${m.id}: anyClass ${k}`).toContain(k);
      // A rule that can block says why its findings are proven.
      const blocks = m.severity === 'P0' || Object.values(m.severities ?? {}).includes('P0');
      if (blocks) expect(m.proof, `${m.id}: add meta.proof`).toBeTruthy();
    }
  });

  it('has a check folder only for registered checks', () => {
    const folders = readdirSync(join(REPO, 'src/checks'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort(), 'register every src/checks/<id> folder in src/checks/index.ts').toEqual(ids);
  });

  it('every docs page names a rule of the catalogue', () => {
    for (const page of readdirSync(join(REPO, 'rules/checks'))) {
      expect(RULE_IDS, `rules/checks/${page} has no rule of that id`).toContain(page.replace(/\.md$/, ''));
    }
  });

  it('action.yml declares exactly the inputs the code parses, with the same defaults', () => {
    const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8'));
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUTS).sort());
    for (const [name, spec] of Object.entries(INPUTS)) {
      expect(action.inputs[name].default, `action.yml default of ${name}`).toBe(spec.default);
      expect(action.inputs[name].description, `action.yml description of ${name}`).toBeTruthy();
    }
    expect(Object.keys(action.outputs).sort()).toEqual(['badge', 'blocked', 'grade', 'new', 'p0', 'p1', 'p2', 'report', 'sarif', 'sbom', 'score', 'summary-markdown']);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    // The Marketplace refuses a description of 125 characters or more.
    expect(action.description.length, 'action.yml description').toBeLessThan(125);
  });

  it('the README documents every input and the two commands', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    for (const name of Object.keys(INPUTS)) expect(readme, `document input ${name} in the README`).toContain(`\`${name}\``);
    expect(readme).toContain('npm test');
  });

  it('the configuration schema knows every rule id', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas/config.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...RULE_IDS].sort());
  });
});
