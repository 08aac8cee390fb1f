import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { accountedBy, distributionFor, modulesKnown, providedBy, STDLIB } from '../../../src/analysis/python/names.js';
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

  it('matches a distribution named with a -py suffix or without separators (onyx opensearch-py)', () => {
    expect(providedBy('opensearchpy.helpers', new Set(['opensearch-py']))).toBe('opensearch-py');
    expect(providedBy('dateutil', new Set(['python-dateutil']))).toBe('python-dateutil');
    // near misses: a name that only shares words is no match
    expect(providedBy('box_sdk_gen', new Set(['boxsdk']))).toBeUndefined();
    expect(providedBy('mirage', new Set(['django-mirage-field']))).toBeUndefined();
    expect(providedBy('slackviewer', new Set(['slack-export-viewer', 'slack-sdk']))).toBeUndefined();
  });

  it('accounts an import to the distributions it shows the modules of, by name before family, never transitively', () => {
    const dists = new Set(['django', 'django-mirage-field', 'slack-sdk', 'slack-export-viewer', 'opentelemetry-sdk', 'opentelemetry-api', 'fastapi']);
    expect(accountedBy('django.db', dists)).toEqual(['django']);
    expect(accountedBy('slack_sdk.web', dists)).toEqual(['slack-sdk']);
    expect(accountedBy('opentelemetry.trace', dists)).toEqual(['opentelemetry-api', 'opentelemetry-sdk']);
    expect(accountedBy('starlette', dists)).toEqual([]);
    expect(accountedBy('mirage', dists)).toEqual([]);
  });

  it('knows the modules of mapped and stub-only distributions only', () => {
    for (const d of ['pyyaml', 'pillow', 'protobuf', 'attrs', 'types-requests', 'django-stubs']) expect(modulesKnown(d), d).toBe(true);
    for (const d of ['boxsdk', 'python3-saml', 'django-mirage-field', 'slack-export-viewer']) expect(modulesKnown(d), d).toBe(false);
  });
});
