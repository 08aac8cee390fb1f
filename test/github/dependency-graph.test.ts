// dependency-graph: the snapshot builder (per manifest, direct/indirect, scopes, edges, what is
// left out, determinism), the commit and ref it is submitted for, and the submission against an
// HTTP server of the test's own on 127.0.0.1 answering as the dependency submission API does
// (201 with id/result, 403 for a read-only token, 404, 422). test/e2e/dependency-graph.test.ts
// runs it through the bundled action.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  correlatorOf,
  dependencyGraphOf,
  describe as describeGraph,
  snapshotOf,
  snapshotTarget,
  submitSnapshot,
  type DependencyGraph,
  type Snapshot,
  type SnapshotFacts,
} from '../../src/github/dependency-graph.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { cli } from '../../src/cli.js';
import { restSession } from '../../src/github/rest.js';
import { isDevGroup } from '../../src/ecosystems/python/locks.js';
import type { EventFacts } from '../../src/policy/source.js';
import { publish } from '../../src/publish.js';
import { buildInventory } from '../../src/sbom/inventory.js';
import { withheldFromOsv } from '../../src/sbom/private.js';
import type { Annotation } from '../../src/report/annotations.js';
import { fixture, options } from '../report/fixture.js';

const lock = (packages: Record<string, unknown>) => JSON.stringify({ name: 'x', version: '1.0.0', lockfileVersion: 3, packages });
const npmReg = (n: string, v: string) => `https://registry.npmjs.org/${n}/-/${n}-${v}.tgz`;

/** A monorepo: an npm workspace root with a private scope, a second npm project, Go, Cargo, Composer, Maven and a workflow. */
const TREE: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'shop', version: '1.0.0', workspaces: ['packages/*'] }),
  'package-lock.json': lock({
    '': { name: 'shop', version: '1.0.0', workspaces: ['packages/*'], dependencies: { express: '^4', '@acme/auth': '^2' }, devDependencies: { vitest: '^1' } },
    'node_modules/express': { version: '4.18.2', resolved: npmReg('express', '4.18.2'), dependencies: { debug: '2.6.9' } },
    'node_modules/debug': { version: '2.6.9', resolved: npmReg('debug', '2.6.9') },
    'node_modules/@acme/auth': { version: '2.0.0', dependencies: { debug: '2.6.9' } },
    'node_modules/vitest': { version: '1.0.0', dev: true, resolved: npmReg('vitest', '1.0.0'), dependencies: { tinypool: '^0.8' } },
    'node_modules/tinypool': { version: '0.8.1', dev: true, resolved: npmReg('tinypool', '0.8.1') },
    'packages/api': { name: '@shop/api', version: '0.1.0', dependencies: { zod: '^3' } },
    'node_modules/@shop/api': { resolved: 'packages/api', link: true },
    'node_modules/zod': { version: '3.22.4', resolved: npmReg('zod', '3.22.4') },
  }),
  '.npmrc': '@acme:registry=https://npm.acme.internal/\n',
  'web/package.json': JSON.stringify({ name: 'web', version: '2.0.0', dependencies: { debug: '2.6.9' } }),
  'web/package-lock.json': lock({ '': { name: 'web', version: '2.0.0', dependencies: { debug: '2.6.9' } }, 'node_modules/debug': { version: '2.6.9', resolved: npmReg('debug', '2.6.9') } }),
  'svc-go/go.mod': 'module example.com/svc\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgolang.org/x/net v0.17.0 // indirect\n)\n',
  'crates/svc/Cargo.lock': 'version = 3\n\n[[package]]\nname = "svc"\nversion = "0.1.0"\ndependencies = [\n "serde",\n]\n\n[[package]]\nname = "serde"\nversion = "1.0.190"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
  'php/composer.lock': JSON.stringify({ packages: [{ name: 'monolog/monolog', version: '3.5.0' }], 'packages-dev': [{ name: 'phpunit/phpunit', version: '10.5.0' }] }),
  'svc-java/pom.xml':
    '<project><groupId>com.acme</groupId><artifactId>svc</artifactId><version>1.0</version><dependencies>' +
    '<dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId></dependency>' +
    '<dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version><scope>test</scope></dependency></dependencies></project>',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
};

function graphOf(tree: Record<string, string>, paths = Object.keys(tree)): DependencyGraph {
  const inv = buildInventory({ paths, text: (p) => tree[p], rootName: 'shop' });
  return dependencyGraphOf(inv, withheldFromOsv(inv, { globs: [], paths, text: (p) => tree[p] }));
}

const manifest = (g: DependencyGraph, path: string) => g.manifests.find((m) => m.path === path)!.resolved;

describe('dependencyGraphOf', () => {
  const g = graphOf(TREE);

  it('one manifest per lockfile or manifest, in path order; workflow files left to GitHub', () => {
    expect(g.manifests.map((m) => [m.path, m.ecosystem])).toEqual([
      ['crates/svc/Cargo.lock', 'cargo'],
      ['package-lock.json', 'npm'],
      ['php/composer.lock', 'composer'],
      ['svc-go/go.mod', 'go'],
      ['svc-java/pom.xml', 'maven'],
      ['web/package-lock.json', 'npm'],
    ]);
    expect(g.workflows).toBe(1);
    expect(g.packages).toBe(12);
  });

  it('npm: direct and indirect, runtime and development, edges within the manifest', () => {
    expect(manifest(g, 'package-lock.json')).toEqual({
      'pkg:npm/debug@2.6.9': { package_url: 'pkg:npm/debug@2.6.9', relationship: 'indirect', scope: 'runtime', dependencies: [] },
      'pkg:npm/express@4.18.2': { package_url: 'pkg:npm/express@4.18.2', relationship: 'direct', scope: 'runtime', dependencies: ['pkg:npm/debug@2.6.9'] },
      'pkg:npm/tinypool@0.8.1': { package_url: 'pkg:npm/tinypool@0.8.1', relationship: 'indirect', scope: 'development', dependencies: [] },
      'pkg:npm/vitest@1.0.0': { package_url: 'pkg:npm/vitest@1.0.0', relationship: 'direct', scope: 'development', dependencies: ['pkg:npm/tinypool@0.8.1'] },
      // A workspace package's dependency is one the project asks for itself.
      'pkg:npm/zod@3.22.4': { package_url: 'pkg:npm/zod@3.22.4', relationship: 'direct', scope: 'runtime', dependencies: [] },
    });
  });

  it('per manifest: the same package is direct in one project and indirect in the other', () => {
    expect(manifest(g, 'web/package-lock.json')['pkg:npm/debug@2.6.9']!.relationship).toBe('direct');
    expect(manifest(g, 'package-lock.json')['pkg:npm/debug@2.6.9']!.relationship).toBe('indirect');
  });

  it('leaves out the project itself, private packages and versionless ones; edges to them are dropped', () => {
    const all = g.manifests.flatMap((m) => Object.keys(m.resolved));
    expect(all).not.toContain('pkg:npm/%40shop/api@0.1.0');
    expect(all).not.toContain('pkg:cargo/svc@0.1.0');
    expect(all).not.toContain('pkg:npm/%40acme/auth@2.0.0');
    expect(all.some((p) => p.startsWith('pkg:maven/org.slf4j/'))).toBe(false);
    expect(all.some((p) => p.startsWith('pkg:github/'))).toBe(false);
    expect(g.leftOut).toEqual({ project: 2, private: 1, 'no-version': 1 });
    for (const m of g.manifests) for (const d of Object.values(m.resolved)) for (const t of d.dependencies) expect(Object.keys(m.resolved)).toContain(t);
  });

  it('what a file does not record is left out, not guessed', () => {
    // go.mod: `// indirect` says the relationship; nothing says development.
    expect(manifest(g, 'svc-go/go.mod')).toEqual({
      'pkg:golang/github.com/gin-gonic/gin@v1.9.1': { package_url: 'pkg:golang/github.com/gin-gonic/gin@v1.9.1', relationship: 'direct', dependencies: [] },
      'pkg:golang/golang.org/x/net@v0.17.0': { package_url: 'pkg:golang/golang.org/x/net@v0.17.0', relationship: 'indirect', dependencies: [] },
    });
    // Cargo.lock: the workspace member's dependencies are direct; no scope.
    expect(manifest(g, 'crates/svc/Cargo.lock')['pkg:cargo/serde@1.0.190']).toEqual({ package_url: 'pkg:cargo/serde@1.0.190', relationship: 'direct', dependencies: [] });
    // composer.lock: packages-dev is development; what composer.json asks for directly is not in the lock.
    expect(manifest(g, 'php/composer.lock')).toEqual({
      'pkg:composer/monolog/monolog@3.5.0': { package_url: 'pkg:composer/monolog/monolog@3.5.0', scope: 'runtime', dependencies: [] },
      'pkg:composer/phpunit/phpunit@10.5.0': { package_url: 'pkg:composer/phpunit/phpunit@10.5.0', scope: 'development', dependencies: [] },
    });
    // pom.xml: a test-scoped dependency is development.
    expect(manifest(g, 'svc-java/pom.xml')['pkg:maven/junit/junit@4.13.2']).toMatchObject({ relationship: 'direct', scope: 'development' });
  });

  it('yarn without a package.json beside it: neither relationship nor scope; with one, both', () => {
    const yarnLock = '# yarn lockfile v1\n\n"left-pad@^1.3.0":\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz"\n\n"jest@^29":\n  version "29.7.0"\n  resolved "https://registry.yarnpkg.com/jest/-/jest-29.7.0.tgz"\n  dependencies:\n    left-pad "^1.3.0"\n';
    const bare = graphOf({ 'yarn.lock': yarnLock });
    expect(Object.values(manifest(bare, 'yarn.lock')).map((d) => [d.relationship, d.scope])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
    const withManifest = graphOf({ 'yarn.lock': yarnLock, 'package.json': JSON.stringify({ name: 'app', devDependencies: { jest: '^29' } }) });
    expect(manifest(withManifest, 'yarn.lock')).toEqual({
      'pkg:npm/jest@29.7.0': { package_url: 'pkg:npm/jest@29.7.0', relationship: 'direct', scope: 'development', dependencies: ['pkg:npm/left-pad@1.3.0'] },
      'pkg:npm/left-pad@1.3.0': { package_url: 'pkg:npm/left-pad@1.3.0', relationship: 'indirect', scope: 'development', dependencies: [] },
    });
  });

  it('pnpm v9: a peer resolved from devDependencies stays development; near miss: a real optional dependency is runtime', () => {
    const pnpm = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      '      vue: { specifier: ^3.5.0, version: 3.5.0(typescript@5.4.0) }',
      '      chokidar: { specifier: ^3.6.0, version: 3.6.0 }',
      '    devDependencies:',
      '      typescript: { specifier: ^5.4.0, version: 5.4.0 }',
      'packages:',
      '  vue@3.5.0:',
      '    resolution: { integrity: sha512-AAAA }',
      '    peerDependencies: { typescript: "*" }',
      '    peerDependenciesMeta: { typescript: { optional: true } }',
      '  typescript@5.4.0:',
      '    resolution: { integrity: sha512-BBBB }',
      '  chokidar@3.6.0:',
      '    resolution: { integrity: sha512-CCCC }',
      '  fsevents@2.3.3:',
      '    resolution: { integrity: sha512-DDDD }',
      'snapshots:',
      '  vue@3.5.0(typescript@5.4.0):',
      '    optionalDependencies: { typescript: 5.4.0 }',
      '  typescript@5.4.0: {}',
      '  chokidar@3.6.0:',
      '    optionalDependencies: { fsevents: 2.3.3 }',
      '  fsevents@2.3.3: {}',
      '',
    ].join('\n');
    const r = manifest(graphOf({ 'pnpm-lock.yaml': pnpm }), 'pnpm-lock.yaml');
    expect(Object.fromEntries(Object.entries(r).map(([k, d]) => [k, `${d.relationship} ${d.scope}`]))).toEqual({
      'pkg:npm/chokidar@3.6.0': 'direct runtime',
      'pkg:npm/fsevents@2.3.3': 'indirect runtime',
      'pkg:npm/typescript@5.4.0': 'direct development',
      'pkg:npm/vue@3.5.0': 'direct runtime',
    });
    // The edge stays in the graph: vue does use the typescript it was given.
    expect(r['pkg:npm/vue@3.5.0']!.dependencies).toEqual(['pkg:npm/typescript@5.4.0']);
  });

  it('pnpm v9: a required peer no project declares is installed with its parent (autoInstallPeers): runtime where the parent is', () => {
    const pnpm = [
      "lockfileVersion: '9.0'",
      'settings:',
      '  autoInstallPeers: true',
      'importers:',
      '  .:',
      '    dependencies:',
      '      "@uiw/react-codemirror": { specifier: ^4.0.0, version: 4.23.0(codemirror@6.0.1) }',
      'packages:',
      '  "@uiw/react-codemirror@4.23.0":',
      '    resolution: { integrity: sha512-AAAA }',
      '    peerDependencies: { codemirror: ^6.0.0 }',
      '  codemirror@6.0.1:',
      '    resolution: { integrity: sha512-BBBB }',
      'snapshots:',
      '  "@uiw/react-codemirror@4.23.0(codemirror@6.0.1)":',
      '    dependencies: { codemirror: 6.0.1 }',
      '  codemirror@6.0.1: {}',
      '',
    ].join('\n');
    const r = manifest(graphOf({ 'pnpm-lock.yaml': pnpm }), 'pnpm-lock.yaml');
    expect(Object.fromEntries(Object.entries(r).map(([k, d]) => [k, `${d.relationship} ${d.scope}`]))).toEqual({
      'pkg:npm/%40uiw/react-codemirror@4.23.0': 'direct runtime',
      'pkg:npm/codemirror@6.0.1': 'indirect runtime',
    });
  });

  it('uv: a dependency group the image installs (postgres) is runtime, dev and test groups development; an extra only where asked for', () => {
    const pkg = (name: string, version: string) => `[[package]]\nname = "${name}"\nversion = "${version}"\nsource = { registry = "https://pypi.org/simple" }\n`;
    const uv = [
      'version = 1',
      'requires-python = ">=3.12"',
      '',
      '[[package]]',
      'name = "app"',
      'version = "1.0.0"',
      'source = { virtual = "." }',
      'dependencies = [{ name = "django" }]',
      '',
      '[package.dev-dependencies]',
      'dev = [{ name = "ruff" }, { name = "psycopg", extra = ["binary"] }]',
      'test = [{ name = "pytest" }]',
      'postgres = [{ name = "psycopg", extra = ["c"] }]',
      '',
      pkg('django', '5.0.0'),
      pkg('psycopg', '3.2.0'),
      '[package.optional-dependencies]',
      'binary = [{ name = "psycopg-binary" }]',
      'c = [{ name = "psycopg-c" }]',
      '',
      pkg('psycopg-binary', '3.2.0'),
      pkg('psycopg-c', '3.2.0'),
      pkg('pytest', '8.0.0'),
      pkg('ruff', '0.5.0'),
    ].join('\n');
    const r = manifest(graphOf({ 'uv.lock': uv }), 'uv.lock');
    expect(Object.fromEntries(Object.entries(r).map(([k, d]) => [k, `${d.relationship} ${d.scope}`]))).toEqual({
      'pkg:pypi/django@5.0.0': 'direct runtime',
      'pkg:pypi/psycopg@3.2.0': 'direct runtime',
      // Only the dev group asks for psycopg[binary]; the image's group asks for psycopg[c].
      'pkg:pypi/psycopg-binary@3.2.0': 'indirect development',
      'pkg:pypi/psycopg-c@3.2.0': 'indirect runtime',
      'pkg:pypi/pytest@8.0.0': 'direct development',
      'pkg:pypi/ruff@0.5.0': 'direct development',
    });
    expect(['dev', 'test', 'docs', 'lint', 'typing', 'integration-tests'].every(isDevGroup)).toBe(true);
    expect(['postgres', 'server', 'main', 'devices', 'latest'].some(isDevGroup)).toBe(false);
  });

  it('a compiled requirements file (pip-compile, uv pip compile): direct from its `# via` annotations, with edges', () => {
    const compiled = [
      '#',
      '# This file is autogenerated by pip-compile with Python 3.12',
      '#    pip-compile requirements.in',
      '#',
      'asgiref==3.7.2',
      '    # via django',
      'django==4.2.7 \\',
      '    --hash=sha256:8e0f1c2a4b3d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f',
      '    # via',
      '    #   -r requirements.in',
      '    #   djangorestframework',
      'djangorestframework==3.14.0',
      '    # via -r requirements.in',
      'sqlparse==0.4.4  # via django',
      'tzdata==2023.3',
      '    # via',
      '    #   shop (pyproject.toml)',
      '',
    ].join('\n');
    const r = manifest(graphOf({ 'requirements.txt': compiled }), 'requirements.txt');
    expect(Object.fromEntries(Object.entries(r).map(([k, d]) => [k, `${d.relationship} ${d.scope} ${d.dependencies.join(',')}`]))).toEqual({
      'pkg:pypi/asgiref@3.7.2': 'indirect runtime ',
      'pkg:pypi/django@4.2.7': 'direct runtime pkg:pypi/asgiref@3.7.2,pkg:pypi/sqlparse@0.4.4',
      'pkg:pypi/djangorestframework@3.14.0': 'direct runtime pkg:pypi/django@4.2.7',
      'pkg:pypi/sqlparse@0.4.4': 'indirect runtime ',
      'pkg:pypi/tzdata@2023.3': 'direct runtime ',
    });
    // Near miss: a hand-written file with one stray `# via` comment lists what the project asks for.
    const hand = manifest(graphOf({ 'requirements.txt': 'flask==3.0.0\n# via the proxy, see docs\nrequests==2.31.0\n' }), 'requirements.txt');
    expect(Object.values(hand).map((d) => d.relationship)).toEqual(['direct', 'direct']);
  });

  it('a private-packages glob and a private registry leave their packages out; near miss: a public scope stays', () => {
    const tree = {
      'package-lock.json': lock({
        '': { dependencies: { '@acme/x': '1', '@types/node': '20', internal: '1' } },
        'node_modules/@acme/x': { version: '1.0.0', resolved: npmReg('@acme/x', '1.0.0') },
        'node_modules/@types/node': { version: '20.0.0', resolved: npmReg('@types/node', '20.0.0') },
        'node_modules/internal': { version: '1.0.0', resolved: 'https://nexus.acme.example/repository/npm/internal/-/internal-1.0.0.tgz' },
      }),
    };
    const paths = Object.keys(tree);
    const inv = buildInventory({ paths, text: (p) => tree[p as keyof typeof tree], rootName: 'x' });
    const g2 = dependencyGraphOf(inv, withheldFromOsv(inv, { globs: ['@acme/*'], paths, text: (p) => tree[p as keyof typeof tree] }));
    expect(Object.keys(manifest(g2, 'package-lock.json'))).toEqual(['pkg:npm/%40types/node@20.0.0']);
    expect(g2.leftOut).toEqual({ private: 2 });
  });

  it('a malformed lockfile and a lockfile of the tests are not submitted (GitHub keeps its own reading of them)', () => {
    const g2 = graphOf({ 'package-lock.json': '{ not json', 'web/package-lock.json': TREE['web/package-lock.json']! });
    expect(g2.manifests.map((m) => m.path)).toEqual(['web/package-lock.json']);
  });

  it('is deterministic: the same tree in another order gives the same bytes', () => {
    const again = graphOf(TREE, Object.keys(TREE).reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(g));
    const facts = factsOf();
    expect(JSON.stringify(snapshotOf(again, facts))).toBe(JSON.stringify(snapshotOf(g, facts)));
  });

  it('says what it left out', () => {
    expect(describeGraph(g)).toBe('6 manifests, 12 packages; not submitted: 2 packages of the project itself, 1 private package, 1 package without a version, 1 workflow file (GitHub reads them itself)');
  });
});

function factsOf(over: Partial<SnapshotFacts> = {}): SnapshotFacts {
  return {
    sha: '0123456789abcdef0123456789abcdef01234567',
    ref: 'refs/heads/main',
    correlator: 'readiness-gate ci gate',
    jobId: '42',
    jobUrl: 'https://github.com/acme/shop/actions/runs/42',
    detector: { name: 'readiness-gate', version: '1.2.3', url: 'https://github.com/readiness-gate/readiness-gate' },
    prefix: '',
    scanned: '2026-12-06T10:00:00.000Z',
    ...over,
  };
}

describe('snapshotOf', () => {
  it('has the API shape, manifests named by their path from the repository root', () => {
    const g = graphOf({ 'web/package-lock.json': TREE['web/package-lock.json']! });
    const s = snapshotOf(g, factsOf({ prefix: 'services/shop/' }));
    expect(s).toEqual({
      version: 0,
      sha: '0123456789abcdef0123456789abcdef01234567',
      ref: 'refs/heads/main',
      job: { correlator: 'readiness-gate ci gate', id: '42', html_url: 'https://github.com/acme/shop/actions/runs/42' },
      detector: { name: 'readiness-gate', version: '1.2.3', url: 'https://github.com/readiness-gate/readiness-gate' },
      scanned: '2026-12-06T10:00:00.000Z',
      manifests: {
        'services/shop/web/package-lock.json': {
          name: 'services/shop/web/package-lock.json',
          file: { source_location: 'services/shop/web/package-lock.json' },
          resolved: { 'pkg:npm/debug@2.6.9': { package_url: 'pkg:npm/debug@2.6.9', relationship: 'direct', scope: 'runtime', dependencies: [] } },
        },
      },
    });
  });

  it('an empty graph is still a snapshot: it clears what the previous one of this correlator claimed', () => {
    const s = snapshotOf(graphOf({ 'README.md': '# x\n' }), factsOf());
    expect(s.manifests).toEqual({});
  });
});

describe('snapshotTarget', () => {
  const SHA = 'a'.repeat(40);
  const HEAD = 'b'.repeat(40);
  const pr = (over: Partial<EventFacts> = {}): EventFacts => ({ name: 'pull_request', repository: 'acme/shop', headSha: HEAD, headRef: 'feature/x', headRepository: 'acme/shop', ...over });
  const env = { GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'acme/shop' };

  const MERGE = 'c'.repeat(40);

  it('push: GITHUB_SHA and GITHUB_REF, when the checkout is at GITHUB_SHA', () => {
    expect(snapshotTarget({ name: 'push', repository: 'acme/shop' }, env, SHA)).toEqual({ sha: SHA, ref: 'refs/heads/main' });
    expect(snapshotTarget(undefined, { ...env, GITHUB_REF: 'refs/tags/v1.2.0' }, SHA)).toEqual({ sha: SHA, ref: 'refs/tags/v1.2.0' });
  });

  it('a checkout of another commit (a fleet job, another ref) or outside git: a warning, nothing sent', () => {
    expect(snapshotTarget({ name: 'push', repository: 'acme/shop' }, env, 'd'.repeat(40))).toEqual({ skip: expect.stringMatching(/^the scanned checkout is at dddddddddddd, not at the workflow's commit aaaaaaaaaaaa/), warn: true });
    expect(snapshotTarget({ name: 'schedule', repository: 'acme/shop' }, env, null)).toEqual({ skip: expect.stringContaining('no git checkout'), warn: true });
  });

  it('a pull request of this repository: its head commit and branch, from the merge checkout or the head checkout', () => {
    const prEnv = { ...env, GITHUB_SHA: MERGE, GITHUB_REF: 'refs/pull/7/merge' };
    expect(snapshotTarget(pr(), prEnv, MERGE)).toEqual({ sha: HEAD, ref: 'refs/heads/feature/x' });
    expect(snapshotTarget(pr(), prEnv, HEAD)).toEqual({ sha: HEAD, ref: 'refs/heads/feature/x' });
    expect(snapshotTarget(pr({ headRepository: 'ACME/Shop' }), prEnv, MERGE)).toEqual({ sha: HEAD, ref: 'refs/heads/feature/x' });
    // Near miss: the base branch checked out instead.
    expect(snapshotTarget(pr(), prEnv, SHA)).toMatchObject({ warn: true });
  });

  it('a fork, an unknown head repository and pull_request_target: nothing, and no warning', () => {
    expect(snapshotTarget(pr({ headRepository: 'mallory/shop', headRef: 'main' }), env, SHA)).toEqual({ skip: expect.stringContaining('fork') });
    expect(snapshotTarget(pr({ headRepository: undefined }), env, SHA)).toEqual({ skip: expect.stringContaining('fork') });
    expect(snapshotTarget({ name: 'pull_request_target', repository: 'acme/shop', headRepository: 'acme/shop', headSha: HEAD, headRef: 'x' }, env, SHA)).toEqual({ skip: expect.stringContaining('pull_request_target') });
  });

  it('refuses refs and commits a runner would never give', () => {
    expect(snapshotTarget(pr({ headRef: 'a..b' }), env, SHA)).toHaveProperty('skip');
    expect(snapshotTarget(pr({ headRef: 'x\nrefs/heads/main' }), env, SHA)).toHaveProperty('skip');
    expect(snapshotTarget(pr({ headSha: 'not-a-sha' }), env, SHA)).toHaveProperty('skip');
    expect(snapshotTarget(undefined, {}, SHA)).toHaveProperty('skip');
    expect(snapshotTarget(undefined, { GITHUB_SHA: SHA, GITHUB_REF: 'main' }, SHA)).toHaveProperty('skip');
  });

  it('correlator: workflow, job and the scanned folder', () => {
    expect(correlatorOf({ GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'gate' }, '.')).toBe('readiness-gate CI gate');
    expect(correlatorOf({ GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'gate' }, 'services/api')).toBe('readiness-gate CI gate services/api');
  });
});

// ---------------------------------------------------------------- the submission, over HTTP

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((ok) => s.close(ok));
  }
});

interface Seen {
  method: string;
  url: string;
  auth: string | undefined;
  body: unknown;
}

/** The dependency submission API as GitHub answers it; `status` picks the case. */
async function api(status: 201 | 403 | 404 | 422, result = 'SUCCESS'): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const s = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body: raw ? JSON.parse(raw) : null });
      const doc = 'https://docs.github.com/rest/dependency-graph/dependency-submission#create-a-snapshot-of-dependencies-for-a-repository';
      const answers = {
        201: { id: 9001, created_at: '2026-12-06T10:00:01.000Z', result, message: result === 'INVALID' ? 'The snapshot sha is not a commit of this repository.' : 'Dependency results for the repo have been successfully updated.' },
        403: { message: 'Resource not accessible by integration', documentation_url: doc, status: '403' },
        404: { message: 'Not Found', documentation_url: doc, status: '404' },
        422: { message: 'Invalid request.\n\nNo subschema in "anyOf" matched.\n\u001b[31m"manifests" is invalid', documentation_url: doc, status: '422' },
      };
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answers[status]));
    });
  });
  servers.push(s);
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, seen };
}

describe('submitSnapshot', () => {
  const g = graphOf(TREE);
  const snapshot: Snapshot = snapshotOf(g, factsOf());
  const session = (url: string) => restSession({ token: 'job-token', repository: 'acme/shop', apiUrl: url });

  it('201: the body is the snapshot exactly, posted to the repository; a log line with the id', async () => {
    const a = await api(201);
    const o = await submitSnapshot(session(a.url), snapshot, g);
    expect(a.seen).toHaveLength(1);
    expect(a.seen[0]).toMatchObject({ method: 'POST', url: '/repos/acme/shop/dependency-graph/snapshots', auth: 'token job-token' });
    expect(a.seen[0]!.body).toEqual(JSON.parse(JSON.stringify(snapshot)));
    expect(o.level).toBe('info');
    expect(o.text).toMatch(/^readiness-gate: dependency-graph: snapshot 9001 submitted for 0123456789ab \(refs\/heads\/main\): 6 manifests, 12 packages; not submitted: .* \(SUCCESS: Dependency results/);
  });

  it('201 with result INVALID: a warning with GitHub\'s message', async () => {
    const a = await api(201, 'INVALID');
    const o = await submitSnapshot(session(a.url), snapshot, g);
    expect(o).toEqual({ level: 'warning', text: 'dependency-graph: GitHub took the snapshot but found it invalid: The snapshot sha is not a commit of this repository.' });
  });

  it('403 from a read-only token: one warning naming contents: write', async () => {
    const a = await api(403);
    const o = await submitSnapshot(session(a.url), snapshot, g);
    expect(o.level).toBe('warning');
    expect(o.text).toMatch(/^dependency-graph: the token may not submit to the dependency graph \(HTTP 403 \(Resource not accessible by integration - https:\/\/docs\.github\.com\/rest\/dependency-graph\/[^)]*\)\): a read-only token/);
    expect(o.text).toContain('`permissions: contents: write`');
    expect(o.text).toContain('the verdict is unchanged');
  });

  it('404: the same warning (no access, or the dependency graph is off)', async () => {
    const a = await api(404);
    const o = await submitSnapshot(session(a.url), snapshot, g);
    expect(o.text).toMatch(/^dependency-graph: the token may not submit .*HTTP 404 \(Not Found - https:[^)]*\)\).*contents: write.*dependency graph enabled/);
  });

  it('422: the status and the first line of GitHub\'s message, with no control characters', async () => {
    const a = await api(422);
    const o = await submitSnapshot(session(a.url), snapshot, g);
    expect(o.level).toBe('warning');
    expect(o.text).toMatch(/^dependency-graph: GitHub refused the snapshot \(HTTP 422 \(Invalid request\.\)\); nothing was submitted/);
    // eslint-disable-next-line no-control-regex
    expect(o.text).not.toMatch(/[\u0000-\u001f]/);
  });

  it('an API that does not answer: a warning, not a crash', async () => {
    const o = await submitSnapshot(restSession({ token: 't', repository: 'acme/shop', apiUrl: 'http://127.0.0.1:9', firstTimeoutMs: 500 }), snapshot, g);
    expect(o).toMatchObject({ level: 'warning', text: expect.stringMatching(/^dependency-graph: the snapshot could not be sent/) });
  });

  it('a body over the bound is refused before any request', async () => {
    const a = await api(201);
    const o = await submitSnapshot(session(a.url), snapshot, g, 1000);
    expect(a.seen).toEqual([]);
    expect(o.level).toBe('warning');
    expect(o.text).toMatch(/^dependency-graph: the snapshot is \d+ bytes \(6 manifests, 12 packages\), over the 1000 bytes/);
    // Near miss: at the bound it is sent.
    const size = Buffer.byteLength(JSON.stringify(snapshot));
    expect((await submitSnapshot(session(a.url), snapshot, g, size)).level).toBe('info');
  });
});

describe('publish: dependency-graph', () => {
  const run = () => {
    const r = fixture();
    r.options = options({ report: null, sarif: null, dependencyGraph: true });
    r.sbom = null;
    r.dependencyGraph = graphOf({ 'web/package-lock.json': TREE['web/package-lock.json']! });
    return r;
  };

  it('hands the graph to the adapter; a warning joins the run\'s annotations and the verdict stays', async () => {
    const r = run();
    const annotated: Annotation[] = [];
    const outputs: Record<string, string> = {};
    let got: DependencyGraph | undefined;
    await publish(r, {
      dependencyGraph: async (graph) => ((got = graph), { level: 'warning', text: 'dependency-graph: no.' }),
      annotate: (a) => annotated.push(a),
      output: (k, v) => (outputs[k] = v),
    });
    expect(got!.manifests.map((m) => m.path)).toEqual(['web/package-lock.json']);
    expect(annotated).toContainEqual({ level: 'warning', title: 'readiness-gate', message: 'dependency-graph: no.' });
    expect(outputs.blocked).toBe(String(r.verdict.blocked));
  });

  it('the graph handed over is the redacted view: a secret value in a path or a name does not leave', async () => {
    const secret = 'Kx8vQ2mWp4LzR7';
    const r = run();
    r.secrets = new Set([secret]);
    r.dependencyGraph = graphOf({ [`svc-${secret}/package-lock.json`]: lock({ '': { dependencies: { [`tok-${secret}`]: '1' } }, [`node_modules/tok-${secret}`]: { version: '1.0.0' } }) });
    expect(JSON.stringify(r.dependencyGraph)).toContain(secret);
    let got: DependencyGraph | undefined;
    await publish(r, { dependencyGraph: async (graph) => ((got = graph), { level: 'info', text: '' }) });
    expect(got!.manifests).toHaveLength(1);
    expect(JSON.stringify(got)).not.toContain(secret);
  });

  it('an info outcome is a log line; with the input off nothing is sent', async () => {
    const lines: string[] = [];
    await publish(run(), { dependencyGraph: async () => ({ level: 'info', text: 'readiness-gate: dependency-graph: sent.' }), log: (l) => lines.push(l) });
    expect(lines).toContain('readiness-gate: dependency-graph: sent.');
    const off = run();
    off.options = options({ report: null, sarif: null, dependencyGraph: false });
    let called = false;
    await publish(off, { dependencyGraph: async () => ((called = true), { level: 'info', text: '' }) });
    expect(called).toBe(false);
  });
});

describe('the CLI', () => {
  it('takes --dependency-graph and says only the action submits; near miss: without it, nothing is said', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-depgraph-cli-'));
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web/package-lock.json'), TREE['web/package-lock.json']!);
    const scan = async (...extra: string[]) => {
      const out = new PassThrough();
      const err = new PassThrough();
      let text = '';
      err.on('data', (d) => (text += String(d)));
      out.resume();
      const code = await cli(['scan', dir, '--report', '', '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off', '--cache', 'false', ...extra], { out, err } as never);
      return { code, text };
    };
    const on = await scan('--dependency-graph', 'true');
    expect(on.text).toMatch(/warning: --dependency-graph true: only the GitHub Action does this/);
    const off = await scan();
    expect(off.code).toBe(on.code);
    expect(off.text).not.toContain('--dependency-graph');
    expect((await scan('--dependency-graph', 'maybe')).code).toBe(2);
  }, 60_000);
});
