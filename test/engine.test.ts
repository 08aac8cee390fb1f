import { ruleFields } from './helpers/meta.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineCheck, type Check } from '../src/model/check.js';
import { SourceFile } from '../src/workspace/source-file.js';
import { scanTree, writeTree } from './helpers/rule-tester.js';
import { run } from '../src/main.js';

/** A probe check that records what it was given and reports one P2 per file containing "FLAG". */
function probe(files?: string[], seen: string[] = []): Check {
  return defineCheck({
    meta: { ...ruleFields('todo-debt'), id: 'todo-debt', files, messages: { flag: 'flag in {path}' }, remediation: 'remove it' },
    create(ctx) {
      return {
        file(f) {
          seen.push(f.path);
          for (let i = f.text.indexOf('FLAG'); i >= 0; i = f.text.indexOf('FLAG', i + 1)) ctx.report({ messageId: 'flag', location: { path: f.path, line: f.lineOf(i), column: f.columnOf(i) }, data: { path: f.path } });
        },
      };
    },
  });
}

describe('file pass', () => {
  it('hands each file once to the checks whose globs match, in path order', async () => {
    const py: string[] = [];
    const all: string[] = [];
    await scanTree([probe(['**/*.py'], py), { ...probe(undefined, all), meta: { ...probe().meta, id: 'no-codeowners' } }], {
      'b.py': 'x', 'a/c.py': 'y', 'README.md': 'z', 'a/d.ts': 'w',
    });
    expect(py).toEqual(['a/c.py', 'b.py']);
    expect(all).toEqual(['README.md', 'a/c.py', 'a/d.ts', 'b.py']);
  });

  it('locates findings by line and column, CRLF and BOM included', async () => {
    const r = await scanTree([probe()], { 'crlf.txt': 'one\r\ntwo FLAG\r\n', 'bom.txt': '\ufeffFLAG here\n' });
    expect(r.findings.map((f) => [f.location.path, f.location.line, f.location.column])).toEqual([
      ['bom.txt', 1, 1],
      ['crlf.txt', 2, 5],
    ]);
  });

  it('contains a check that throws: status error with the message, the run goes on, blocked', async () => {
    const boom = defineCheck({
      meta: { ...ruleFields('merge-conflict-marker'), id: 'merge-conflict-marker', messages: { x: 'x' }, remediation: '' },
      create: () => ({ file() { throw new Error('parser exploded'); } }),
    });
    const r = await scanTree([boom, probe()], { 'a.txt': 'FLAG' });
    const outcome = r.outcomes.find((o) => o.ruleId === 'merge-conflict-marker')!;
    expect(outcome.status).toBe('error');
    expect(outcome.reason).toBe('parser exploded (while reading a.txt)');
    // The probe's finding, and the one that stands for the check that could not run.
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.title, f.location.path])).toEqual([
      ['merge-conflict-marker', 'P0', 'Check could not run', '.'],
      ['todo-debt', 'P2', 'TODO/FIXME debt above threshold', 'a.txt'],
    ]);
    expect(r.blockers).toEqual([{ source: 'check', ruleId: 'merge-conflict-marker', reason: 'check merge-conflict-marker could not run: parser exploded (while reading a.txt)' }]);
    expect(r.verdict).toMatchObject({ blocked: true });
    expect(r.verdict.reasons).toContain('check merge-conflict-marker could not run: parser exploded (while reading a.txt)');
  });

  it.each([
    ['create', { create: () => { throw new Error('no grammar'); } }],
    ['end', { create: () => ({ end() { throw new Error('no grammar'); } }) }],
  ] as const)('blocks when %s() throws, even when the configuration downgrades the rule', async (_where, body) => {
    const boom = defineCheck({ meta: { ...ruleFields('merge-conflict-marker'), id: 'merge-conflict-marker', messages: { x: 'x' }, remediation: '' }, ...body });
    const r = await scanTree([boom], { 'a.txt': 'clean', '.readiness-gate.yml': 'rules: { merge-conflict-marker: P2 }\n' });
    expect(r.findings.map((f) => [f.severity, f.message])).toEqual([
      ['P2', 'Check merge-conflict-marker could not run, so this commit was not checked for "Unresolved merge-conflict markers": no grammar'],
    ]); // the override downgrades the finding...
    expect(r.verdict).toEqual({ blocked: true, reasons: ['check merge-conflict-marker could not run: no grammar'] }); // ...not the blocker
  });

  it('gives the finding of a check that could not run a stable fingerprint', async () => {
    const boom = defineCheck({ meta: { ...ruleFields('merge-conflict-marker'), id: 'merge-conflict-marker', messages: { x: 'x' }, remediation: '' }, create: () => { throw new Error('x'); } });
    const a = await scanTree([boom], { 'a.txt': 'one' });
    const b = await scanTree([boom], { 'b.txt': 'two' });
    expect(a.findings[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(a.findings[0]!.fingerprint).toBe(b.findings[0]!.fingerprint);
  });

  it('reports pass, fail, not-applicable and inconclusive', async () => {
    const na = defineCheck({ meta: { ...ruleFields('no-codeowners'), id: 'no-codeowners', messages: {}, remediation: '' }, create: (ctx) => ({ end: () => ctx.notApplicable('nothing to look at') }) });
    const inc = defineCheck({ meta: { ...ruleFields('no-runbook'), id: 'no-runbook', messages: {}, remediation: '' }, create: (ctx) => ({ end: () => ctx.inconclusive('could not read the docs') }) });
    const r = await scanTree([probe(), na, inc], { 'Dockerfile': 'FROM scratch\n', 'a.txt': 'clean' });
    expect(Object.fromEntries(r.outcomes.map((o) => [o.ruleId, o.status]))).toEqual({ 'todo-debt': 'pass', 'no-codeowners': 'not-applicable', 'no-runbook': 'inconclusive' });
  });

  it('turns a rule off from the configuration', async () => {
    const r = await scanTree([probe()], { 'a.txt': 'FLAG', '.readiness-gate.yml': 'rules: { todo-debt: off }\n' });
    expect(r.findings).toEqual([]);
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'turned off in the configuration' });
  });

  it('counts what it skipped, and why', async () => {
    const root = writeTree({
      '.gitignore': 'secret.env\nout/\n',
      'secret.env': 'FLAG',
      'out/x.txt': 'FLAG',
      'sub/.gitignore': '*.log\n',
      'sub/a.log': 'FLAG',
      'sub/a.txt': 'FLAG',
      'node_modules/m/index.js': 'FLAG',
      'app.min.js': 'FLAG',
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x46, 0x4c, 0x41, 0x47]),
      'big.txt': 'FLAG'.padEnd(5000, '.'),
      'legacy/old.txt': 'FLAG',
      'empty.txt': '',
      'really-empty.txt': '',
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x46, 0x4c, 0x41, 0x47]),
      '.readiness-gate.yml': 'paths: { ignore: ["legacy/**"] }\nlimits: { max-file-size: 4096 }\n',
    });
    symlinkSync('/etc/passwd', join(root, 'link.txt'));
    symlinkSync('.', join(root, 'loop'));
    const gone = defineCheck({ meta: { ...ruleFields('no-codeowners'), id: 'no-codeowners', messages: {}, remediation: '' }, create: () => { rmSync(join(root, 'empty.txt')); mkdirSync(join(root, 'empty.txt')); return {}; } });
    const r = await run({ report: '', sarif: '', sbom: '' }, { cwd: root, checks: [probe(), gone] });
    expect(r.findings.map((f) => f.location.path)).toEqual(['latin1.txt', 'sub/a.txt']);
    expect(r.skipped).toEqual({ binary: 1, tooLarge: 1, generated: 2, ignored: 1, symlink: 2, unreadable: 1, output: 0 });
    expect(r.nonUtf8).toEqual(['latin1.txt']);
    expect(r.files.scanned).toBe(6); // .gitignore, sub/.gitignore, sub/a.txt, latin1.txt, really-empty.txt, .readiness-gate.yml
    expect(r.files.source).toBe('walk');
  });

  it('uses git ls-files in a work tree: tracked and untracked-but-not-ignored files', async () => {
    const root = writeTree({ '.gitignore': 'ignored.txt\n', 'tracked.txt': 'FLAG', 'new.txt': 'FLAG', 'ignored.txt': 'FLAG' });
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.gitignore', 'tracked.txt');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-qm', 'x');
    const r = await run({ report: '', sarif: '', sbom: '' }, { cwd: root, checks: [probe()] });
    expect(r.files.source).toBe('git');
    expect(r.findings.map((f) => f.location.path)).toEqual(['new.txt', 'tracked.txt']);
    expect(r.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('does not scan the reports it writes itself', async () => {
    const root = writeTree({ 'readiness-report.json': 'FLAG', 'a.txt': 'ok' });
    const r = await run({ sarif: '', sbom: '' }, { cwd: root, checks: [probe()] });
    expect(r.findings).toEqual([]);
  });
});

describe('fingerprints', () => {
  it('survive edits that shift lines, and tell identical lines apart', async () => {
    const a = await scanTree([probe()], { 'x.txt': 'FLAG one\nFLAG one\n' });
    const b = await scanTree([probe()], { 'x.txt': '\n\nnew line\nFLAG one\nFLAG one\n' });
    expect(a.findings.map((f) => f.fingerprint)).toEqual(b.findings.map((f) => f.fingerprint));
    expect(new Set(a.findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});

describe('profile', () => {
  const service = defineCheck({
    meta: { ...ruleFields('no-runbook'), id: 'no-runbook', messages: { m: 'no runbook' }, remediation: '' },
    create: (ctx) => ({ end: () => ctx.report({ messageId: 'm', location: { path: '.' } }) }),
  });

  it.each([
    [{ Dockerfile: 'FROM node:20\n' }, 'service', /deployment files: Dockerfile/],
    [{ 'deploy/Dockerfile-multi-arch': 'FROM node:20\n', 'api.Dockerfile': 'FROM node:20\n', Containerfile: 'FROM node:20\n' }, 'service', /deployment files: Containerfile, api\.Dockerfile, deploy\/Dockerfile-multi-arch/],
    [{ 'docs/Dockerfile-guide.md': 'FROM node:20\n', 'lib.py': '' }, 'library', /no deployment files/],
    [{ 'package.json': '{"dependencies": {"express": "^4"}}' }, 'service', /package\.json depends on express/],
    [{ 'requirements.txt': 'fastapi==0.110\n' }, 'service', /depends on fastapi/],
    [{ 'k8s/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\n' }, 'service', /Kubernetes Deployment in k8s\/app\.yaml/],
    [{ 'package.json': '{"name": "lib", "main": "index.js"}' }, 'library', /no deployment files/],
    [{ 'go.mod': 'module github.com/gin-gonic/gin\n\ngo 1.22\n' }, 'library', /no deployment files/],
    [{ 'go.mod': 'module example.com/api\n\nrequire github.com/gin-gonic/gin v1.10.0\n' }, 'service', /go\.mod requires github\.com\/gin-gonic\/gin/],
    [{ 'examples/app/Dockerfile': 'FROM node:20\n', 'test/fixtures/k8s.yaml': 'kind: Deployment\n', 'lib.py': '' }, 'library', /no deployment files/],
  ])('auto-detects %j as %s', async (files, kind, reason) => {
    const r = await scanTree([service], files as Record<string, string>);
    expect(r.profile.kind).toBe(kind);
    expect(r.profile.reasons.join('\n')).toMatch(reason);
    expect(r.findings.length).toBe(kind === 'service' ? 1 : 0);
    if (kind === 'library') expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'service rule; the profile is library' });
  });

  it('honours an explicit profile', async () => {
    const r = await scanTree([service], { 'a.txt': '' }, { inputs: { profile: 'service' } });
    expect(r.profile).toEqual({ kind: 'service', source: 'input', reasons: ['profile set to service'] });
    expect(r.findings).toHaveLength(1);
  });
});

describe('SourceFile', () => {
  it('indexes lines and columns', () => {
    const f = SourceFile.fromText('a', 'ab\r\ncd\n\nef');
    expect([f.lineOf(0), f.lineOf(4), f.lineOf(7), f.lineOf(8)]).toEqual([1, 2, 3, 4]);
    expect([f.line(1), f.line(2), f.line(3), f.line(4), f.line(5)]).toEqual(['ab', 'cd', '', 'ef', '']);
    expect(f.columnOf(5)).toBe(2);
  });
});

describe('observations', () => {
  it('hands file() observations to end() in path order, and refuses observe() outside file()', async () => {
    let seen: unknown[] = [];
    let outside = '';
    const counter = defineCheck({
      meta: { ...ruleFields('todo-debt'), id: 'todo-debt', pure: true, files: ['**/*.txt'], messages: {}, remediation: '' },
      create: (ctx) => ({
        file: (f) => ctx.observe({ lines: f.lineCount }),
        end: () => {
          seen = ctx.observations().map((o) => [o.path, o.value]);
          try {
            ctx.observe(1);
          } catch (e) {
            outside = (e as Error).message;
          }
        },
      }),
    });
    await scanTree([counter], { 'b.txt': 'x\ny', 'a.txt': 'x', 'c.md': 'z' });
    expect(seen).toEqual([['a.txt', { lines: 1 }], ['b.txt', { lines: 2 }]]);
    expect(outside).toMatch(/observe\(\) is for file\(\)/);
  });
});

describe('shared work', () => {
  it('captures the text of files some check asks for, and computes shared values once', async () => {
    let texts: Array<[string, string | undefined]> = [];
    let computed = 0;
    const sharer = (id: 'todo-debt' | 'no-codeowners') =>
      defineCheck({
        meta: { ...ruleFields(id), id, capture: ['**/package.json'], messages: {}, remediation: '' },
        create: (ctx) => ({
          end: () => {
            texts = ctx.workspace.captured.map((p) => [p, ctx.workspace.text(p)]);
            ctx.workspace.shared('model', () => ++computed);
          },
        }),
      });
    await scanTree([sharer('todo-debt'), sharer('no-codeowners')], { 'package.json': '{}', 'a/package.json': '{"a":1}', 'a/x.js': '' });
    expect(texts).toEqual([['a/package.json', '{"a":1}'], ['package.json', '{}']]);
    expect(computed).toBe(1);
  });

  it('parses a file once for every check that reads its syntax tree', async () => {
    const { syntaxTree } = await import('../src/syntax/index.js');
    const roots: unknown[] = [];
    const reader = (id: 'todo-debt' | 'no-codeowners') =>
      defineCheck({
        meta: { ...ruleFields(id), id, files: ['**/*.py'], languages: ['python'], messages: {}, remediation: '' },
        create: () => ({ file: (f) => void roots.push(syntaxTree(f)) }),
      });
    await scanTree([reader('todo-debt'), reader('no-codeowners')], { 'm.py': 'import os\n' });
    expect(roots).toHaveLength(2);
    expect(roots[0]).not.toBeNull();
    expect(roots[0]).toBe(roots[1]);
  });
});

describe('malformed files', () => {
  it('are listed once per file and kind, from file() or end(), and the run goes on', async () => {
    const parser = (id: 'todo-debt' | 'no-codeowners') =>
      defineCheck({
        meta: { ...ruleFields(id), id, files: ['**/*.yml'], messages: {}, remediation: '' },
        create: (ctx) => ({
          file: (f) => {
            if (f.text.includes(':::')) ctx.malformed(f.path, 'YAML', 'not a mapping');
          },
          end: () => ctx.malformed('z.lock', 'lockfile', 'truncated'),
        }),
      });
    const r = await scanTree([parser('todo-debt'), parser('no-codeowners')], { 'b.yml': ':::', 'a.yml': 'a: 1', 'c.yml': ':::' });
    expect(r.malformed).toEqual([
      { path: 'b.yml', kind: 'YAML', reason: 'not a mapping' },
      { path: 'c.yml', kind: 'YAML', reason: 'not a mapping' },
      { path: 'z.lock', kind: 'lockfile', reason: 'truncated' },
    ]);
    expect(r.outcomes.every((o) => o.status === 'pass')).toBe(true);
  });
});

describe('captured files over max-file-size', () => {
  it('are kept whole for end() while the file checks skip them as too large', async () => {
    let text: string | undefined;
    const seen: string[] = [];
    const reader = defineCheck({
      meta: { ...ruleFields('todo-debt'), id: 'todo-debt', capture: ['**/package-lock.json'], messages: {}, remediation: '' },
      create: (ctx) => ({ file: (f) => void seen.push(f.path), end: () => void (text = ctx.workspace.text('package-lock.json')) }),
    });
    const big = `{"x":"${'a'.repeat(3000)}"}`;
    const r = await scanTree([reader], { 'package-lock.json': big, 'small.txt': 'x', '.readiness-gate.yml': 'limits:\n  max-file-size: 1024\n' });
    expect(text).toBe(big);
    expect(seen).toEqual(['.readiness-gate.yml', 'small.txt']);
    expect(r.skipped.tooLarge).toBe(1);
  });
});
