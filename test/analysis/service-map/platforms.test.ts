import { describe, expect, it } from 'vitest';
import { platformProbesOf } from '../../../src/analysis/service-map/platforms.js';
import { parseK8s } from '../../../src/analysis/k8s.js';
import { SourceFile } from '../../../src/workspace/source-file.js';

const of = (path: string, text: string) => platformProbesOf(SourceFile.fromText(path, text));

describe('service map: platform descriptors', () => {
  it('Fly: checks of http_service, services and machine checks, each at its own `path =` line; Dockerfile beside fly.toml by default', () => {
    const toml = 'app = "shop"\n[http_service]\n  internal_port = 3000\n  [[http_service.checks]]\n    path = "/health"\n[[services]]\n  internal_port = 3000\n  [[services.http_checks]]\n    path = "/health"\n  [[services.http_checks]]\n    path = "/other"\n[checks.db]\n  type = "http"\n  port = 9000\n  path = "/health"\n';
    const r = of('deploy/fly.toml', toml)!;
    // The same path and port twice is one check; the same path on another port is another.
    expect(r.probes.map((p) => [p.path, p.line, p.port])).toEqual([['/health', 5, 3000], ['/other', 11, 3000], ['/health', 15, 9000]]);
    expect(r.probes[0]).toMatchObject({ workload: 'Fly app `shop`', build: { context: 'deploy', dockerfile: 'deploy/Dockerfile' } });
    expect(r.probes[0]!.runs).toBeUndefined();
    expect(of('fly.production.toml', 'app = "x"\n[build]\n  builder = "heroku/builder:24"\n[http_service]\n  internal_port = 8080\n  [[http_service.checks]]\n    path = "/up"\n')!.probes[0]).toMatchObject({ runs: { root: '.' }, line: 7 });
  });

  it('Fly: a malformed file is reported without quoting it', () => {
    const r = of('fly.toml', 'app = "secret-token-123"\n[http_service\n')!;
    expect(r.probes).toEqual([]);
    expect(r.malformed).toMatch(/^TOML does not parse/);
    expect(r.malformed).not.toContain('secret');
  });

  it('Render: rootDir from the repository root, dockerfilePath and dockerContext from rootDir; PORT from envVars, else 10000', () => {
    const y = 'services:\n  - type: web\n    name: api\n    runtime: docker\n    rootDir: svc/api\n    dockerfilePath: ./docker/Dockerfile\n    healthCheckPath: /healthz\n  - type: web\n    name: py\n    env: python\n    startCommand: gunicorn app:app\n    healthCheckPath: /up\n    envVars:\n      - key: PORT\n        value: "8000"\n';
    expect(of('render.yaml', y)!.probes.map((p) => [p.workload, p.line, p.port, p.build, p.runs])).toEqual([
      ['Render service `api`', 7, 10000, { context: 'svc/api', dockerfile: 'svc/api/docker/Dockerfile' }, undefined],
      ['Render service `py`', 12, 8000, undefined, { root: '.', start: 'gunicorn app:app' }],
    ]);
  });

  it('Railway: no builder named: the Dockerfile if it exists, else the folder\'s code (the caller decides)', () => {
    const r = of('api/railway.toml', '[deploy]\nstartCommand = "node server.js"\nhealthcheckPath = "/ready"\n')!;
    expect(r.probes.map((p) => [p.line, p.build, p.runs, p.injected])).toEqual([[3, { context: 'api', dockerfile: 'api/Dockerfile' }, { root: 'api', start: 'node server.js' }, true]]);
  });

  it('App Engine: flexible only; a custom runtime builds the Dockerfile beside app.yaml; an app.yaml without `runtime` is no descriptor', () => {
    expect(of('app.yaml', 'runtime: custom\nenv: flex\nliveness_check:\n  path: /live\n')!.probes).toMatchObject([{ path: '/live', line: 4, port: 8080, build: { context: '.', dockerfile: 'Dockerfile' } }]);
    expect(of('app.yaml', 'runtime: nodejs20\nliveness_check:\n  path: /live\n')!.probes).toEqual([]);
    expect(of('k8s/app.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n')).toBeUndefined();
  });

  it('Cloud Run: a Knative Service is a workload with its containers and probes; a Kubernetes Service is not', () => {
    const k = parseK8s('service.yaml', 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - image: gcr.io/acme/api\n          startupProbe:\n            httpGet:\n              path: /started\n');
    expect(k.workloads.map((w) => [w.kind, w.name, w.knative, w.partial, w.containers[0]!.probes.map((p) => [p.kind, p.path])])).toEqual([['Service', 'api', true, false, [['startup', '/started']]]]);
    expect(parseK8s('svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  ports: [{ port: 80 }]\n').workloads).toEqual([]);
  });
});
