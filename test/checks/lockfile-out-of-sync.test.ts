import { describe, expect, it } from 'vitest';
import check from '../../src/checks/lockfile-out-of-sync/index.js';
import { parsePnpmOverrides, pnpmOverridesFor } from '../../src/ecosystems/pnpm/overrides.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';

const pkg = (deps: Record<string, string>, dev: Record<string, string> = {}) => JSON.stringify({ name: 'app', version: '1.0.0', dependencies: deps, devDependencies: dev }, null, 2) + '\n';
const lockV3 = (deps: Record<string, string>, installed: Record<string, string>) =>
  JSON.stringify({
    name: 'app',
    lockfileVersion: 3,
    packages: { '': { name: 'app', dependencies: deps }, ...Object.fromEntries(Object.entries(installed).map(([n, v]) => [`node_modules/${n}`, { version: v }])) },
  });

describe('lockfile-out-of-sync', () => {
  it('npm: a dependency added to package.json but not to package-lock.json, on its line', async () => {
    const fs = await findingsOf(check, { 'package.json': pkg({ express: '^4.18.0', zod: '^3.22.0' }), 'package-lock.json': lockV3({ express: '^4.18.0' }, { express: '4.18.2' }) });
    expect(fs).toEqual([expect.objectContaining({ ruleId: 'lockfile-out-of-sync', severity: 'P1', path: 'package.json', line: 6, message: expect.stringMatching(/^zod is declared in package\.json but package-lock\.json does not lock it/) })]);
  });

  it('npm: a range changed in package.json after the lockfile was made', async () => {
    const fs = await findingsOf(check, { 'package.json': pkg({ express: '^5.0.0' }), 'package-lock.json': lockV3({ express: '^4.18.0' }, { express: '4.18.2' }) });
    expect(fs.map((f) => [f.line, f.message])).toEqual([[5, expect.stringContaining('declared as ^5.0.0 in package.json, but package-lock.json was resolved for ^4.18.0')]]);
  });

  it('near-miss: in sync, and a manifest without any lockfile', async () => {
    expect(await findingsOf(check, { 'package.json': pkg({ express: '^4.18.0' }), 'package-lock.json': lockV3({ express: '^4.18.0' }, { express: '4.18.2' }) })).toEqual([]);
    const r = await scanTree([check], { 'package.json': pkg({ express: '^4.18.0' }) });
    expect(r.findings).toEqual([]);
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable' });
  });

  it('npm workspaces: a workspace package.json is judged against the root lockfile entry', async () => {
    const lock = JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'root', workspaces: ['packages/*'] }, 'packages/a': { name: 'a', version: '1.0.0', dependencies: { lodash: '^4.17.0' } } } });
    const fs = await findingsOf(check, { 'package.json': JSON.stringify({ name: 'root', workspaces: ['packages/*'] }), 'package-lock.json': lock, 'packages/a/package.json': pkg({ lodash: '^4.17.0', chalk: '^5.0.0' }) });
    expect(fs.map((f) => [f.path, f.message.split(' ')[0]])).toEqual([['packages/a/package.json', 'chalk']]);
  });

  it('yarn and pnpm: missing descriptors and changed specifiers', async () => {
    const yarn = await findingsOf(check, { 'package.json': pkg({ 'left-pad': '^1.3.0', chalk: '^5.0.0' }), 'yarn.lock': '# yarn lockfile v1\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n' });
    expect(yarn.map((f) => f.message.split(' ')[0])).toEqual(['chalk']);
    const pnpm = await findingsOf(check, {
      'package.json': pkg({ react: '^18.3.0' }),
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      react:\n        specifier: ^18.2.0\n        version: 18.2.0\npackages:\n  react@18.2.0:\n    resolution: {integrity: sha512-x}\nsnapshots:\n  react@18.2.0: {}\n",
    });
    expect(pnpm.map((f) => f.message)).toEqual([expect.stringContaining('resolved for ^18.2.0')]);
  });

  it('Python: pyproject dependency missing from poetry.lock / uv.lock (names compared normalized)', async () => {
    const pyproject = '[project]\nname = "svc"\nversion = "0.1.0"\ndependencies = [\n  "Django>=4.2",\n  "typing_extensions",\n  "httpx>=0.27",\n]\n';
    const uv = '[[package]]\nname = "django"\nversion = "4.2.11"\nsource = { registry = "https://pypi.org/simple" }\n\n[[package]]\nname = "typing-extensions"\nversion = "4.10.0"\nsource = { registry = "https://pypi.org/simple" }\n';
    const fs = await findingsOf(check, { 'pyproject.toml': pyproject, 'uv.lock': uv });
    expect(fs.map((f) => [f.line, f.message.split(' ')[0]])).toEqual([[7, 'httpx']]);
  });

  it('Go: a require without go.sum entry, and a go.mod without go.sum', async () => {
    const gomod = 'module example.com/x\n\ngo 1.22\n\nrequire (\n\tgithub.com/a/b v1.0.0\n\tgithub.com/c/d v1.2.0\n)\n';
    const fs = await findingsOf(check, { 'go.mod': gomod, 'go.sum': 'github.com/a/b v1.0.0 h1:AAAA\ngithub.com/a/b v1.0.0/go.mod h1:BBBB\n' });
    expect(fs.map((f) => [f.line, f.message])).toEqual([[7, expect.stringContaining('github.com/c/d v1.2.0 is required by go.mod but go.sum has no checksum')]]);
    const none = await findingsOf(check, { 'go.mod': gomod });
    expect(none.map((f) => f.message)).toEqual([expect.stringContaining('no go.sum beside it')]);
    expect(await findingsOf(check, { 'go.mod': 'module example.com/x\n\ngo 1.22\n' })).toEqual([]);
  });

  it('near-miss: lockfiles under test fixtures are not the project', async () => {
    expect(await findingsOf(check, { 'test/fixtures/app/package.json': pkg({ zod: '^3.0.0' }), 'test/fixtures/app/package-lock.json': lockV3({}, {}) })).toEqual([]);
  });
});

describe('lockfile-out-of-sync: go replace directives', () => {
  it('near-miss: a module replaced by a local path, or by another module whose checksum go.sum has', async () => {
    const gomod = 'module example.com/x\n\nrequire (\n\tgithub.com/a/local v1.0.0\n\tgithub.com/a/forked v1.0.0\n)\n\nreplace github.com/a/local => ../local\n\nreplace github.com/a/forked v1.0.0 => github.com/me/forked v1.0.1\n';
    expect(await findingsOf(check, { 'go.mod': gomod, 'go.sum': 'github.com/me/forked v1.0.1 h1:AAAA\n' })).toEqual([]);
  });
});

// A pnpm workspace: `web` declares its ranges; the lock records the overrides it was resolved with and,
// per importer, the specifier pnpm used (the override's value when one applied) and the version.
const pnpmWorkspace = (overrides: string, deps: Array<[string, string, string]>) =>
  "lockfileVersion: '9.0'\n" +
  (overrides ? `overrides:\n${overrides}\n` : '') +
  'importers:\n  .: {}\n  web:\n    dependencies:\n' +
  deps.map(([n, spec, v]) => `      ${n}:\n        specifier: ${spec}\n        version: ${v}\n`).join('') +
  'packages: {}\nsnapshots: {}\n';
const web = (deps: Record<string, string>) => JSON.stringify({ name: 'web', version: '1.0.0', dependencies: deps }, null, 2) + '\n';
const pnpmTree = (deps: Record<string, string>, lock: string) => ({ 'package.json': pkg({}), 'pnpm-workspace.yaml': 'packages:\n  - web\n', 'web/package.json': web(deps), 'pnpm-lock.yaml': lock });

describe('lockfile-out-of-sync: pnpm overrides (langfuse)', () => {
  it('near-miss: an override rewrote the importer\'s specifier (`zod: 4.3.6`, `undici@7: 7.29.0`, a parent selector naming the project, removal)', async () => {
    const lock = pnpmWorkspace("  zod: 4.3.6\n  undici@7: 7.29.0\n  web>chalk: 5.3.0\n  '@ag-ui/mastra@1.1.1>@copilotkit/runtime': '-'\n  left-pad: '-'", [
      ['zod', '4.3.6', '4.3.6'],
      ['undici', '7.29.0', '7.29.0'],
      ['chalk', '5.3.0', '5.3.0'],
    ]);
    expect(await findingsOf(check, pnpmTree({ zod: '^4.3.6', undici: '^7.29.0', chalk: '^5.0.0', 'left-pad': '^1.3.0' }, lock))).toEqual([]);
  });

  it('a real drift beside an override of another package, or of the same one whose selector does not hold the declared range, is reported', async () => {
    const lock = pnpmWorkspace('  zod: 4.3.6\n  undici@6: 6.21.0\n  other>chalk: 5.3.0', [
      ['zod', '4.3.6', '4.3.6'],
      ['react', '^18.2.0', '18.2.0'],
      ['undici', '^6.0.0', '6.21.0'],
      ['chalk', '^4.0.0', '4.1.2'],
    ]);
    const fs = await findingsOf(check, pnpmTree({ zod: '^4.3.6', react: '^19.0.0', undici: '^7.0.0', chalk: '^5.0.0' }, lock));
    expect(fs.map((f) => [f.path, f.message.split(' ')[0], f.messageId])).toEqual([
      ['web/package.json', 'react', 'changed'],
      ['web/package.json', 'undici', 'changed'],
      ['web/package.json', 'chalk', 'changed'],
    ]);
  });

  it('an override whose value the lock does not show: in sync only when the resolved version satisfies the declared range', async () => {
    const lock = pnpmWorkspace('  zod: 4.3.6', [['zod', '4.3.5', '4.3.5']]);
    expect(await findingsOf(check, pnpmTree({ zod: '^4.3.0' }, lock))).toEqual([]);
    expect((await findingsOf(check, pnpmTree({ zod: '^4.4.0' }, lock))).map((f) => f.message.split(' ')[0])).toEqual(['zod']);
  });

  it('reads the resolved version without its peer suffix, also after a hostile run of parentheses', async () => {
    const peers = pnpmWorkspace('  zod: 4.3.6', [['zod', '4.3.5', '4.3.5(react@18.2.0)']]);
    expect(await findingsOf(check, pnpmTree({ zod: '^4.3.0' }, peers))).toEqual([]);
    // `/[(_].*$/` restarted at every `(` of this value (a line break follows them): quadratic.
    const hostile = pnpmWorkspace('  zod: 4.3.6', [['zod', '4.3.5', `"4.3.5${'('.repeat(100_000)}\\nx"`]]);
    expect(await findingsOf(check, pnpmTree({ zod: '^4.3.0' }, hostile))).toEqual([]);
  });
});

describe('pnpm override selectors', () => {
  it('parses name, scoped name, name@range (ranges holding `>`), parent>name and parent@range>name', () => {
    expect(parsePnpmOverrides({ zod: '4.3.6', '@types/node-fetch': '^2.6.13', 'rollup@^4.0.0': '^4.22.4', 'qar@>2': '1.0.0', 'bar@2>@scope/foo@<3': '1.0.0', 'a>b': '-', bad: 3 })).toEqual([
      { name: 'zod', value: '4.3.6' },
      { name: '@types/node-fetch', value: '^2.6.13' },
      { name: 'rollup', range: '^4.0.0', value: '^4.22.4' },
      { name: 'qar', range: '>2', value: '1.0.0' },
      { name: '@scope/foo', range: '<3', parent: { name: 'bar', range: '2' }, value: '1.0.0' },
      { name: 'b', parent: { name: 'a' }, value: '-' },
    ]);
  });

  it('an override applies to a declared range its selector holds, and a parent selector only to that project', () => {
    const list = parsePnpmOverrides({ 'foo@2': '2.12.0', 'qar@>2': '1.0.0', 'web@1>baz': '3.0.0', 'gh@github:o/gh': '1.0.0' });
    expect(pnpmOverridesFor(list, 'foo', '^2.10.0').map((o) => o.value)).toEqual(['2.12.0']);
    expect(pnpmOverridesFor(list, 'foo', '^3.0.0')).toEqual([]);
    expect(pnpmOverridesFor(list, 'qar', '^4.0.0').map((o) => o.value)).toEqual(['1.0.0']);
    expect(pnpmOverridesFor(list, 'gh', 'github:o/gh').map((o) => o.value)).toEqual(['1.0.0']);
    expect(pnpmOverridesFor(list, 'gh', 'github:o/other')).toEqual([]);
    expect(pnpmOverridesFor(list, 'baz', '^1.0.0', { name: 'web', version: '1.2.0' }).map((o) => o.value)).toEqual(['3.0.0']);
    expect(pnpmOverridesFor(list, 'baz', '^1.0.0', { name: 'web', version: '2.0.0' })).toEqual([]);
    expect(pnpmOverridesFor(list, 'baz', '^1.0.0', { name: 'api', version: '1.0.0' })).toEqual([]);
  });
});

describe('lockfile-out-of-sync: the lockfile of the package manager the project names (pmndrs/zustand)', () => {
  const pnpmLock = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      react:\n        specifier: ^18.2.0\n        version: 18.2.0\npackages:\n  react@18.2.0:\n    resolution: {integrity: sha512-x}\nsnapshots:\n  react@18.2.0: {}\n";
  const stale = lockV3({ react: '^17.0.0' }, { react: '17.0.2' });
  const named = (manager: string | undefined) => JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { react: '^18.2.0' }, ...(manager ? { packageManager: manager } : {}) }, null, 2) + '\n';

  it("a stray package-lock.json beside the pnpm-lock.yaml that packageManager's pnpm installs from is not judged", async () => {
    expect(await findingsOf(check, { 'package.json': named('pnpm@9.1.0+sha512.abc'), 'package-lock.json': stale, 'pnpm-lock.yaml': pnpmLock })).toEqual([]);
    // a workspace member takes the root's manager
    const member = JSON.stringify({ name: 'web', dependencies: { react: '^18.2.0' } });
    expect(await findingsOf(check, { 'package.json': named('pnpm@9.1.0'), 'web/package.json': member, 'web/package-lock.json': stale })).toEqual([]);
  });

  it("a workspace member's own lockfile is a stray when the root's lock records the member: pnpm and npm install members from the root (keyshade's apps/api)", async () => {
    const rootLock = pnpmLock.replace('importers:\n  .:\n', 'importers:\n  .: {}\n  apps/api:\n');
    const member = JSON.stringify({ name: 'api', dependencies: { react: '^18.2.0' } });
    const stalePnpm = pnpmLock.replace('specifier: ^18.2.0', 'specifier: ^17.0.0');
    const tree = { 'package.json': named(undefined).replace(/"dependencies": \{[^}]*\}/, '"dependencies": {}'), 'pnpm-workspace.yaml': 'packages:\n  - apps/*\n', 'apps/api/package.json': member };
    expect(await findingsOf(check, { ...tree, 'pnpm-lock.yaml': rootLock, 'apps/api/pnpm-lock.yaml': stalePnpm })).toEqual([]);
    const npmRoot = JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'app' }, 'apps/api': { name: 'api', dependencies: { react: '^18.2.0' } } } });
    expect(await findingsOf(check, { ...tree, 'package-lock.json': npmRoot, 'apps/api/package-lock.json': stale })).toEqual([]);
    // Near misses: a root lock that does not record the member (pnpm's shared-workspace-lockfile=false) leaves the member's own lock judged; a stale root importer is judged.
    const said = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => f.message.split(':')[0]);
    expect(said(await findingsOf(check, { ...tree, 'pnpm-lock.yaml': pnpmLock, 'apps/api/pnpm-lock.yaml': stalePnpm }))).toEqual([
      'react is declared as ^18.2.0 in apps/api/package.json, but apps/api/pnpm-lock.yaml was resolved for ^17.0.0',
    ]);
    expect(said(await findingsOf(check, { ...tree, 'pnpm-lock.yaml': rootLock.replace('specifier: ^18.2.0', 'specifier: ^17.0.0'), 'apps/api/pnpm-lock.yaml': pnpmLock }))).toEqual([
      'react is declared as ^18.2.0 in apps/api/package.json, but pnpm-lock.yaml was resolved for ^17.0.0',
    ]);
  });

  it('near misses: with no manager named, or npm, the package-lock.json is judged; with pnpm, the pnpm-lock.yaml', async () => {
    const said = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => f.message.split(':')[0]);
    const npmSays = 'react is declared as ^18.2.0 in package.json, but package-lock.json was resolved for ^17.0.0';
    expect(said(await findingsOf(check, { 'package.json': named(undefined), 'package-lock.json': stale, 'pnpm-lock.yaml': pnpmLock }))).toEqual([npmSays]);
    expect(said(await findingsOf(check, { 'package.json': named('npm@10.2.0'), 'package-lock.json': stale, 'pnpm-lock.yaml': pnpmLock }))).toEqual([npmSays]);
    const stalePnpm = pnpmLock.replace('specifier: ^18.2.0', 'specifier: ^17.0.0');
    expect(said(await findingsOf(check, { 'package.json': named('pnpm@9.1.0'), 'package-lock.json': lockV3({ react: '^18.2.0' }, { react: '18.2.0' }), 'pnpm-lock.yaml': stalePnpm }))).toEqual([
      'react is declared as ^18.2.0 in package.json, but pnpm-lock.yaml was resolved for ^17.0.0',
    ]);
  });
});
