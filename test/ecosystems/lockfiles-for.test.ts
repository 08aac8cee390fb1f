import { describe, expect, it } from 'vitest';
import { lockfilesFor, NPM_LOCKFILES } from '../../src/ecosystems/npm/manifest.js';

describe('lockfilesFor (which lockfiles a package.json installs from)', () => {
  it("takes the manager packageManager names, the package's own or the nearest above; otherwise every npm lockfile", () => {
    const files: Record<string, string> = {
      'package.json': '{"name":"root","packageManager":"pnpm@9.1.0+sha512.abc"}',
      'apps/web/package.json': '{"name":"web"}',
      'tools/package.json': '{"name":"tools","packageManager":"yarn@4.1.0"}',
      'legacy/package.json': '{"name":"legacy","packageManager":"npm@10.2.0"}',
      'odd/package.json': '{"name":"odd","packageManager":"deno@2"}',
    };
    const text = (p: string) => files[p];
    const of = (m: string) => lockfilesFor(m, text, new Map());
    expect(of('package.json')).toEqual(['pnpm-lock.yaml']);
    expect(of('apps/web/package.json')).toEqual(['pnpm-lock.yaml']);
    expect(of('tools/package.json')).toEqual(['yarn.lock']);
    expect(of('legacy/package.json')).toEqual(['npm-shrinkwrap.json', 'package-lock.json']);
    // near misses: a manager not known, none named anywhere, malformed JSON, a name without a version
    expect(of('odd/package.json')).toBe(NPM_LOCKFILES);
    expect(lockfilesFor('a/package.json', () => undefined, new Map())).toBe(NPM_LOCKFILES);
    expect(lockfilesFor('package.json', () => '{"packageManager": "pnpm@9"', new Map())).toBe(NPM_LOCKFILES);
    expect(lockfilesFor('package.json', () => '{"packageManager": "pnpm"}', new Map())).toBe(NPM_LOCKFILES);
  });

  it("reads each package.json once for all the manifests below it (a monorepo's large root is parsed once)", () => {
    const reads = new Map<string, number>();
    const root = JSON.stringify({ name: 'root', description: 'x'.repeat(1_000_000), packageManager: 'pnpm@9.1.0' });
    const text = (p: string) => {
      reads.set(p, (reads.get(p) ?? 0) + 1);
      return p === 'package.json' ? root : p.startsWith('packages/') ? '{"name":"member"}' : undefined;
    };
    const managers = new Map<string, string | undefined>();
    for (let i = 0; i < 500; i++) expect(lockfilesFor(`packages/p${i}/package.json`, text, managers)).toEqual(['pnpm-lock.yaml']);
    expect(reads.get('package.json')).toBe(1);
    expect(reads.get('packages/package.json')).toBe(1);
  });
});
