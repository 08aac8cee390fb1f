import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helmChartOf, joinPath, neutraliseHelm, parseCompose, parseK8s, resolveValues } from '../../src/analysis/k8s.js';

describe('parseK8s', () => {
  it('reads every document, Lists, workloads with containers and probes, ingresses', () => {
    const k = parseK8s(
      'k8s/all.yaml',
      `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api }
    spec:
      selector: { matchLabels: { app: api } }
      template:
        spec:
          containers:
            - name: api
              image: ghcr.io/acme/api:1
              readinessProbe:
                httpGet:
                  path: /ready
                  port: http
              livenessProbe: { exec: { command: [true] } }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{ name: job, image: x }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules: [{ host: a.example }]
`,
    );
    expect(k.malformed).toBeUndefined();
    expect(k.objects.map((o) => `${o.kind}/${o.name}@${o.line}`)).toEqual(['Deployment/api@5', 'CronJob/nightly@21', 'Ingress/web@31']);
    expect(k.workloads[0]!.containers[0]).toMatchObject({ name: 'api', line: 12, probes: [{ kind: 'readiness', type: 'http', path: '/ready', port: 'http', line: 16 }, { kind: 'liveness', type: 'exec' }] });
    expect(k.workloads[1]!.containers.map((c) => c.name)).toEqual(['job']);
    expect(k.ingresses).toEqual([{ name: 'web', line: 31, rulesLine: 34, hasRules: true, hasTls: false, hosts: ['a.example'] }]);
  });

  it('reports malformed plain manifests, not Helm templates', () => {
    expect(parseK8s('k8s/x.yaml', 'apiVersion: v1\nkind: Service\nspec: [\n').malformed).toMatch(/line/);
    expect(parseK8s('chart/templates/x.yaml', 'apiVersion: v1\nkind: Service\n{{ if }}\nspec: [\n').malformed).toBeUndefined();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseK8s('a.yaml', `apiVersion: v1\nkind: x\n${s}`)), { numRuns: 300 });
    fc.assert(fc.property(fc.string(), (s) => void parseK8s('c/templates/a.yaml', `apiVersion: v1\nkind: x\n{{ ${s} }}\n`)), { numRuns: 300 });
  });
});

describe('Helm', () => {
  it('neutralises template actions, keeping lines, marking opaque includes and values markers', () => {
    const n = neutraliseHelm('{{- if .Values.on }}\nkind: Deployment\nname: {{ include "x" . }}\npath: {{ .Values.probes.path | quote }}\nport: {{ default 8080 .Values.port }}\n  {{- toYaml .Values.extra | nindent 2 }}\n{{- end }}\n');
    expect(n.text.split('\n')).toEqual(['', 'kind: Deployment', 'name: TEMPLATED', 'path: "{{V:probes.path}}"', 'port: "{{V:port|8080}}"', '', '', '']);
    expect([...n.opaque]).toEqual([[6, 2]]);
  });

  it('resolves simple values and defaults; leaves the rest unresolved', () => {
    const values = { probes: { path: '/healthz' }, port: 8000, nested: { list: [1] } };
    expect(resolveValues('{{V:probes.path}}', values)).toBe('/healthz');
    expect(resolveValues('{{V:missing|/live}}', values)).toBe('/live');
    expect(resolveValues('{{V:nested.list}}', values)).toBeUndefined();
  });

  it('finds the chart of a template', () => {
    expect(helmChartOf('charts/api/templates/deployment.yaml')).toBe('charts/api');
    expect(helmChartOf('k8s/deployment.yaml')).toBeUndefined();
  });
});

describe('compose', () => {
  it('reads healthcheck URLs, build contexts and images', () => {
    const c = parseCompose('deploy/compose.yaml', 'services:\n  api:\n    build: { context: ../api }\n    healthcheck:\n      test: curl -f http://localhost:8000/health || exit 1\n  db:\n    image: postgres:16\n');
    expect(c.services).toEqual([
      { name: 'api', line: 2, build: 'api', healthchecks: [{ url: 'http://localhost:8000/health', path: '/health', port: 8000, line: 5 }], ports: [] },
      { name: 'db', line: 6, image: 'postgres:16', healthchecks: [], ports: [] },
    ]);
    expect(joinPath('a/b', '../c/./d')).toBe('a/c/d');
  });

  it('reads the container side of ports and expose (short, long and protocol syntax, through merge keys) in the same parse', () => {
    const text = [
      'x-web: &web',
      '  expose: ["9000"]',
      'services:',
      '  api:',
      '    <<: *web',
      '    ports: ["8080:80/tcp", "127.0.0.1:8443:443", 3000, {target: 5000, published: 5001}, "6000-6001:7000-7001"]',
      '  worker:',
      '    image: acme/worker',
      '',
    ].join('\n');
    const c = parseCompose('compose.yaml', text);
    expect(c.services.map((s) => [s.name, s.ports])).toEqual([
      ['api', ['80', '443', '3000', '5000', '7000-7001', '9000']],
      ['worker', []],
    ]);
  });
});

describe('parseK8s through YAML aliases', () => {
  it('judges an Ingress whose spec comes through an alias or a merge key, at the use site', () => {
    const k = parseK8s(
      'k8s/ing.yaml',
      `apiVersion: v1
kind: List
items:
  - apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: { name: a }
    spec: &spec
      tls: [{ hosts: [a.example.com] }]
      rules: [{ host: a.example.com }]
  - apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: { name: b }
    spec:
      <<: *spec
      tls: []
  - apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: { name: c }
    spec: *spec
`,
    );
    expect(k.ingresses.map((i) => [i.name, i.hasTls, i.hasRules, i.rulesLine])).toEqual([
      ['a', true, true, 9],
      ['b', false, true, 14],
      ['c', true, true, 19],
    ]);
  });
});

describe('parseK8s: workloads through YAML aliases', () => {
  it('reads containers and probes brought by an alias or a merge key', () => {
    const k = parseK8s(
      'k8s/app.yaml',
      `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  selector: { matchLabels: { app: api } }
  template:
    spec:
      containers:
        - &api
          name: api
          image: ghcr.io/acme/api:1
          readinessProbe: { httpGet: { path: /ready, port: 8080 } }
        - <<: *api
          name: worker
        - *api
`,
    );
    const w = k.workloads[0]!;
    expect(w.containers.map((c) => [c.name, c.line, c.probes.map((p) => [p.kind, p.path, p.line])])).toEqual([
      ['api', 10, [['readiness', '/ready', 12]]],
      ['worker', 13, [['readiness', '/ready', 13]]],
      ['api', 15, [['readiness', '/ready', 15]]],
    ]);
  });
});

describe('Helm: opacity is positional', () => {
  // A chart's Deployment: `extra` is inserted at the line after the container's image.
  const chart = (extra: string, tail = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
spec:
  selector:
    matchLabels: {{- include "app.selectorLabels" . | nindent 6 }}
  template:
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
${extra}          ports:
            - containerPort: 8080
${tail}`;
  const container = (text: string) => parseK8s('charts/app/templates/deploy.yaml', text).workloads[0]!.containers[0]!;

  it('an include or toYaml at the container\'s key level may render its probes: opaque', () => {
    expect(container(chart('          {{- include "app.probes" . | nindent 10 }}\n')).opaque).toBe(true);
    // At column 0: `nindent` says where it renders.
    expect(container(chart('{{- toYaml .Values.probes | nindent 10 }}\n')).opaque).toBe(true);
    expect(container(chart('          {{ include "app.probes" . }}\n')).opaque).toBe(true);
  });

  it('deeper output (resources, env), pod-level output after the last container and control lines do not make it opaque', () => {
    const c = container(
      chart(
        '          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n          env:\n{{- toYaml .Values.env | nindent 12 }}\n          {{- with .Values.securityContext }}\n          securityContext:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n',
        '      {{- with .Values.affinity }}\n      affinity:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n{{- toYaml .Values.tolerations | nindent 6 }}\n      {{- include "app.sidecars" . | nindent 8 }}\n',
      ),
    );
    expect(c).toMatchObject({ name: '{{…}}', opaque: false, probes: [] });
  });

  it('a probe key filled by toYaml, or behind `if`, is a probe', () => {
    const c = container(chart('          {{- if .Values.livenessProbe.enabled }}\n          livenessProbe:\n            {{- toYaml .Values.livenessProbe | nindent 12 }}\n          {{- end }}\n          readinessProbe: {{- toYaml .Values.readinessProbe | nindent 12 }}\n'));
    expect(c.opaque).toBe(false);
    expect(c.probes.map((p) => [p.kind, p.type])).toEqual([['readiness', 'unknown'], ['liveness', 'unknown']]);
  });

  it('a key-level include of the first container does not reach the next one', () => {
    const text = chart('          {{- include "app.probes" . | nindent 10 }}\n', '        - name: worker\n          image: acme/worker\n');
    expect(parseK8s('charts/app/templates/deploy.yaml', text).workloads[0]!.containers.map((c) => [c.name, c.opaque])).toEqual([['{{…}}', true], ['worker', false]]);
  });

  it('shows names made of values markers as template parts', () => {
    const text = chart('').replace('{{ .Chart.Name }}', '{{ .Values.name }}-api');
    expect(container(text).name).toBe('{{…}}-api');
  });
});

describe('partial workloads', () => {
  it('a patch without containers, or without a selector, is partial', () => {
    const patch = parseK8s('k8s/overlays/prod/replicas.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  selector: { matchLabels: { app: api } }\n  replicas: 3\n');
    expect(patch.workloads.map((w) => w.partial)).toEqual([true]);
    const res = parseK8s('k8s/p.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  selector: { matchLabels: { app: api } }\n  template:\n    spec:\n      containers: [{ name: api, image: x }]\n');
    expect(res.workloads.map((w) => w.partial)).toEqual([false]);
  });
});
