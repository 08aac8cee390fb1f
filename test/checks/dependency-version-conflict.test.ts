import { describe, expect, it } from 'vitest';
import check from '../../src/checks/dependency-version-conflict/index.js';
import { pep440Compatible, poetryToPep440 } from '../../src/checks/dependency-version-conflict/ranges.js';
import { findingsOf } from '../helpers/rule-tester.js';

const lock = (name: string, range: string, version: string) => ({
  'package.json': JSON.stringify({ name: 'app', dependencies: { [name]: range } }, null, 2),
  'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { [name]: range } }, [`node_modules/${name}`]: { version } } }),
});

describe('dependency-version-conflict', () => {
  it('two Python manifests of one project that cannot both hold (RULES.md example)', async () => {
    const fs = await findingsOf(check, {
      'requirements.txt': 'flask==3.0.2\nnumpy==1.24.4\n',
      'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "numpy>=2.0",\n  "flask>=3.0",\n]\n',
    });
    expect(fs).toEqual([expect.objectContaining({ ruleId: 'dependency-version-conflict', severity: 'P1', path: 'requirements.txt', line: 2, message: 'numpy is constrained ==1.24.4 in requirements.txt and >=2.0 in pyproject.toml: no version satisfies both.' })]);
  });

  it('npm: the lockfile pins outside the manifest range (semver, not string compare)', async () => {
    const fs = await findingsOf(check, lock('express', '^4.19.0', '4.18.2'));
    expect(fs.map((f) => [f.path, f.line, f.message])).toEqual([['package.json', 4, 'express is constrained ^4.19.0 in package.json, but package-lock.json pins 4.18.2, outside that range.']]);
  });

  it("a stray package-lock.json is not the lockfile of a project whose packageManager is pnpm (pmndrs/zustand); without one it is", async () => {
    const stray = lock('express', '^4.19.0', '4.18.2');
    const withPnpm = (manager: string) => ({ ...stray, 'package.json': JSON.stringify({ name: 'app', dependencies: { express: '^4.19.0' }, packageManager: manager }, null, 2) });
    expect(await findingsOf(check, withPnpm('pnpm@11.3.0+sha512.2c40'))).toEqual([]);
    // near miss: npm named; a manager named otherwise than `name@version` says nothing
    expect((await findingsOf(check, withPnpm('npm@10.0.0'))).map((f) => f.path)).toEqual(['package.json']);
    expect((await findingsOf(check, withPnpm('pnpm'))).map((f) => f.path)).toEqual(['package.json']);
  });

  it("a workspace member's own lockfile is a stray when the root's lock records the member (keyshade's apps/api); near miss: a root lock that does not", async () => {
    const member = lock('express', '^4.19.0', '4.18.2');
    const root = (packages: Record<string, unknown>) => JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'root', workspaces: ['apps/*'] }, ...packages } });
    const tree = (rootLock: string) => ({ 'package.json': JSON.stringify({ name: 'root', workspaces: ['apps/*'] }), 'package-lock.json': rootLock, 'apps/api/package.json': member['package.json'], 'apps/api/package-lock.json': member['package-lock.json'] });
    const recorded = root({ 'apps/api': { name: 'app', dependencies: { express: '^4.19.0' } }, 'node_modules/express': { version: '4.19.2' } });
    expect(await findingsOf(check, tree(recorded))).toEqual([]);
    const unrecorded = root({ 'node_modules/express': { version: '4.19.2' } });
    expect((await findingsOf(check, tree(unrecorded))).map((f) => [f.path, f.message.split(', but ')[1]])).toEqual([['apps/api/package.json', 'apps/api/package-lock.json pins 4.18.2, outside that range.']]);
  });

  it('Poetry: caret constraints converted before comparing with poetry.lock', async () => {
    const fs = await findingsOf(check, {
      'pyproject.toml': '[tool.poetry]\nname = "x"\n\n[tool.poetry.dependencies]\npython = "^3.11"\nrequests = "^2.31"\n',
      'poetry.lock': '[[package]]\nname = "requests"\nversion = "3.0.0"\nfiles = []\n',
    });
    expect(fs.map((f) => [f.line, f.message])).toEqual([[6, expect.stringContaining('poetry.lock pins 3.0.0')]]);
  });

  it('near-misses: overlapping ranges, exclusive bounds that meet, non-registry specs, separate projects', async () => {
    expect(await findingsOf(check, { 'requirements.txt': 'numpy>1.0\n', 'pyproject.toml': '[project]\nname="x"\ndependencies=["numpy<2.0"]\n' })).toEqual([]);
    expect(await findingsOf(check, lock('express', '^4.18.0', '4.18.2'))).toEqual([]);
    expect(await findingsOf(check, lock('mylib', 'github:acme/mylib', '1.0.0'))).toEqual([]);
    expect(await findingsOf(check, { 'a/requirements.txt': 'numpy==1.24.4\n', 'b/pyproject.toml': '[project]\nname="x"\ndependencies=["numpy>=2.0"]\n' })).toEqual([]);
  });

  it('ranges: PEP 440 and Poetry semantics', () => {
    expect(poetryToPep440('^1.2.3')).toBe('>=1.2.3,<2');
    expect(poetryToPep440('^0.2.3')).toBe('>=0.2.3,<0.3');
    expect(poetryToPep440('~1.2')).toBe('>=1.2,<1.3');
    expect(poetryToPep440('1.2.3')).toBe('==1.2.3');
    expect(poetryToPep440('*')).toBe('');
    expect(pep440Compatible('>=2.0', '<1.5')).toBe(false);
    expect(pep440Compatible('>=1.0,<2.0', '>=1.5')).toBe(true);
    expect(pep440Compatible('~=1.4', '==1.9.0')).toBe(true);
    expect(pep440Compatible('~=1.4', '==2.0')).toBe(false);
  });
});

describe('dependency-version-conflict: pre-releases (seen in saleor/saleor)', () => {
  it('near-miss: a locked pre-release inside the range is inside', async () => {
    const fs = await findingsOf(check, {
      'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "opentelemetry-distro>=0.53b1,<0.54",\n]\n',
      'uv.lock': '[[package]]\nname = "opentelemetry-distro"\nversion = "0.53b1"\nsource = { registry = "https://pypi.org/simple" }\n',
    });
    expect(fs).toEqual([]);
  });
});
