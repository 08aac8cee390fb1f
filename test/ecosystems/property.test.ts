// Malformed input never throws: arbitrary text, arbitrary bytes decoded as the engine does, and every
// fixture truncated at random points go through every parser and the inventory; a broken lockfile is
// `{ ok: false }` (a reason in the report) and the rest of the SBOM is still built.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ECOSYSTEMS } from '../../src/ecosystems/index.js';
import { declaredDependencies } from '../../src/ecosystems/manifests.js';
import { buildInventory } from '../../src/sbom/inventory.js';
import { renderSbom } from '../../src/sbom/cyclonedx.js';

const ROOT = join(__dirname, '../fixtures/ecosystems');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}
const FIXTURES = walk(ROOT).filter((f) => !f.endsWith('expected.txt'));

const MANIFESTS = ['package.json', 'pyproject.toml', 'Pipfile', 'go.mod', 'pom.xml', 'requirements.txt'];

const text = fc.oneof(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')), fc.json());

describe('parsers never throw', () => {
  for (const eco of ECOSYSTEMS) {
    it(`${eco.id}: arbitrary text`, () => {
      fc.assert(
        fc.property(text, (t) => {
          const r = eco.parse(t, eco.lockfiles[0]!, () => t);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
        }),
        { numRuns: 200 },
      );
    });
  }

  it('manifests: arbitrary text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...MANIFESTS), (t, name) => {
        expect(Array.isArray(declaredDependencies(name, t))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every fixture, truncated anywhere: a parse result or a reason, and the inventory still builds', () => {
    for (const f of FIXTURES) {
      const content = readFileSync(f, 'utf8');
      const path = relative(ROOT, f);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: content.length }), (cut) => {
          const partial = content.slice(0, cut);
          const inv = buildInventory({ paths: [path, 'other/package-lock.json'], text: (p) => (p === path ? partial : '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0"}}}'), rootName: 'x' });
          // The other, intact lockfile always contributes.
          expect(inv.byPurl.has('pkg:npm/a@1.0.0')).toBe(true);
          expect(renderSbom(inv, { format: 'json', specVersion: '1.6', tool: { name: 't', version: '0' } })).toContain('"bomFormat": "CycloneDX"');
        }),
        { numRuns: 25 },
      );
    }
  });

  it('a malformed lockfile is listed with its reason', () => {
    const inv = buildInventory({ paths: ['package-lock.json', 'poetry.lock'], text: (p) => (p === 'poetry.lock' ? '[[package]\nname=' : '{"lockfileVersion":3,"packages":{}}'), rootName: 'x' });
    expect(inv.lockfiles).toEqual([
      { path: 'package-lock.json', ecosystem: 'npm', status: 'parsed', components: 0 },
      { path: 'poetry.lock', ecosystem: 'poetry', status: 'malformed', components: 0, reason: expect.stringContaining('poetry.lock') },
    ]);
  });
});
