import { describe, expect, it } from 'vitest';
import check from '../../src/checks/k8s-probe-route-mismatch/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const deployment = (paths: { ready?: string; live?: string; port?: number | string }, image = 'ghcr.io/acme/api:1.0') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: ${image}
          readinessProbe:
            httpGet:
              path: ${paths.ready ?? '/ready'}
              port: 8080
          livenessProbe:
            httpGet:
              path: ${paths.live ?? '/live'}
              port: ${paths.port ?? 8080}
          ports:
            - containerPort: 8080
`;

const fastapiCode = {
  'requirements.txt': 'fastapi==0.110\n',
  'app/__init__.py': '',
  'app/main.py': 'from fastapi import FastAPI\nfrom app.orders import router as orders_router\napp = FastAPI()\napp.include_router(orders_router, prefix="/api/v1")\n\n@app.get("/health")\ndef health():\n    return {}\n',
  'app/orders.py': 'from fastapi import APIRouter\nrouter = APIRouter(prefix="/orders")\n\n@router.get("/{order_id}")\ndef get(order_id: int):\n    return {}\n',
};
const DOCKERFILE = 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY app ./app\nCMD ["uvicorn", "app.main:app", "--port", "8080"]\n';
// The image the Deployment runs, built here: the chain's "image → Dockerfile" link.
const RELEASE = 'name: release\non: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t ghcr.io/acme/api:${{ github.sha }} .\n';
const fastapi = { ...fastapiCode, Dockerfile: DOCKERFILE, '.github/workflows/release.yml': RELEASE };

describe('k8s-probe-route-mismatch', () => {
  it('reports probes at paths the code does not serve, at the path: line, naming the health routes served', async () => {
    const fs = await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/api/v1/health/ready', live: '/health' }) });
    expect(fs.map((f) => [f.ruleId, f.severity, f.certainty, f.path, f.line])).toEqual([['k8s-probe-route-mismatch', 'P0', 'proven', 'k8s/deploy.yaml', 17]]);
    expect(fs[0]!.message).toContain('expects `/api/v1/health/ready`');
    expect(fs[0]!.message).toContain('Deployment `api` → image `ghcr.io/acme/api` built from Dockerfile → `uvicorn app.main:app --port 8080` on 8080 → routes of the repository root → serves `/health`');
  });

  it('a probe of a Deployment of a removed API version (apps/v1beta1) is likely, naming it; with an apps/v1 copy, proven', async () => {
    const old = deployment({ ready: '/health', live: '/nope' }).replace('apps/v1', 'apps/v1beta1');
    const fs = await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': old });
    expect(fs.map((f) => [f.line, f.certainty, f.severity, f.gap])).toEqual([[21, 'likely', 'P1', '`apps/v1beta1` Deployment was removed in Kubernetes 1.16: this manifest cannot be applied to a current cluster as written']]);
    const both = await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': old, 'k8s/v1/deploy.yaml': deployment({ ready: '/health', live: '/nope' }) });
    expect(both.map((f) => [f.path, f.certainty])).toEqual([['k8s/deploy.yaml', 'proven']]);
  });

  it('matches router prefixes, path parameters and trailing slashes', async () => {
    const fs = await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/api/v1/orders/42', live: '/health/' }) });
    expect(fs).toEqual([]);
  });

  it('says nothing when the routes cannot be read (no framework code) or the probe is a third-party image', async () => {
    expect(await findingsOf(check, { Dockerfile: DOCKERFILE, '.github/workflows/release.yml': RELEASE, 'k8s/deploy.yaml': deployment({ ready: '/nope' }) })).toEqual([]);
    expect(await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/-/ready' }, 'prom/prometheus:v2.51.0'.replace('prom/prometheus', 'prometheus')) })).toEqual([]);
    // The vendor is the namespace (kubernetes/examples: `selenium/hub:4.0` probed at /wd/hub/status)…
    expect(await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/wd/hub/status' }, 'selenium/hub:4.0') })).toEqual([]);
    // …but a registry host or an own organisation is not a vendor.
    const own = { ...fastapi, '.github/workflows/release.yml': RELEASE.replace('ghcr.io/acme/api', 'redis.example.com/acme/api') };
    expect((await findingsOf(check, { ...own, 'k8s/deploy.yaml': deployment({ ready: '/wd/hub/status' }, 'redis.example.com/acme/api:1') })).map((f) => f.line)).toEqual([17, 21]);
  });

  it('says nothing when the probe path is written in the code (a constant used to register it)', async () => {
    const files = { ...fastapi, 'app/paths.py': 'READY = "/internal/ready"\n', 'k8s/deploy.yaml': deployment({ ready: '/internal/ready', live: '/health' }) };
    expect(await findingsOf(check, files)).toEqual([]);
  });

  it('judges Dockerfile HEALTHCHECK and compose healthcheck URLs too', async () => {
    const fs = await findingsOf(check, {
      ...fastapi,
      Dockerfile: 'FROM python:3.12-slim\nCOPY app ./app\nHEALTHCHECK CMD curl -f http://localhost:8000/healthz || exit 1\n',
      'compose.yaml': 'services:\n  api:\n    build: .\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD", "curl", "http://localhost/nothing"]\n',
    });
    expect(fs.map((f) => [f.path, f.line])).toEqual([['Dockerfile', 3]]);
  });

  it('records every probe and what became of it in the probes metric: served (by what), not served, not judged (why)', async () => {
    const r = await scanTree([check], { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/api/v1/orders/7', live: '/nope' }), 'k8s/db.yaml': deployment({ ready: '/x' }, 'postgres:16') });
    const m = r.metrics.probes!;
    expect([m.total, m.judged, m.served, m.notServed]).toEqual([4, 2, 1, 1]);
    expect(m.probes.map((p) => [p.path, p.line, p.result, p.detail])).toEqual([
      ['k8s/db.yaml', 17, 'not judged', 'a third-party image (postgres:16)'],
      ['k8s/db.yaml', 21, 'not judged', 'a third-party image (postgres:16)'],
      ['k8s/deploy.yaml', 17, 'served', 'app/orders.py:4'],
      ['k8s/deploy.yaml', 21, 'not served', null],
    ]);
    expect(m.probes[2]!.chain).toEqual(['Deployment `api`', 'image `ghcr.io/acme/api` built from Dockerfile', '`uvicorn app.main:app --port 8080` on 8080', 'routes of the repository root']);
  });

  it('owns the probes gap row: mismatch, present, partial', async () => {
    const r = await scanTree([check], { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/x', live: '/health' }) });
    expect(r.gaps).toEqual([{ area: 'deploy', component: 'probes', status: 'mismatch', evidence: 'k8s/deploy.yaml:17' }]);
    const ok = await scanTree([check], { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/health', live: '/health' }) });
    expect(ok.gaps[0]!.status).toBe('present');
  });

  it('fixture: FastAPI gateway with a Helm chart (probe paths from values.yaml)', async () => {
    const fs = await findingsOf(check, fixtureRepo('fastapi-gateway'));
    expect(fs.map((f) => [f.path, f.line, f.message.includes('`/healthz`') && f.message.includes('`/health/live`')])).toEqual([['charts/gateway/templates/deployment.yaml', 28, true]]);
  });

  it('fixture: Express with kustomize overlays serves its probes (routers mounted from other files)', async () => {
    expect(await findingsOf(check, fixtureRepo('express-kustomize'))).toEqual([]);
  });

  it('fixture: Go service with raw manifests — the compose healthcheck misses /healthz', async () => {
    const fs = await findingsOf(check, fixtureRepo('go-raw'));
    expect(fs.map((f) => [f.path, f.line])).toEqual([['compose.yaml', 6]]);
  });

  it('fixture: a library has no probes', async () => {
    expect(await findingsOf(check, fixtureRepo('py-library'))).toEqual([]);
  });

  it('does not give a probe to the one service with known routes when another directory owns the workload (polyglot repo)', async () => {
    // Go frontend whose routes the model cannot read (prefix variable), Flask assistant it can.
    const polyglot = {
      'src/frontend/go.mod': 'module frontend\n\ngo 1.22\n',
      'src/frontend/Dockerfile': 'FROM golang:1.22\n',
      'src/frontend/main.go': 'package main\n\nfunc main() {\n\tr := mux.NewRouter()\n\tr.HandleFunc(baseUrl+"/_healthz", ok)\n}\n',
      'src/assistant/requirements.txt': 'flask==3.0\n',
      'src/assistant/Dockerfile': 'FROM python:3.12-slim\n',
      'src/assistant/app.py': 'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/")\ndef talk():\n    return ""\n',
    };
    expect(await findingsOf(check, { ...polyglot, 'k8s/frontend.yaml': deployment({ ready: '/_healthz', live: '/_healthz' }, 'frontend') })).toEqual([]);
    // A templated image names nothing: the other Dockerfile directory still makes the owner unknown.
    expect(await findingsOf(check, { ...polyglot, 'k8s/frontend.yaml': deployment({ ready: '/_healthz', live: '/_healthz' }, 'gcr.io/x/web:1') })).toEqual([]);
    // The workload whose image names the assistant is still judged.
    const fs = await findingsOf(check, { ...polyglot, 'k8s/assistant.yaml': deployment({ ready: '/_healthz', live: '/' }, 'assistant') });
    expect(fs.map((f) => [f.path, f.line])).toEqual([['k8s/assistant.yaml', 17]]);
  });
});

describe('k8s-probe-route-mismatch with Spring', () => {
  const spring = {
    'pom.xml': '<project><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>',
    'src/main/java/a/Api.java': 'package a;\nimport org.springframework.web.bind.annotation.*;\n@RestController\n@RequestMapping("/api")\nclass Api {\n  @GetMapping("/ping") String ping() { return "pong"; }\n  @GetMapping("/") String root() { return ""; }\n}\n',
    'src/main/resources/application.properties': 'server.servlet.context-path=/shop\n',
    // The jar is built from the whole tree in a build stage: the image ships that service's code.
    Dockerfile: 'FROM maven:3-eclipse-temurin-21 AS build\nCOPY . .\nRUN mvn -q package\nFROM eclipse-temurin:21\nCOPY --from=build /target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n',
    '.github/workflows/release.yml': RELEASE,
  };
  it('joins the context path; a root route does not serve every path', async () => {
    expect(await findingsOf(check, { ...spring, 'k8s/d.yaml': deployment({ ready: '/shop/api/ping', live: '/shop/api/' }) })).toEqual([]);
    const fs = await findingsOf(check, { ...spring, 'k8s/d.yaml': deployment({ ready: '/api/ping', live: '/shop/api/ping' }) });
    expect(fs.map((f) => f.line)).toEqual([17]);
  });
  it('Spring Boot Actuator serves /actuator/health/** and the /livez, /readyz aliases', async () => {
    const files = { ...spring, 'pom.xml': spring['pom.xml'].replace('starter-web', 'starter-actuator') };
    expect(await findingsOf(check, { ...files, 'k8s/d.yaml': deployment({ ready: '/actuator/health/readiness', live: '/livez' }) })).toEqual([]);
  });
  it('application.yml is read like application.properties (its context path), not as a Kubernetes manifest', async () => {
    const yml = { ...spring, 'src/main/resources/application.yml': 'server:\n  servlet:\n    context-path: /shop\n' } as Record<string, string>;
    delete yml['src/main/resources/application.properties'];
    expect(await findingsOf(check, { ...yml, 'k8s/d.yaml': deployment({ ready: '/shop/api/ping', live: '/shop/api/' }) })).toEqual([]);
    expect((await findingsOf(check, { ...yml, 'k8s/d.yaml': deployment({ ready: '/api/ping', live: '/shop/api/ping' }) })).map((f) => f.line)).toEqual([17]);
  });
  it('Actuator moved by the configuration: under management.endpoints.web.base-path, and unknown when management.server moves it', async () => {
    const files = { ...spring, 'pom.xml': spring['pom.xml'].replace('starter-web', 'starter-actuator') };
    // JHipster's default: management.endpoints.web.base-path: /management (YAML).
    const yml = { ...files, 'src/main/resources/application.properties': undefined as never, 'src/main/resources/application.yml': 'server:\n  servlet:\n    context-path: /shop\nmanagement:\n  endpoints:\n    web:\n      base-path: /management\n' };
    delete (yml as Record<string, unknown>)['src/main/resources/application.properties'];
    expect((await findingsOf(check, { ...yml, 'k8s/d.yaml': deployment({ ready: '/management/health/readiness', live: '/management/health/liveness' }) })).map((f) => f.message)).toEqual([]);
    // Near-miss: the default path is no longer served once the base path moved.
    const moved = await findingsOf(check, { ...yml, 'k8s/d.yaml': deployment({ ready: '/actuator/health/readiness', live: '/management/health/liveness' }) });
    expect(moved.map((f) => [f.line, f.severity])).toEqual([[17, 'P0']]);
    // A management server of its own (another port or base path): where the endpoints are is unknown, nothing proven.
    const server = { ...files, 'src/main/resources/application.properties': 'server.servlet.context-path=/shop\nmanagement.server.port=9091\n' };
    expect((await findingsOf(check, { ...server, 'k8s/d.yaml': deployment({ ready: '/ops/health', live: '/ops/health' }) })).filter((f) => f.severity === 'P0')).toEqual([]);
  });
});

describe('k8s-probe-route-mismatch: certainty', () => {
  it('proven when the probe port is a containerPort or a port name of the container; likely when nothing ties it to the service', async () => {
    const named = await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/health', live: '/nope', port: 'http' }) });
    expect(named.map((f) => [f.line, f.certainty, f.severity])).toEqual([[21, 'proven', 'P0']]);
    // 9090 is no port of the container (a sidecar's, a management server's?): not proven.
    const other = await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/health', live: '/nope', port: 9090 }) });
    expect(other.map((f) => [f.line, f.certainty, f.severity])).toEqual([[21, 'likely', 'P1']]);
    expect(other[0]!.message).toContain("Not proven: the probe's port (9090) is not tied");
  });

  it('a Dockerfile HEALTHCHECK is proven at a port the image EXPOSEs or passes with --port; likely at another', async () => {
    const hc = (extra: string) => ({ ...fastapi, Dockerfile: `FROM python:3.12-slim\nCOPY app ./app\n${extra}HEALTHCHECK CMD curl -f http://localhost:8000/healthz || exit 1\n` });
    expect((await findingsOf(check, hc('EXPOSE 8000\n'))).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, hc('CMD ["uvicorn", "app.main:app", "--port", "8000"]\n'))).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, hc('ENV PORT=8000\n'))).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, hc('EXPOSE 9000\n'))).map((f) => [f.certainty, f.severity])).toEqual([['likely', 'P1']]);
  });

  it('ENV is read in linear time: a long word that assigns nothing does not hide ENV PORT', async () => {
    const t = Date.now();
    const fs = await findingsOf(check, { ...fastapi, Dockerfile: `FROM python:3.12-slim\nCOPY app ./app\nENV PORT=8000 ${'a'.repeat(200_000)}!\nHEALTHCHECK CMD curl -f http://localhost:8000/healthz || exit 1\n` });
    expect(fs.map((f) => f.certainty)).toEqual(['proven']);
    expect(Date.now() - t).toBeLessThan(5_000);
  });

  it('a compose healthcheck is proven at a port of the service\'s ports/expose (long syntax and protocol too); likely at another', async () => {
    const compose = (ports: string) => ({ ...fastapi, Dockerfile: 'FROM python:3.12-slim\nCOPY app ./app\n', 'compose.yaml': `services:\n  api:\n    build: .\n${ports}    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/healthz"]\n` });
    expect((await findingsOf(check, compose('    ports: ["18000:8000/tcp"]\n'))).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, compose('    ports:\n      - target: 8000\n        published: 18000\n'))).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, compose('    expose: ["8000"]\n'))).map((f) => f.certainty)).toEqual(['proven']);
    // Near miss: the host side is 8000, the container listens on 9000.
    const host = await findingsOf(check, compose('    ports: ["8000:9000"]\n'));
    expect(host.map((f) => [f.certainty, f.severity])).toEqual([['likely', 'P1']]);
    expect(host[0]!.message).toContain("Not proven: the probe's port (8000) is not tied");
  });

  it('Helm probes of one chart read its values.yaml for paths and ports alike; an unparseable values.yaml resolves neither', async () => {
    const chart = (values: string) => ({
      ...fastapi,
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
      'charts/api/values.yaml': `image:\n  repository: ghcr.io/acme/api\n${values}`,
      'charts/api/templates/deployment.yaml': deployment({ ready: '{{ .Values.probes.ready }}', live: '{{ .Values.probes.live }}', port: '{{ .Values.port }}' }, '"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"'),
    });
    const fs = await findingsOf(check, chart('probes:\n  ready: /health\n  live: /nope\nport: 8080\n'));
    expect(fs.map((f) => [f.path, f.line, f.certainty])).toEqual([['charts/api/templates/deployment.yaml', 21, 'proven']]);
    expect(fs[0]!.message).toContain('expects `/nope`');
    expect(await findingsOf(check, chart('probes: [unclosed\n'))).toEqual([]);
  });

  describe('Helm probes filled from values.yaml', () => {
    // `probes` go after the container's ports; its image comes from values.yaml.
    const chart = (probes: string, values: string) => ({
      ...fastapi,
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
      'charts/api/values.yaml': `image:\n  repository: ghcr.io/acme/api\n${values}`,
      'charts/api/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
spec:
  selector:
    matchLabels: { app: api }
  template:
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          ports:
            - name: http
              containerPort: 8080
${probes}`,
    });
    const inline = '          livenessProbe: {{- toYaml .Values.livenessProbe | nindent 12 }}\n';
    const withed = '          {{- with .Values.readinessProbe }}\n          readinessProbe:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n';

    it('a `toYaml .Values.p` probe takes its httpGet path and port from values.yaml, reported at the probe key', async () => {
      const fs = await findingsOf(check, chart(inline, 'livenessProbe:\n  httpGet:\n    path: /healthz\n    port: http\n'));
      expect(fs.map((f) => [f.path, f.line, f.certainty])).toEqual([['charts/api/templates/deployment.yaml', 16, 'proven']]);
      expect(fs[0]!.message).toContain('The livenessProbe of container `{{…}}`');
      expect(fs[0]!.message).toContain('expects `/healthz`');
    });

    it('`toYaml .` inside `with .Values.p` too; a number port the container does not declare is only likely', async () => {
      const fs = await findingsOf(check, chart(withed, 'readinessProbe:\n  httpGet: { path: /ready, port: 9090 }\n'));
      expect(fs.map((f) => [f.line, f.certainty])).toEqual([[17, 'likely']]);
    });

    it('a probe path wrapped in `required` is read from values.yaml and judged; a served one is not reported', async () => {
      const required = '          readinessProbe:\n            httpGet:\n              path: {{ required "readinessProbe.httpGet.path is required" .Values.readinessProbe.httpGet.path }}\n              port: http\n';
      const fs = await findingsOf(check, chart(required, 'readinessProbe:\n  httpGet:\n    path: /nope\n'));
      expect(fs.map((f) => [f.line, f.certainty])).toEqual([[18, 'proven']]);
      expect(fs[0]!.message).toContain('expects `/nope`');
      expect(await findingsOf(check, chart(required, 'readinessProbe:\n  httpGet:\n    path: /health\n'))).toEqual([]);
    });

    it('near misses: a served path; a tcp probe; an empty or disabled probe (nothing renders); a templated path', async () => {
      expect(await findingsOf(check, chart(inline, 'livenessProbe:\n  httpGet:\n    path: /health\n    port: http\n'))).toEqual([]);
      expect(await findingsOf(check, chart(inline, 'livenessProbe:\n  tcpSocket: { port: http }\n'))).toEqual([]);
      expect(await findingsOf(check, chart(withed, 'readinessProbe: {}\n'))).toEqual([]);
      const disabled = '          {{- if .Values.probes.enabled }}\n          readinessProbe:\n            httpGet: { path: /nope, port: http }\n          {{- end }}\n';
      expect(await findingsOf(check, chart(disabled, 'probes:\n  enabled: false\n'))).toEqual([]);
      expect((await findingsOf(check, chart(disabled, 'probes:\n  enabled: true\n'))).map((f) => f.line)).toEqual([18]);
      expect(await findingsOf(check, chart(inline, 'livenessProbe:\n  httpGet:\n    path: "{{ .Values.base }}/x"\n    port: http\n'))).toEqual([]);
    });
  });

  it('many probed workloads and many service folders: judged per distinct image, in linear time', async () => {
    const files: Record<string, string> = { ...fastapi };
    for (let i = 0; i < 400; i++) {
      files[`svc${i}/go.mod`] = `module example.com/svc${i}\n`;
      files[`k8s/d${i}.yaml`] = deployment({ ready: '/nope' }, `ghcr.io/acme/svc${i}:1`);
    }
    const t = Date.now();
    expect(await findingsOf(check, files)).toEqual([]); // each image is named after another folder, which owns its workload
    expect(Date.now() - t).toBeLessThan(20_000);
  });

  const nextApp = (probe: string, router = '"next": "15"') => ({
    'apps/web/package.json': `{"name":"web","dependencies":{${router},"hono":"4"}}`,
    'apps/web/Dockerfile': `FROM node:22\nCOPY . .\nEXPOSE 3000\nHEALTHCHECK CMD curl -f http://localhost:3000${probe} || exit 1\n`,
    'apps/web/src/app/api/status/route.ts': 'export async function GET() { return Response.json({ ok: true }); }\n',
    'apps/web/src/app/(main)/[locale]/page.tsx': 'export default function Page() { return null; }\n',
    'apps/web/src/server/api.ts': "import { Hono } from 'hono';\nexport const app = new Hono();\napp.get('/api/polls', (c) => c.json([]));\n",
  });

  it('Next.js app router routes are read from the file tree (rallly: HEALTHCHECK /api/status)', async () => {
    expect(await findingsOf(check, nextApp('/api/status'))).toEqual([]);
    expect(await findingsOf(check, nextApp('/fr'))).toEqual([]); // a page with a [locale] segment
    const miss = await findingsOf(check, nextApp('/api/healthz'));
    expect(miss.map((f) => [f.path, f.line, f.certainty])).toEqual([['apps/web/Dockerfile', 4, 'proven']]);
  });

  it('likely when a file-based router\'s middleware may answer any path (SvelteKit `handle` hook, Next.js middleware); SvelteKit routes are read', async () => {
    const kit = nextApp('/api/healthz', '"@sveltejs/kit": "2"');
    expect((await findingsOf(check, kit)).map((f) => [f.certainty, f.severity])).toEqual([['proven', 'P0']]);
    expect(await findingsOf(check, { ...kit, 'apps/web/src/routes/api/healthz/+server.ts': 'export function GET() { return new Response("ok"); }\n' })).toEqual([]);
    const hook = await findingsOf(check, { ...kit, 'apps/web/src/hooks.server.ts': 'export const handle = async ({ event, resolve }) => resolve(event);\n' });
    expect(hook.map((f) => [f.certainty, f.severity])).toEqual([['likely', 'P1']]);
    expect(hook[0]!.message).toContain('Not proven: the SvelteKit `handle` hook (apps/web/src/hooks.server.ts) may answer or rewrite any path');
    // Near miss: a hooks file without `handle` (only handleError) answers no request.
    const errorsOnly = await findingsOf(check, { ...kit, 'apps/web/src/hooks.server.ts': 'export function handleError() {}\n' });
    expect(errorsOnly.map((f) => f.certainty)).toEqual(['proven']);
    const mw = await findingsOf(check, { ...nextApp('/api/healthz'), 'apps/web/src/middleware.ts': 'export function middleware() {}\n' });
    expect(mw.map((f) => f.certainty)).toEqual(['likely']);
  });
});

describe('k8s-probe-route-mismatch: the service map (who answers the probe)', () => {
  const pod = (probe: { path: string; port: number }, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: { app: api }
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.0
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet:
              path: ${probe.path}
              port: ${probe.port}
${extra}`;
  const sidecar = `        - name: proxy
          image: nginx:1.27
          ports:
            - containerPort: 80
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: proxy
data:
  nginx.conf: |
    server {
      listen 80;
      location = /nginx_health { return 200; }
      location /api/ { proxy_pass http://127.0.0.1:8080; }
    }
`;

  it('a probe on the port of an nginx sidecar is judged by that nginx\'s `location` blocks, not by the app', async () => {
    expect(await findingsOf(check, { ...fastapi, 'k8s/api.yaml': pod({ path: '/nginx_health', port: 80 }, sidecar) })).toEqual([]);
    expect(await findingsOf(check, { ...fastapi, 'k8s/api.yaml': pod({ path: '/api/v1/orders/1', port: 80 }, sidecar) })).toEqual([]);
    // Near miss: no location serves it; which file the sidecar loads is not traced through its volumes.
    const fs = await findingsOf(check, { ...fastapi, 'k8s/api.yaml': pod({ path: '/status', port: 80 }, sidecar) });
    expect(fs.map((f) => [f.line, f.certainty, f.severity])).toEqual([[17, 'likely', 'P1']]);
    expect(fs[0]!.message).toContain('port 80 is container `proxy`\'s → `nginx` configured by k8s/api.yaml:');
  });

  it('a third-party image without its configuration in the repository is not judged', async () => {
    const thirdParty = pod({ path: '/status', port: 80 }, sidecar.slice(0, sidecar.indexOf('---')));
    expect(await findingsOf(check, { ...fastapi, 'k8s/api.yaml': thirdParty })).toEqual([]);
  });

  it('a probe on a port the app does not listen on is not proven', async () => {
    const fs = await findingsOf(check, { ...fastapi, 'k8s/api.yaml': pod({ path: '/nope', port: 9090 }) });
    expect(fs.map((f) => [f.certainty, f.gap?.startsWith("the probe's port (9090) is not tied")])).toEqual([['likely', true]]);
  });

  it('judges the probe against the code its image ships, not another service of the repository (Node API on 3000 beside a Python gateway on 8000)', async () => {
    const repo = {
      'gateway/requirements.txt': 'fastapi==0.110\n',
      'gateway/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return {}\n',
      'gateway/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nCMD ["uvicorn", "main:app", "--port", "8000"]\n',
      'api/package.json': '{"name":"api","dependencies":{"express":"4"}}',
      'api/server.js': "const express = require('express');\nconst app = express();\napp.get('/healthz', (req, res) => res.send('ok'));\napp.get('/orders', (req, res) => res.json([]));\napp.listen(3000);\n",
      'api/Dockerfile': 'FROM node:22\nWORKDIR /app\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
      'compose.yaml': 'services:\n  api:\n    image: ghcr.io/acme/api\n    build: ./api\n  gateway:\n    image: ghcr.io/acme/gateway\n    build: ./gateway\n',
    };
    const probe = (path: string) => pod({ path, port: 3000 }).replace('containerPort: 8080', 'containerPort: 3000');
    expect(await findingsOf(check, { ...repo, 'k8s/api.yaml': probe('/healthz') })).toEqual([]);
    const fs = await findingsOf(check, { ...repo, 'k8s/api.yaml': probe('/health') });
    expect(fs.map((f) => [f.certainty, f.data?.['root']])).toEqual([['proven', 'api']]);
    expect(fs[0]!.message).toContain('image `ghcr.io/acme/api` built from api/Dockerfile → `node server.js` on 3000 → routes of api → serves `/healthz`');
  });

  it('an image no build of the repository tags is tied to a Dockerfile by its folder name at best: likely, naming the link', async () => {
    const repo = { ...fastapiCode, 'api/Dockerfile': DOCKERFILE.replace('COPY app ./app', 'COPY app /srv/app'), 'k8s/api.yaml': pod({ path: '/nope', port: 8080 }) };
    // Near miss for the name: api/ is the folder, the image is …/api.
    const fs = await findingsOf(check, repo);
    expect(fs.map((f) => [f.certainty, f.gap])).toEqual([['likely', 'no build in the repository tags `ghcr.io/acme/api` (tied to api/Dockerfile by its folder name only)']]);
    expect(await findingsOf(check, { ...repo, 'k8s/api.yaml': pod({ path: '/nope', port: 8080 }).replace('acme/api', 'acme/billing') })).toEqual([]);
  });

  it('a container command that replaces the image\'s runs other code: not proven; one that runs the same module is', async () => {
    const cmd = (c: string) => pod({ path: '/nope', port: 8080 }).replace('          ports:', `          command: ${c}\n          ports:`);
    const worker = await findingsOf(check, { ...fastapi, 'k8s/api.yaml': cmd('["celery", "-A", "tasks", "worker"]') });
    expect(worker.map((f) => f.certainty)).toEqual(['likely']);
    const same = await findingsOf(check, { ...fastapi, 'k8s/api.yaml': cmd('["uvicorn", "app.main:app", "--port", "8080"]') });
    expect(same.map((f) => f.certainty)).toEqual(['proven']);
  });

  it('an nginx image built here is judged by the configuration it ships', async () => {
    const web = {
      'web/Dockerfile': 'FROM nginx:1.27\nCOPY nginx.conf /etc/nginx/conf.d/default.conf\nCOPY dist /usr/share/nginx/html\n',
      'web/nginx.conf': 'server {\n  listen 8080;\n  location /healthz { return 200 "ok"; }\n  location / { try_files $uri /index.html; }\n}\n',
      'web/dist/index.html': '<html></html>',
      '.github/workflows/release.yml': RELEASE.replace('acme/api', 'acme/web').replace(' .\n', ' web\n'),
    };
    const probe = (path: string) => pod({ path, port: 8080 }).replace('acme/api', 'acme/web');
    // `location /` serves every path: nothing to report either way.
    expect(await findingsOf(check, { ...web, 'k8s/web.yaml': probe('/healthz') })).toEqual([]);
    expect(await findingsOf(check, { ...web, 'k8s/web.yaml': probe('/anything') })).toEqual([]);
    const exact = { ...web, 'web/nginx.conf': 'server {\n  listen 8080;\n  location = /healthz { return 200 "ok"; }\n  location /static/ { root /srv; }\n}\n' };
    const fs = await findingsOf(check, { ...exact, 'k8s/web.yaml': probe('/readyz') });
    expect(fs.map((f) => [f.messageId, f.certainty])).toEqual([['nginx', 'proven']]);
    // A compose healthcheck on port 80 of an nginx that listens on 8080 only (aks-store-demo): refused, whatever the path.
    const compose = { ...web, 'compose.yaml': 'services:\n  web:\n    build: web\n    healthcheck:\n      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://web:80/healthz"]\n' };
    const port = await findingsOf(check, compose);
    expect(port.map((f) => [f.messageId, f.certainty, f.data?.['listens']])).toEqual([['port', 'likely', '8080']]);
    // Near miss: the right port.
    expect(await findingsOf(check, { ...compose, 'compose.yaml': compose['compose.yaml'].replace('web:80', 'web:8080') })).toEqual([]);
  });
});

describe('k8s-probe-route-mismatch: routes the model does not read', () => {
  const nest = (main: string) => ({
    'package.json': '{"name":"api","dependencies":{"@nestjs/core":"10","@nestjs/common":"10"}}',
    'src/main.ts': `import { NestFactory } from '@nestjs/core';\nimport { VersioningType } from '@nestjs/common';\nasync function boot() {\n  const app = await NestFactory.create(AppModule);\n  app.setGlobalPrefix('api');\n${main}  await app.listen(3333);\n}\n`,
    'src/health.controller.ts': "import { Controller, Get } from '@nestjs/common';\n@Controller('health')\nexport class HealthController {\n  @Get() check() { return 'ok'; }\n}\n",
    Dockerfile: 'FROM node:22\nCOPY . .\nEXPOSE 3333\nCMD ["node", "dist/main.js"]\n',
    'compose.yaml': 'services:\n  api:\n    build: .\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:3333/api/v1/health"]\n',
  });
  it('NestJS URI versioning may put every route under /v1: a probe of /api/v1/health is not proven unserved', async () => {
    const fs = await findingsOf(check, nest("  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });\n"));
    expect(fs.map((f) => [f.certainty, f.gap?.startsWith('NestJS versioning (`enableVersioning`, src/main.ts:6)')])).toEqual([['likely', true]]);
    // Near miss: without versioning the path is proven unserved.
    expect((await findingsOf(check, nest(''))).map((f) => f.certainty)).toEqual(['proven']);
  });

  // kimai/kimai: `HEALTHCHECK curl -f http://127.0.0.1:8001` asks for `/`, which config/routes.yaml serves (a redirect curl -f accepts).
  const symfony = (routes: string, more: Record<string, string> = {}) => ({
    'composer.json': '{"require":{"symfony/framework-bundle":"6.*"}}',
    'config/routes.yaml': routes,
    'src/API/StatusController.php': "<?php\nclass StatusController { #[Route(path: '/ping', methods: ['GET'])] public function ping() {} }\n",
    Dockerfile: 'FROM php:8.3-apache\nCOPY . /opt/kimai\nEXPOSE 8001\nHEALTHCHECK CMD curl -f http://127.0.0.1:8001 || exit 1\n',
    ...more,
  });
  const api = 'api:\n  resource: ../src/API/\n  type: attribute\n  prefix: /api\n';
  it('Symfony: the YAML routes of config/routes.yaml are read (a `home: path: /` serves the HEALTHCHECK); without it `/` is proven unserved', async () => {
    expect(await findingsOf(check, symfony(`home:\n  path: /\n  defaults: { route: homepage, permanent: true }\n${api}`))).toEqual([]);
    const fs = await findingsOf(check, symfony(api));
    expect(fs.map((f) => [f.certainty, f.data?.['served']])).toEqual([['proven', '`/api/ping`']]);
  });

  it('Symfony routes the model does not read (a bundle\'s, a Kernel\'s configureRoutes) make an unserved probe likely, never proven', async () => {
    const bundle = await findingsOf(check, symfony(`${api}admin:\n  resource: '@AdminBundle/config/routes.yaml'\n`));
    expect(bundle.map((f) => [f.certainty, f.gap])).toEqual([['likely', "config/routes.yaml:5 imports a bundle's routes, which are not in the repository"]]);
    const kernel = await findingsOf(check, symfony(api, { 'src/Kernel.php': '<?php\nclass Kernel extends BaseKernel {\n  private function configureRoutes(RoutingConfigurator $routes): void {}\n}\n' }));
    expect(kernel.map((f) => f.certainty)).toEqual(['likely']);
  });
});

describe('k8s-probe-route-mismatch: images built without a Dockerfile', () => {
  it('skaffold jib: the image is the context folder\'s service (Spring), judged at a declared containerPort', async () => {
    const repo = {
      'skaffold.yaml': 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n    - image: ledger\n      context: src/ledger\n      jib: {}\n',
      'src/ledger/pom.xml': '<project><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>',
      'src/ledger/src/main/java/a/Api.java': 'package a;\nimport org.springframework.web.bind.annotation.*;\n@RestController\nclass Api {\n  @GetMapping("/ready") String ready() { return "ok"; }\n}\n',
      'src/ledger/src/main/resources/application.properties': 'server.port=8080\n',
    };
    const probe = (path: string) => deployment({ ready: path, live: '/ready' }, 'gcr.io/bank/ledger:v1');
    expect(await findingsOf(check, { ...repo, 'k8s/ledger.yaml': probe('/ready') })).toEqual([]);
    const fs = await findingsOf(check, { ...repo, 'k8s/ledger.yaml': probe('/healthy') });
    expect(fs.map((f) => [f.line, f.certainty])).toEqual([[17, 'proven']]);
    expect(fs[0]!.message).toContain('image `gcr.io/bank/ledger` built by jib from src/ledger → routes of src/ledger');
  });
});

describe('k8s-probe-route-mismatch: copies of one workload', () => {
  it('the same probe in raw manifests, a kustomize base and a chart is reported once, with every location', async () => {
    const chart = {
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
      'charts/api/values.yaml': 'image:\n  repository: ghcr.io/acme/api\n',
      'charts/api/templates/deployment.yaml': deployment({ ready: '/nope', live: '/health' }, '"{{ .Values.image.repository }}:1"'),
    };
    const fs = await findingsOf(check, { ...fastapi, ...chart, 'k8s/deploy.yaml': deployment({ ready: '/nope', live: '/health' }), 'kustomize/base/deploy.yaml': deployment({ ready: '/nope', live: '/health' }) });
    expect(fs.map((f) => [f.path, f.line, f.related])).toEqual([['k8s/deploy.yaml', 17, [{ path: 'charts/api/templates/deployment.yaml', line: 17 }, { path: 'kustomize/base/deploy.yaml', line: 17 }]]]);
    expect(fs[0]!.message).toContain('The same probe is also defined in 2 other files.');
    // Near miss: another probe of the same workload is its own finding.
    const two = await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': deployment({ ready: '/nope', live: '/gone' }), 'kustomize/base/deploy.yaml': deployment({ ready: '/nope', live: '/gone' }) });
    expect(two.map((f) => [f.line, f.related?.length])).toEqual([[17, 1], [21, 1]]);
  });
});

describe('k8s-probe-route-mismatch: ports the code listens on', () => {
  const express = (listen: string, probePort: number) => ({
    'package.json': '{"name":"api","dependencies":{"express":"4"}}',
    'server.js': `const express = require('express');\nconst app = express();\napp.get('/healthz', (req, res) => res.send('ok'));\napp.listen(${listen});\n`,
    Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
    'compose.yaml': `services:\n  api:\n    build: .\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:${probePort}/health"]\n`,
  });
  it('a port the code listens on ties the probe (no EXPOSE, no declared port); another port does not', async () => {
    const fs = await findingsOf(check, express('process.env.PORT || 3000', 3000));
    expect(fs.map((f) => f.certainty)).toEqual(['proven']);
    expect(fs[0]!.message).toContain('`node server.js` on 3000');
    expect((await findingsOf(check, express('process.env.PORT || 3000', 9090))).map((f) => f.certainty)).toEqual(['likely']);
    expect((await findingsOf(check, express('port', 3000))).map((f) => f.certainty)).toEqual(['likely']);
  });
});

describe('k8s-probe-route-mismatch: health commands that pass on 404', () => {
  it('a HEALTHCHECK whose curl lacks -f passes on a 404: not judged (recorded why); with -f or wget it is', async () => {
    const hc = (cmd: string) => ({ ...fastapi, Dockerfile: `FROM python:3.12-slim\nCOPY app ./app\nEXPOSE 8000\nHEALTHCHECK CMD ${cmd}\n` });
    expect(await findingsOf(check, hc('curl http://localhost:8000/healthz || exit 1'))).toEqual([]);
    const r = await scanTree([check], hc('curl http://localhost:8000/healthz || exit 1'));
    expect(r.metrics.probes!.probes.map((p) => [p.result, p.detail])).toEqual([['not judged', 'its command passes whatever the HTTP status (curl without -f, or a client not known to fail on 404)']]);
    expect((await findingsOf(check, hc('wget -q --spider http://localhost:8000/healthz'))).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, hc('curl -fsS http://localhost:8000/healthz'))).map((f) => f.certainty)).toEqual(['proven']);
  });
});

describe('k8s-probe-route-mismatch: exec probes that call the container\'s own URL', () => {
  const execProbe = (cmd: string) => deployment({ ready: '/health', live: '/health' }).replace(/ {10}livenessProbe:\n {12}httpGet:\n {14}path: \/health\n {14}port: 8080\n/, `          livenessProbe:\n            exec:\n              command: ${cmd}\n`);
  it('curl -f or wget to localhost is judged like httpGet; curl without -f, or another host, is not', async () => {
    const fs = await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': execProbe('["curl", "-f", "http://localhost:8080/healthz"]') });
    expect(fs.map((f) => [f.line, f.certainty, f.data?.['path']])).toEqual([[19, 'proven', '/healthz']]);
    expect(await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': execProbe('["sh", "-c", "wget -q -O- http://127.0.0.1:8080/health"]') })).toEqual([]);
    expect(await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': execProbe('["curl", "http://localhost:8080/healthz"]') })).toEqual([]);
    expect(await findingsOf(check, { ...fastapi, 'k8s/deploy.yaml': execProbe('["curl", "-f", "http://db:5432/healthz"]') })).toEqual([]);
  });
});

describe('k8s-probe-route-mismatch: variables in a HEALTHCHECK path (sissbruecker/linkding)', () => {
  const hc = (env: string, path: string) => ({ ...fastapi, Dockerfile: `FROM python:3.12-slim\nCOPY app ./app\nEXPOSE 8000\n${env}HEALTHCHECK CMD curl -f http://localhost:8000/${path} || exit 1\n` });

  it('a variable the image does not set is set where the container runs: the probe is not judged (recorded why)', async () => {
    expect(await findingsOf(check, hc('', '${LD_CONTEXT_PATH}health'))).toEqual([]);
    expect(await findingsOf(check, hc('', '$PREFIX/healthz'))).toEqual([]);
    const r = await scanTree([check], hc('', '${LD_CONTEXT_PATH}health'));
    expect(r.metrics.probes!.probes.map((p) => [p.result, p.detail])).toEqual([['not judged', 'its path holds a variable the repository does not set']]);
  });

  it('one ENV or ARG sets, or its default, is read: then the probe is judged', async () => {
    // served once the value is known
    expect(await findingsOf(check, hc('ENV HEALTH_PATH=health\n', '${HEALTH_PATH}'))).toEqual([]);
    expect(await findingsOf(check, hc('', '${PREFIX:-}health'))).toEqual([]);
    // near misses: the value names a path nothing serves
    expect((await findingsOf(check, hc('ENV HEALTH_PATH=healthz\n', '${HEALTH_PATH}'))).map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
    expect((await findingsOf(check, hc('ARG PREFIX=v2/\n', '${PREFIX}health'))).map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });
});
