import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import { capturedDockerfiles, DOCKERFILE_GLOBS, imageInstalls, includedStages, instructionOperands, isDockerfilePath, parseDockerfile, parseImageRef } from '../../src/analysis/dockerfile.js';

describe('parseDockerfile', () => {
  it('resolves ARG defaults and stage aliases, with lines', () => {
    const d = parseDockerfile(`# syntax=docker/dockerfile:1
ARG PY=3.12
ARG BASE
FROM --platform=$BUILDPLATFORM python:\${PY}-slim AS Build
RUN pip install \\
    -r requirements.txt
FROM build AS test
FROM gcr.io/distroless/python3@sha256:abc
FROM \${BASE:-node:20}
FROM $BASE
FROM scratch
HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8080/healthz || exit 1
EXPOSE 8080/tcp 9090
`);
    expect(d.stages.map((s) => [s.line, s.image, s.alias, s.stageRef, s.ref?.tag, s.ref?.digest, s.unresolved, s.scratch])).toEqual([
      [4, 'python:3.12-slim', 'build', undefined, '3.12-slim', undefined, false, false],
      [7, 'build', 'test', 'build', undefined, undefined, false, false],
      [8, 'gcr.io/distroless/python3@sha256:abc', undefined, undefined, undefined, 'sha256:abc', false, false],
      [9, 'node:20', undefined, undefined, '20', undefined, false, false],
      [10, '', undefined, undefined, undefined, undefined, true, false],
      [11, 'scratch', undefined, undefined, undefined, undefined, false, true],
    ]);
    expect(d.healthchecks).toEqual([
      { line: 12, none: false, command: 'curl -fsS http://localhost:8080/healthz || exit 1', urls: [{ url: 'http://localhost:8080/healthz', path: '/healthz', port: 8080, fails: true }] },
    ]);
    expect(d.exposes).toEqual([8080, 9090]);
  });
  it('skips heredoc bodies and reads exec-form healthchecks', () => {
    const d = parseDockerfile('FROM alpine:3.20\nRUN <<EOF\nFROM evil\nEOF\nHEALTHCHECK CMD ["wget", "-qO-", "http://127.0.0.1:3000/api/health?x=1"]\n');
    expect(d.stages).toHaveLength(1);
    expect(d.healthchecks[0]!.urls[0]).toMatchObject({ path: '/api/health', port: 3000 });
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseDockerfile(s)), { numRuns: 500 });
  });
  it('dockerfile-x: the syntax directive only at the top; INCLUDE targets with their lines', () => {
    const d = parseDockerfile('# escape=\\\n# syntax = devthefuture/dockerfile-x\nINCLUDE ./base.dockerfile\nFROM base AS app\n');
    expect([d.dockerfileX, d.includes]).toEqual([true, [{ path: './base.dockerfile', line: 3 }]]);
    // Near miss: a comment after the first instruction is no directive.
    expect(parseDockerfile('FROM node:20\n# syntax = devthefuture/dockerfile-x\n').dockerfileX).toBeUndefined();
  });
});

describe('includedStages', () => {
  const dfs = (files: Record<string, string>) => new Map(Object.entries(files).map(([p, t]) => [p, parseDockerfile(t)]));
  it('the includer and its fragments see every stage of the set; an include outside the repository is unknown', () => {
    const m = includedStages(dfs({ 'd/app.dockerfile': '# syntax=devthefuture/dockerfile-x\nINCLUDE d/base.dockerfile\nFROM base AS app\n', 'd/base.dockerfile': 'FROM ruby:3.4 AS base\nINCLUDE ./more.dockerfile\n', 'd/more.dockerfile': 'FROM base AS more\n' }));
    expect([...m.keys()].sort()).toEqual(['d/app.dockerfile', 'd/base.dockerfile', 'd/more.dockerfile']);
    expect([...m.get('d/more.dockerfile')!.names].sort()).toEqual(['app', 'base', 'more']);
    expect(m.get('d/app.dockerfile')!.unknown).toBe(false);
    expect(includedStages(dfs({ 'app.dockerfile': '# syntax=devthefuture/dockerfile-x\nINCLUDE ../x.dockerfile\nFROM base\n' })).get('app.dockerfile')!.unknown).toBe(true);
  });
});

describe('parseImageRef', () => {
  it.each([
    ['python', { repository: 'python', name: 'python' }],
    ['bitnami/redis:7.2', { repository: 'bitnami/redis', name: 'redis', tag: '7.2' }],
    ['localhost:5000/app:1', { registry: 'localhost:5000', repository: 'app', tag: '1' }],
    ['ghcr.io/acme/api@sha256:00', { registry: 'ghcr.io', repository: 'acme/api', digest: 'sha256:00' }],
  ])('%s', (ref, exp) => expect(parseImageRef(ref)).toMatchObject(exp));
  it('recognises Dockerfile paths', () => {
    const yes = ['Dockerfile', 'dockerfile', 'a/Dockerfile.prod', 'a/Dockerfile-multi-arch', 'b/api.Dockerfile', 'b/api.dockerfile', 'Containerfile', 'c/Containerfile.arm64', 'c/Containerfile-dev', 'c/web.containerfile'];
    expect(yes.filter((p) => !isDockerfilePath(p))).toEqual([]);
    const no = ['Dockerfile.md', 'docs/dockerfile-guide.txt', 'Dockerfile-notes.md', 'x.Dockerfile.bak', '.dockerignore', 'Dockerfile.dockerignore', 'MyDockerfile', 'docker-compose.yml', 'src/Dockerfiles/x.py',
      // source files named for a Dockerfile (checkov's checkov/common/util/dockerfile.py)
      'checkov/common/util/dockerfile.py', 'src/dockerfile.ts', 'pkg/dockerfile.go', 'lib/dockerfile.rb', 'schemas/dockerfile.json'];
    expect(no.filter(isDockerfilePath)).toEqual([]);
  });

  it('the predicate is the glob list: every name it accepts is matched by DOCKERFILE_GLOBS (what the checks read)', () => {
    const globs = picomatch([...DOCKERFILE_GLOBS], { dot: true });
    for (const p of ['Dockerfile-prod', 'svc/api.Dockerfile', 'Containerfile', 'deploy/Containerfile.ubi', 'x/dockerfile.dev']) expect([p, isDockerfilePath(p), globs(p)]).toEqual([p, true, true]);
  });
});

describe('capturedDockerfiles', () => {
  it('parses each captured Dockerfile once per run, whichever checks ask, and skips the other captured files', () => {
    const texts = new Map([
      ['Dockerfile', 'FROM node:20\nRUN npm i -g zx\nCMD ["node", "server.js"]\n'],
      ['svc/api.Dockerfile', 'FROM python:3.12\n'],
      ['package.json', '{}'],
    ]);
    const reads: string[] = [];
    const shared = new Map<string, unknown>();
    const ws = {
      captured: [...texts.keys()].sort(),
      text: (p: string) => (reads.push(p), texts.get(p)),
      shared<T>(k: string, c: () => T): T {
        if (!shared.has(k)) shared.set(k, c());
        return shared.get(k) as T;
      },
    };
    const first = capturedDockerfiles(ws);
    expect([...first.keys()]).toEqual(['Dockerfile', 'svc/api.Dockerfile']);
    expect(first.get('Dockerfile')!.stages[0]!.image).toBe('node:20');
    expect(capturedDockerfiles(ws)).toBe(first);
    expect(reads).toEqual(['Dockerfile', 'svc/api.Dockerfile']);
  });
});

describe('imageInstalls', () => {
  const names = (text: string) => imageInstalls(parseDockerfile(text)).map((i) => `${i.ecosystem}:${i.name}@${i.line}`);

  it('lists what RUN installs by name: npm/pnpm/yarn, pip (versions dropped, `_` as `-`), OS packages of Python modules', () => {
    expect(names('FROM node:20\nRUN npm install -g zx@7 @httpx/dsn-parser && yarn global add PM2\n')).toEqual(['npm:zx@2', 'npm:@httpx/dsn-parser@2', 'npm:pm2@2']);
    expect(names('FROM python:3.12\nRUN pip install --no-cache-dir PyYAML==6.0 "ruamel_yaml>=0.18" \\\n && python -m pip install requests[socks]\n')).toEqual(['pypi:pyyaml@2', 'pypi:ruamel-yaml@2', 'pypi:requests@2']);
    expect(names('FROM debian\nRUN apt-get install -y python3-yaml curl\n')).toEqual(['pypi:yaml@2']);
  });

  it('near misses: manifests, lockfiles, paths, URLs, variables and other commands install nothing by name', () => {
    expect(names('FROM node:20\nRUN npm ci && npm install && npm run build\nCMD ["npm", "start"]\n')).toEqual([]);
    expect(names('FROM node:20\nRUN npm install ./local.tgz git+https://x/y.git $PKG\n')).toEqual([]);
    expect(names('FROM python:3.12\nRUN pip install -r requirements.txt flask && pip install . && pip install -e ./lib\n')).toEqual([]);
    expect(names('FROM python:3.12\n# RUN pip install flask\nENV PIP=pip\n')).toEqual([]);
  });
});

describe('instructionOperands', () => {
  it('reads the JSON form, else the words without flags or quotes; an array that is not JSON is the shell form', () => {
    expect(instructionOperands('["python", "-m", "app"]')).toEqual(['python', '-m', 'app']);
    expect(instructionOperands('--chown=app:app --link "src" ./pkg /app/')).toEqual(['src', './pkg', '/app/']);
    expect(instructionOperands('["src", /app')).toEqual(['["src",', '/app']);
  });
});

describe('health commands that fail on an HTTP error', () => {
  it('curl only with -f/--fail (or piped into grep), wget always, urlopen; not curl alone, requests or a custom binary', async () => {
    const { httpUrls } = await import('../../src/analysis/dockerfile.js');
    const fails = (cmd: string) => httpUrls(cmd).map((u) => u.fails);
    expect(fails('curl -f http://localhost:8000/healthz || exit 1')).toEqual([true]);
    expect(fails('curl -fsS http://localhost:8000/healthz')).toEqual([true]);
    expect(fails('curl --fail-with-body http://localhost/health')).toEqual([true]);
    expect(fails('wget -q --spider http://localhost:3000/health')).toEqual([true]);
    expect(fails('python -c "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"')).toEqual([true]);
    expect(fails('curl -s http://localhost:8000/health | grep -q ok')).toEqual([true]);
    // Near misses: a 404 passes these.
    expect(fails('curl http://localhost:8000/healthz || exit 1')).toEqual([false]);
    expect(fails('curl -s -o /dev/null http://localhost:8000/healthz')).toEqual([false]);
    // A flag cluster holds `f` among letters only: `-sSLf` fails, `-sSLf2` and `--failx` are other words.
    expect(fails('curl -sSLf http://localhost:8000/healthz')).toEqual([true]);
    expect(fails('curl -sSLf2 --failx http://localhost:8000/healthz')).toEqual([false]);
    expect(fails('python -c "import requests; requests.get(\'http://localhost:8000/health\')"')).toEqual([false]);
    // Each URL is judged by its own command.
    expect(fails('curl http://localhost/a && curl -f http://localhost/b')).toEqual([false, true]);
  });
});
