import { describe, expect, it } from 'vitest';
import check from '../../src/checks/k8s-probe-route-mismatch/index.js';
import { defineCheck } from '../../src/model/check.js';
import { ruleFields } from '../helpers/meta.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';

// A FastAPI app at the root, built by ./Dockerfile (listens on 8080), serving /health.
const fastapi = {
  'requirements.txt': 'fastapi==0.110\n',
  'app/__init__.py': '',
  'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return {}\n\n@app.get("/orders")\ndef orders():\n    return []\n',
  Dockerfile: 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY app ./app\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]\n',
};
// An Express API in services/api (no Dockerfile), serving /healthz.
const express = {
  'services/api/package.json': '{"name":"api","scripts":{"start":"node server.js"},"dependencies":{"express":"^4.19.0"}}\n',
  'services/api/server.js': "const express = require('express');\nconst app = express();\napp.get('/healthz', (req, res) => res.send('ok'));\napp.get('/users', (req, res) => res.json([]));\napp.listen(process.env.PORT);\n",
};

const fly = (path: string, extra = '', port = 8080) => `app = "shop"\nprimary_region = "ams"\n${extra}\n[http_service]\n  internal_port = ${port}\n  force_https = true\n\n  [[http_service.checks]]\n    interval = "15s"\n    method = "GET"\n    path = "${path}"\n`;

const judged = async (files: Record<string, string>) => (await scanTree([check], files)).metrics.probes?.probes.map((p) => [p.path, p.line, p.result, p.detail]) ?? [];

describe('k8s-probe-route-mismatch: platform health checks', () => {
  describe('Fly (fly.toml)', () => {
    it('a check on a served path: no finding, recorded as served', async () => {
      const files = { ...fastapi, 'fly.toml': fly('/health') };
      expect(await findingsOf(check, files)).toEqual([]);
      expect(await judged(files)).toEqual([['fly.toml', 11, 'served', 'app/main.py:4']]);
    });

    it('a check on a path the code does not serve: proven when every link was read, the chain named', async () => {
      const fs = await findingsOf(check, { ...fastapi, 'fly.toml': fly('/healthz') });
      expect(fs.map((f) => [f.severity, f.certainty, f.path, f.line])).toEqual([['P0', 'proven', 'fly.toml', 11]]);
      expect(fs[0]!.message).toContain('The health check of Fly app `shop` expects `/healthz`, but the code that answers it does not serve it: Fly app `shop` → built from Dockerfile → `uvicorn app.main:app --host 0.0.0.0 --port 8080` on 8080 → routes of the repository root → serves `/health`.');
      expect(fs[0]!.message).toContain('fail the health check of every deploy');
    });

    it('likely when internal_port is not a port the process listens on; `[services]` http_checks and machine checks are read', async () => {
      const fs = await findingsOf(check, { ...fastapi, 'fly.toml': fly('/healthz', '', 9000) });
      expect(fs.map((f) => [f.certainty, f.gap])).toEqual([['likely', expect.stringContaining("the probe's port (9000) is not tied")]]);
      const services = 'app = "shop"\n\n[[services]]\n  internal_port = 8080\n  protocol = "tcp"\n  [[services.http_checks]]\n    path = "/ping"\n\n[checks.alive]\n  type = "http"\n  port = 8080\n  path = "/alive"\n[checks.tcp]\n  type = "tcp"\n  port = 8080\n';
      expect((await findingsOf(check, { ...fastapi, 'fly.toml': services })).map((f) => [f.line, f.certainty])).toEqual([[7, 'proven'], [12, 'proven']]);
    });

    it('a named Dockerfile and a process group: the group\'s command replaces the image\'s (likely)', async () => {
      const files = { ...fastapi, 'deploy/api.Dockerfile': fastapi.Dockerfile, 'fly.toml': fly('/healthz', '[build]\n  dockerfile = "deploy/api.Dockerfile"\n[processes]\n  app = "celery -A tasks worker"\n').replace('force_https = true', 'force_https = true\n  processes = ["app"]') };
      delete (files as Record<string, string>)['Dockerfile'];
      const fs = await findingsOf(check, files);
      expect(fs.map((f) => [f.certainty, f.gap])).toEqual([['likely', "the container's command (`celery -A tasks worker`) replaces the image's; which code it runs was not traced"]]);
      expect(fs[0]!.message).toContain('built from deploy/api.Dockerfile');
    });

    it('a buildpacks builder runs the folder\'s code', async () => {
      const files = { ...express, 'services/api/fly.toml': fly('/health', '[build]\n  builder = "paketobuildpacks/builder:base"\n') };
      const fs = await findingsOf(check, files);
      // Fly calls internal_port, which nothing here ties to the process (no `[env] PORT`).
      expect(fs.map((f) => [f.path, f.certainty])).toEqual([['services/api/fly.toml', 'likely']]);
      const env = await findingsOf(check, { ...files, 'services/api/fly.toml': files['services/api/fly.toml'].replace('[http_service]', '[env]\n  PORT = "8080"\n[http_service]') });
      expect(env.map((f) => f.certainty)).toEqual(['proven']);
      expect(fs[0]!.message).toContain('Fly app `shop` runs its code in services/api → routes of services/api → serves `/healthz`');
    });

    it('near-misses: a prebuilt image no build here tags, no Dockerfile beside fly.toml, a malformed fly.toml', async () => {
      expect(await findingsOf(check, { ...fastapi, 'fly.toml': fly('/healthz', '[build]\n  image = "flyio/hellofly:latest"\n') })).toEqual([]);
      const noDockerfile = { ...fastapi, 'fly.toml': fly('/healthz') } as Record<string, string>;
      delete noDockerfile['Dockerfile'];
      expect(await judged(noDockerfile)).toEqual([['fly.toml', 11, 'not judged', 'Dockerfile was not read']]);
      const r = await scanTree([check], { ...fastapi, 'fly.toml': 'app = "shop"\n[http_service\ninternal_port = 8080\n' });
      expect(r.findings).toEqual([]);
      expect(r.malformed.map((m) => [m.path, m.kind])).toEqual([['fly.toml', 'toml']]);
    });
  });

  describe('Render (render.yaml)', () => {
    const node = (path: string, extra = '') => `services:\n  - type: web\n    name: api\n    runtime: node\n    rootDir: services/api\n    buildCommand: npm ci\n    startCommand: npm start\n    healthCheckPath: ${path}\n${extra}`;

    it('a native runtime runs its rootDir\'s code: served, and not served (proven: Render injects PORT)', async () => {
      expect(await findingsOf(check, { ...express, 'render.yaml': node('/healthz') })).toEqual([]);
      const fs = await findingsOf(check, { ...express, 'render.yaml': node('/health') });
      expect(fs.map((f) => [f.certainty, f.path, f.line])).toEqual([['proven', 'render.yaml', 8]]);
      expect(fs[0]!.message).toContain('Render service `api` runs `npm start` in services/api → routes of services/api → serves `/healthz`');
    });

    it('runtime docker builds dockerfilePath from dockerContext (relative to rootDir)', async () => {
      const files = { ...fastapi, 'render.yaml': 'services:\n  - type: web\n    name: shop\n    runtime: docker\n    dockerfilePath: ./Dockerfile\n    dockerContext: .\n    healthCheckPath: /healthz\n    envVars:\n      - key: PORT\n        value: 8080\n' };
      const fs = await findingsOf(check, files);
      expect(fs.map((f) => [f.certainty, f.line])).toEqual([['proven', 7]]);
      expect(fs[0]!.message).toContain('Render service `shop` → built from Dockerfile →');
    });

    it('near-misses: a worker, a prebuilt image, a static site, a rootDir with no service', async () => {
      const base = 'services:\n  - type: worker\n    name: jobs\n    runtime: node\n    rootDir: services/api\n    healthCheckPath: /nope\n  - type: web\n    name: img\n    runtime: image\n    image:\n      url: docker.io/acme/unknown:1\n    healthCheckPath: /nope\n  - type: web\n    name: site\n    runtime: static\n    healthCheckPath: /nope\n  - type: web\n    name: other\n    runtime: python\n    rootDir: tools\n    healthCheckPath: /nope\n';
      const files = { ...express, 'tools/x.py': 'print(1)\n', 'render.yaml': base };
      expect(await findingsOf(check, files)).toEqual([]);
      expect(await judged(files)).toEqual([
        ['render.yaml', 12, 'not judged', 'no build in the repository tags docker.io/acme/unknown:1'],
        ['render.yaml', 21, 'not judged', 'tools holds no service with read routes'],
      ]);
    });
  });

  describe('Railway (railway.json / railway.toml)', () => {
    it('railway.json without a Dockerfile: the builder runs the folder\'s code (PORT injected: proven)', async () => {
      const json = (path: string) => `{\n  "$schema": "https://railway.com/railway.schema.json",\n  "build": { "builder": "NIXPACKS" },\n  "deploy": {\n    "startCommand": "npm start",\n    "healthcheckPath": "${path}"\n  }\n}\n`;
      expect(await findingsOf(check, { ...express, 'services/api/railway.json': json('/healthz') })).toEqual([]);
      const fs = await findingsOf(check, { ...express, 'services/api/railway.json': json('/ready') });
      expect(fs.map((f) => [f.certainty, f.path, f.line])).toEqual([['proven', 'services/api/railway.json', 6]]);
      expect(fs[0]!.message).toContain('Railway service in services/api runs `npm start` in services/api');
    });

    it('railway.toml with a Dockerfile beside it builds that Dockerfile', async () => {
      const toml = (path: string) => `[build]\nbuilder = "DOCKERFILE"\ndockerfilePath = "Dockerfile"\n\n[deploy]\nhealthcheckPath = "${path}"\nhealthcheckTimeout = 100\n`;
      expect(await findingsOf(check, { ...fastapi, 'railway.toml': toml('/health') })).toEqual([]);
      const fs = await findingsOf(check, { ...fastapi, 'railway.toml': toml('/healthz') });
      expect(fs.map((f) => [f.certainty, f.line])).toEqual([['proven', 6]]);
      expect(fs[0]!.message).toContain('Railway service in the repository root → built from Dockerfile →');
    });

    it('near-misses: no healthcheckPath; a folder without a service; malformed JSON', async () => {
      expect(await judged({ ...express, 'services/api/railway.json': '{"deploy":{"startCommand":"npm start"}}' })).toEqual([]);
      expect(await judged({ ...express, 'infra/railway.json': '{"deploy":{"healthcheckPath":"/x"}}', 'infra/README.md': 'x\n' })).toEqual([['infra/railway.json', 1, 'not judged', 'infra holds no service with read routes']]);
      const r = await scanTree([check], { ...express, 'services/api/railway.json': '{"deploy": {' });
      expect(r.malformed.map((m) => [m.path, m.kind])).toEqual([['services/api/railway.json', 'json']]);
    });
  });

  describe('App Engine (app.yaml)', () => {
    const flex = (path: string) => `runtime: python\nenv: flex\nentrypoint: gunicorn -b :$PORT app.main:app\nliveness_check:\n  path: "/health"\nreadiness_check:\n  path: "${path}"\n  app_start_timeout_sec: 300\n`;

    it('flexible: liveness and readiness paths judged against the folder\'s code (port 8080 injected)', async () => {
      expect(await findingsOf(check, { ...fastapi, 'app.yaml': flex('/health') })).toEqual([]);
      const fs = await findingsOf(check, { ...fastapi, 'app.yaml': flex('/readiness_check') });
      expect(fs.map((f) => [f.certainty, f.line])).toEqual([['proven', 7]]);
      expect(fs[0]!.message).toContain('The readiness check of App Engine service `default` expects `/readiness_check`');
    });

    it('near-misses: the standard environment; an app.yaml that is a Kubernetes manifest is still judged as one', async () => {
      expect(await judged({ ...fastapi, 'app.yaml': 'runtime: python312\nentrypoint: gunicorn app.main:app\n' })).toEqual([]);
      const manifest = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: { app: api }\n  template:\n    spec:\n      containers:\n        - name: api\n          image: postgres:16\n          readinessProbe:\n            httpGet: { path: /x, port: 5432 }\n';
      expect(await judged({ ...fastapi, 'k8s/app.yaml': manifest })).toEqual([['k8s/app.yaml', 14, 'not judged', 'a third-party image (postgres:16)']]);
    });
  });

  describe('Cloud Run (Knative service.yaml)', () => {
    const RELEASE = 'name: release\non: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t europe-docker.pkg.dev/acme/web/api:${{ github.sha }} .\n';
    const knative = (path: string, image = 'europe-docker.pkg.dev/acme/web/api:latest') => `apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - image: ${image}\n          ports:\n            - containerPort: 8080\n          livenessProbe:\n            httpGet:\n              path: ${path}\n`;

    it('a probe without a port calls the container port Cloud Run passes as PORT: proven', async () => {
      const files = { ...fastapi, '.github/workflows/release.yml': RELEASE };
      expect(await findingsOf(check, { ...files, 'service.yaml': knative('/health') })).toEqual([]);
      const fs = await findingsOf(check, { ...files, 'service.yaml': knative('/healthz') });
      expect(fs.map((f) => [f.certainty, f.path, f.line])).toEqual([['proven', 'service.yaml', 14]]);
      expect(fs[0]!.message).toContain('(Knative Service `api`) expects `/healthz`');
    });

    it('near-miss: an image not built here (a Google sample) is not judged', async () => {
      expect(await findingsOf(check, { ...fastapi, 'service.yaml': knative('/healthz', 'us-docker.pkg.dev/cloudrun/container/hello') })).toEqual([]);
    });
  });

  it('Heroku declares no HTTP health check: a Procfile and app.json judge nothing', async () => {
    const r = await scanTree([check], { ...fastapi, Procfile: 'web: uvicorn app.main:app --port $PORT\n', 'app.json': '{"name":"shop","healthchecks":{"web":"/nope"}}\n' });
    expect(r.findings).toEqual([]);
    expect(r.metrics.probes).toBeUndefined();
  });

  it('the descriptors make the repository a service', async () => {
    const probe = defineCheck({
      meta: { ...ruleFields('no-runbook'), id: 'no-runbook', messages: { m: 'x' }, remediation: '' },
      create: () => ({}),
    });
    for (const [path, text] of [
      ['fly.toml', 'app = "x"\n'],
      ['render.yaml', 'services: []\n'],
      ['railway.json', '{}\n'],
      ['railway.toml', '[deploy]\n'],
      ['app.yaml', 'runtime: python312\n'],
      ['service.yaml', 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: api\n'],
    ] as const) {
      const r = await scanTree([probe], { [path]: text, 'README.md': 'x\n' });
      expect([path, r.profile.kind]).toEqual([path, 'service']);
    }
  });
});
