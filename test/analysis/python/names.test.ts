import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distributionFor, providedBy, STDLIB } from '../../../src/analysis/python/names.js';
import { normalizeDist } from '../../../src/analysis/deps/python-manifests.js';

describe('python tables', () => {
  it('knows the standard library, including modules removed in 3.12/3.13 and added in 3.14', () => {
    for (const m of ['os', 'asyncio', 'tomllib', 'typing', 'distutils', 'imp', 'cgi', 'annotationlib', '__future__']) expect(STDLIB.has(m), m).toBe(true);
    for (const m of ['requests', 'yaml', 'numpy']) expect(STDLIB.has(m), m).toBe(false);
  });

  it('resolves every entry of the import-name map through the lookup the rule uses', () => {
    const doc = parse(readFileSync('rules/python-import-names.yml', 'utf8')) as { imports: Record<string, string[]> };
    for (const [module, dists] of Object.entries(doc.imports)) {
      for (const d of dists) expect(providedBy(module, new Set([normalizeDist(d)])), `${module} by ${d}`).toBe(normalizeDist(d));
      expect(distributionFor(module)).toBe(normalizeDist(dists[0]!));
    }
  });

  it('matches by name, dotted name, family and transitively', () => {
    expect(providedBy('typing_extensions', new Set(['typing-extensions']))).toBe('typing-extensions');
    expect(providedBy('google.cloud.storage', new Set(['google-cloud-storage']))).toBe('google-cloud-storage');
    expect(providedBy('opentelemetry.trace', new Set(['opentelemetry-sdk']))).toBe('opentelemetry-sdk');
    expect(providedBy('jose', new Set(['python-jose']))).toBe('python-jose');
    expect(providedBy('pybars', new Set(['pybars3']))).toBe('pybars3'); // seen in saleor/saleor
    expect(providedBy('starlette.requests', new Set(['fastapi']))).toBe('fastapi');
    expect(providedBy('pyarrow', new Set(['pandas']))).toBeUndefined();
  });
});
