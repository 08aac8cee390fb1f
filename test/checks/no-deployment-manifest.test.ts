import { describe, expect, it } from 'vitest';
import check from '../../src/checks/no-deployment-manifest/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const service = { 'requirements.txt': 'fastapi==0.110\n', 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' };

describe('no-deployment-manifest', () => {
  it('reports a service with no way to deploy it, at "."', async () => {
    const r = await scanTree([check], service);
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.path])).toEqual([['no-deployment-manifest', 'P1', '.']]);
    expect(r.gaps.map((g) => [g.component, g.status])).toEqual([
      ['Dockerfile', 'missing'],
      ['Kubernetes manifests', 'missing'],
    ]);
  });

  it.each([
    ['Dockerfile', 'FROM python:3.12\n'],
    ['deploy/api.Containerfile', 'FROM python:3.12\n'],
    ['compose.yaml', 'services: {}\n'],
    ['chart/Chart.yaml', 'name: api\n'],
    ['Procfile', 'web: uvicorn app.main:app\n'],
    ['fly.toml', 'app = "api"\n'],
    ['serverless.yml', 'service: api\n'],
    ['ops/api.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\n'],
  ])('near-miss: %s', async (path, text) => {
    expect(await findingsOf(check, { ...service, [path]: text })).toEqual([]);
  });

  it('near-miss: a library (service rule), and manifests only under examples/ still report for a service', async () => {
    expect((await scanTree([check], fixtureRepo('py-library'))).findings).toEqual([]);
    expect((await findingsOf(check, { ...service, 'examples/Dockerfile': 'FROM x:1\n' }, { inputs: { profile: 'service' } })).length).toBe(1);
  });

  it('fixtures: gap rows name the evidence', async () => {
    const r = await scanTree([check], fixtureRepo('go-raw'));
    expect(r.findings).toEqual([]);
    expect(r.gaps.map((g) => [g.component, g.status, g.evidence])).toEqual([
      ['Dockerfile', 'present', 'Dockerfile'],
      ['Kubernetes manifests', 'present', 'deploy/k8s/ledger.yaml'],
    ]);
  });
});

describe('profile detection (auto)', () => {
  it.each([
    [{ 'pyproject.toml': '[project]\nname = "web"\ndependencies = ["starlette"]\nclassifiers = ["Topic :: Software Development :: Libraries"]\n' }, 'library'],
    [{ 'requirements-dev.txt': 'flask\n', 'lib.py': '' }, 'library'],
    [{ '.devcontainer/Dockerfile': 'FROM python:3.12\n', 'lib.py': '' }, 'library'],
    [{ 'docs_src/app/Dockerfile': 'FROM python:3.12\n', 'lib.py': '' }, 'library'],
    [{ 'k8s/broken.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: [\n' }, 'library'],
    [{ 'k8s/list.yaml': 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: { name: a }\n' }, 'service'],
    [{ 'pyproject.toml': '[project]\nname = "shop"\ndependencies = ["fastapi"]\n' }, 'service'],
  ])('%j → %s', async (files, kind) => {
    expect((await scanTree([check], files as Record<string, string>)).profile.kind).toBe(kind);
  });

  it('fixtures: the three services are services, the library is a library, with reasons', async () => {
    for (const repo of ['fastapi-gateway', 'express-kustomize', 'go-raw'] as const) expect((await scanTree([check], fixtureRepo(repo))).profile.kind).toBe('service');
    const lib = await scanTree([check], fixtureRepo('py-library'));
    expect(lib.profile).toEqual({ kind: 'library', source: 'detected', reasons: ['no deployment files, Kubernetes workloads or HTTP server dependency found'] });
  });
});
