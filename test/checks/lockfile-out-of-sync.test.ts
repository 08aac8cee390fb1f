import { describe, expect, it } from 'vitest';
import check from '../../src/checks/lockfile-out-of-sync/index.js';
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
