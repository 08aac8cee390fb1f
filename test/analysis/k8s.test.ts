import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helmChartOf, helmDefines, helmOverrides, helmValues, mayRenderProbe, joinPath, neutraliseHelm, parseCompose, parseK8s, probeFromValues, removedIn, resolveValues, truthy, unrendered, type HelmBlock, type Probe } from '../../src/analysis/k8s.js';

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
    expect(k.ingresses).toEqual([{ name: 'web', line: 31, rulesLine: 34, hasRules: true, hasTls: false, hosts: ['a.example'], tlsHosts: [], hostless: false }]);
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

describe('removed API versions', () => {
  it('marks objects, workloads and Ingresses of an apiVersion Kubernetes removed, with the version that removed it', () => {
    const k = parseK8s('k8s/x.yaml', 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: a }\nspec: { rules: [{ host: a.example.com }] }\n---\napiVersion: apps/v1beta2\nkind: Deployment\nmetadata: { name: d }\nspec: { selector: {}, template: { spec: { containers: [{ name: c }] } } }\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: b }\n---\napiVersion: extensions/v1beta1\nkind: Service\nmetadata: { name: s }\n');
    expect(k.objects.map((o) => [o.name, o.removedIn])).toEqual([['a', '1.22'], ['d', '1.16'], ['b', undefined], ['s', undefined]]);
    expect(k.ingresses.map((i) => [i.name, i.apiVersion, i.removedIn])).toEqual([['a', 'extensions/v1beta1', '1.22'], ['b', undefined, undefined]]);
    expect(k.workloads.map((w) => [w.name, w.apiVersion, w.removedIn])).toEqual([['d', 'apps/v1beta2', '1.16']]);
    expect(removedIn('Deployment', 'apps/v1')).toBeUndefined();
    expect(removedIn('constructor', 'x')).toBeUndefined();
  });
});

describe('Helm', () => {
  it('neutralises template actions, keeping lines, marking opaque includes and values markers', () => {
    const n = neutraliseHelm('{{- if .Values.on }}\nkind: Deployment\nname: {{ include "x" . }}\npath: {{ .Values.probes.path | quote }}\nport: {{ default 8080 .Values.port }}\n  {{- toYaml .Values.extra | nindent 2 }}\n{{- end }}\n');
    expect(n.text.split('\n')).toEqual(['', 'kind: Deployment', 'name: TEMPLATED', 'path: "{{V:probes.path}}"', 'port: "{{V:port|8080}}"', '', '', '']);
    expect([...n.opaque]).toEqual([[6, 2]]);
  });

  it('passes a `required` value through as a marker, in either form; any other function stays TEMPLATED', () => {
    const n = neutraliseHelm('a: {{ required "readinessProbe.httpGet.path is required" .Values.readinessProbe.httpGet.path }}\nb: {{ .Values.port | required "a | port" }}\nc: {{ required "x" .Values.p | quote }}\nd: {{ required "x" (include "t" .) }}\ne: {{ requiredEnv "x" .Values.q }}\n');
    expect(n.text.split('\n')).toEqual(['a: "{{V:readinessProbe.httpGet.path}}"', 'b: "{{V:port}}"', 'c: "{{V:p}}"', 'd: TEMPLATED', 'e: TEMPLATED', '']);
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
      { name: 'api', line: 2, build: 'api', healthchecks: [{ url: 'http://localhost:8000/health', path: '/health', port: 8000, line: 5, fails: true }], ports: [], published: false, aliases: [] },
      { name: 'db', line: 6, image: 'postgres:16', healthchecks: [], ports: [], published: false, aliases: [] },
    ]);
    // Published ports and the names a service answers to on the network (hardcoded-secret's compose servers).
    const named = parseCompose('compose.yaml', 'services:\n  db:\n    container_name: app-db\n    hostname: db1\n    networks:\n      back:\n        aliases: [database, pg]\n      front:\n    expose: ["5432"]\n  web:\n    ports: ["8080:80"]\n');
    expect(named.services.map((s) => [s.name, s.published, s.aliases, s.ports])).toEqual([
      ['db', false, ['app-db', 'db1', 'database', 'pg'], ['5432']],
      ['web', true, [], ['80']],
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

describe('Helm: the blocks around each line', () => {
  // Each line's enclosing blocks, innermost last: their conditions (`!` negated, `?` unknown) and what `.` is.
  const stack = (text: string) =>
    neutraliseHelm(text).blocks.map((b) => {
      const out: string[] = [];
      for (let x: HelmBlock | undefined = b; x; x = x.parent) {
        const conds = x.conds.map((c) => `${c.negated ? '!' : ''}${c.path}`).join('&');
        out.unshift(`${conds}${x.unknown ? '?' : ''}${typeof x.dot === 'object' ? `@${'values' in x.dot ? x.dot.values : `include:${x.dot.include}`}` : ''}`);
      }
      return out.join(' / ');
    });

  it('follows if/else if/else, with (and its dot), not, and of simple conditions, nested', () => {
    const text = [
      '{{- if .Values.api.enabled }}',
      'a: 1',
      '  {{- with .Values.api.probe }}',
      '  b: {{ .path }}',
      '    {{- if .enabled }}',
      '    c: 1',
      '    {{- end }}',
      '  {{- else }}',
      '  d: 1',
      '  {{- end }}',
      '{{- else if and $.Values.b (not .Values.c) }}',
      'e: 1',
      '{{- else }}',
      'f: 1',
      '{{- end }}',
      'g: 1',
    ].join('\n');
    expect(stack(text)).toEqual([
      '',
      'api.enabled',
      'api.enabled',
      'api.enabled / api.probe@api.probe',
      'api.enabled / api.probe@api.probe',
      'api.enabled / api.probe@api.probe / api.probe.enabled@api.probe',
      'api.enabled / api.probe@api.probe / api.probe.enabled@api.probe',
      'api.enabled / api.probe@api.probe',
      'api.enabled / !api.probe',
      'api.enabled / !api.probe',
      'api.enabled',
      '!api.enabled&b&!c',
      '!api.enabled&b&!c',
      // ¬(b ∧ ¬c) is no conjunction: only ¬api.enabled is known.
      '!api.enabled?',
      '!api.enabled?',
      '',
    ]);
  });

  it('range: its body renders only for a non-empty list; `.` is each element; `.Values` inside a `with` is not the chart\'s', () => {
    const text = '{{- range .Values.workers }}\na: {{ .name }}\n{{- if .Values.on }}\nb: 1\n{{- end }}\n{{- end }}\n{{- with .Values.x }}\n{{- if .Values.y }}\nc: 1\n{{- end }}\n{{- end }}\n';
    expect(stack(text)).toEqual(['', 'workers', 'workers', 'workers / ?', 'workers / ?', 'workers', '', 'x@x', 'x@x / ?@x', 'x@x / ?@x', 'x@x', '']);
  });

  it('or, eq, functions and variables are unknown; blocks deeper than 64 are unknown', () => {
    const text = '{{- if or .Values.a .Values.b }}\na: 1\n{{- end }}\n{{- if eq .Values.kind "web" }}\nb: 1\n{{- end }}\n{{- if $enabled }}\nc: 1\n{{- end }}\n{{- if .Values.x | default true }}\nd: 1\n{{- end }}\n';
    expect(stack(text).filter((_, i) => [1, 4, 7, 10].includes(i))).toEqual(['?', '?', '?', '?']);
    const deep = `${'{{- if .Values.a }}\n'.repeat(70)}x: 1\n${'{{- end }}\n'.repeat(70)}`;
    const inner = neutraliseHelm(deep).blocks[70]!;
    expect([inner.depth, inner.unknown, inner.conds]).toEqual([70, true, []]);
    expect(neutraliseHelm(deep).blocks[141]).toBeUndefined();
  });

  it('a line\'s content belongs to the blocks open where it starts; unbalanced ends are ignored', () => {
    expect(stack('{{- end }}\n{{ if .Values.a }}x: 1{{ end }}\ny: 1\n')).toEqual(['', 'a', '', '']);
  });

  it('records the values path a toYaml dumps: whole-line, inline after a key, `toYaml .` in a with; not amid other text', () => {
    const n = neutraliseHelm('{{- with .Values.p }}\n  {{- toYaml . | nindent 2 }}\n{{- end }}\nk: {{- toYaml .Values.q | nindent 2 }}\nk2: {{ .Values.r | toYaml }}\nk3: a {{ toYaml .Values.s }}\n{{- toYaml $.Values.t.u }}\n{{- toYaml .Values.v | quote }}\n');
    expect([...n.dumps]).toEqual([[2, 'p'], [4, 'q'], [5, 'r'], [7, 't.u']]);
  });

  it('a line is opaque when an action renders: named templates (directly, through `$v` or a `with include`) are recorded; assignments and control render nothing', () => {
    const n = neutraliseHelm(
      [
        '{{- $m := include "a.mounts" . }}',
        '{{- if $m }}',
        '{{- $m | nindent 2 }}',
        '{{- end }}',
        '{{- with include "a.env" . }}',
        '{{- . | nindent 2 }}',
        '{{- end }}',
        '{{- include "a.x" . | nindent 2 }}{{ include "a.y" . | indent 2 }}',
        '{{- $m = toYaml .Values.x }}',
        '{{- $m | nindent 2 }}',
        '{{- include "a.z" . | fromYaml | toYaml | nindent 2 }}',
        '{{- . | nindent 2 }}',
        '{{/* include "a.c" */}}',
        '{{ template "a.t" . }}',
      ].join('\n'),
    );
    expect([...n.opaque.keys()]).toEqual([3, 6, 8, 10, 11, 12, 14]);
    expect([...n.opaqueVia]).toEqual([[3, ['a.mounts']], [6, ['a.env']], [8, ['a.x', 'a.y']], [14, ['a.t']]]);
  });

  it('never throws, and keeps one block entry per line, on arbitrary control actions', () => {
    const word = fc.constantFrom('if', 'with', 'range', 'else', 'else if', 'end', 'define "x"', 'and', 'not', '.Values.a', '$.Values.b', '.', '(', ')', '$x :=');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 5 }), { maxLength: 30 }), (ls) => {
        const text = ls.map((ws) => `{{- ${ws.join(' ')} }}\nk: 1`).join('\n');
        expect(neutraliseHelm(text).blocks.length).toBe(text.split('\n').length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Helm: probes under conditions and filled from values', () => {
  const deploy = (containers: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector: {}
  template:
    spec:
      containers:
${containers}`;
  const probes = (text: string) => parseK8s('charts/app/templates/d.yaml', deploy(text)).workloads[0]!.containers.map((c) => c.probes.map((p) => ({ ...p })));

  it('records the conditions around the probe key but not those around its container, and where toYaml fills it from', () => {
    const ps = probes(
      [
        '        {{- if .Values.api.enabled }}',
        '        - name: api',
        '          image: x',
        '          {{- with .Values.apiServer.readinessProbe }}',
        '          readinessProbe:',
        '            {{- toYaml . | nindent 12 }}',
        '          {{- end }}',
        '          {{- if .Values.live.enabled }}',
        '          livenessProbe: {{- toYaml .Values.live.probe | nindent 12 }}',
        '          {{- end }}',
        '          startupProbe:',
        '            httpGet: { path: /s, port: http }',
        '        {{- end }}',
        '',
      ].join('\n'),
    );
    expect(ps).toEqual([
      [
        { kind: 'readiness', type: 'unknown', line: 14, when: [{ path: 'apiServer.readinessProbe' }], from: 'apiServer.readinessProbe' },
        { kind: 'liveness', type: 'unknown', line: 18, when: [{ path: 'live.enabled' }], from: 'live.probe' },
        { kind: 'startup', type: 'http', line: 21, path: '/s', port: 'http' },
      ],
    ]);
  });

  it('one key written in two branches is two probes, each with its conditions; an unknown condition is marked', () => {
    const ps = probes(
      [
        '        - name: api',
        '          image: x',
        '          {{- if .Values.customLivenessProbe }}',
        '          livenessProbe: {{- include "tpl" .Values.customLivenessProbe | nindent 12 }}',
        '          {{- else if or .Values.a .Values.b }}',
        '          livenessProbe:',
        '            tcpSocket: { port: 80 }',
        '          {{- end }}',
        '',
      ].join('\n'),
    );
    expect(ps[0]!.map((p) => [p.line, p.type, p.when, p.whenUnknown, p.from])).toEqual([
      [13, 'unknown', [{ path: 'customLivenessProbe' }], undefined, undefined],
      [15, 'tcp', [{ path: 'customLivenessProbe', negated: true }], true, undefined],
    ]);
  });

  it('a key whose whole value is rendered with nindent keeps the lines under it (sealed-secrets: `livenessProbe: {{- include … | nindent 12 }}` then `httpGet:`)', () => {
    const ps = probes(
      [
        '        - name: api',
        '          image: x',
        '          {{- if .Values.livenessProbe.enabled }}',
        '          livenessProbe: {{- include "render" (dict "value" (omit .Values.livenessProbe "enabled") "context" $) | nindent 12 }}',
        '            httpGet:',
        '              path: /healthz',
        '              port: http',
        '          {{- end }}',
        '          readinessProbe: {{ include "x" . }}',
        '',
      ].join('\n'),
    );
    expect(ps[0]!.map((p) => [p.kind, p.type, p.path, p.line])).toEqual([
      ['readiness', 'unknown', undefined, 18],
      ['liveness', 'http', '/healthz', 15],
    ]);
  });

  // Reloader's chart: the image written per registry/digest choice, the container's keys after the `{{end}}`.
  const reloader = (tail: string) =>
    [
      '      {{- if .Values.global.imageRegistry }}',
      '      - image: "{{ .Values.global.imageRegistry }}/{{ .Values.image.name }}"',
      '      {{- else }}',
      '      {{- if .Values.image.digest }}',
      '      - image: "{{ .Values.image.repository }}@{{ .Values.image.digest }}"',
      '      {{- else }}',
      '      - image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
      '      {{- end }}',
      '      {{- end }}',
      '        name: reloader',
      ...tail.split('\n'),
    ].join('\n');

  it('the if/else branches that each open one list item, continued after the `{{end}}`, are one item: its keys and probes are that item\'s; its image is the branch taken when every condition is unset', () => {
    const k = parseK8s('charts/app/templates/d.yaml', deploy(reloader('        livenessProbe:\n          httpGet: { path: /live, port: http }\n        readinessProbe:\n          httpGet: { path: /metrics, port: http }\n')));
    const cs = k.workloads[0]!.containers;
    expect(cs.map((c) => [c.name, c.line, c.image, c.probes.map((p) => [p.kind, p.path, p.when])])).toEqual([
      ['reloader', 11, '{{V:image.repository}}:{{V:image.tag}}', [['readiness', '/metrics', undefined], ['liveness', '/live', undefined]]],
    ]);
  });

  it('without probes after the `{{end}}`, that one item is one container without probes', () => {
    const cs = parseK8s('charts/app/templates/d.yaml', deploy(reloader('        ports: [{ containerPort: 9090 }]\n'))).workloads[0]!.containers;
    expect(cs.map((c) => [c.line, c.probes.length, c.ports])).toEqual([[11, 0, ['9090']]]);
  });

  it('a probe written inside one branch of such an item keeps that branch\'s condition', () => {
    const text = [
      '        {{- if .Values.legacy }}',
      '        - image: old',
      '          livenessProbe: { tcpSocket: { port: 80 } }',
      '        {{- else }}',
      '        - image: new',
      '        {{- end }}',
      '          name: api',
      '          readinessProbe: { tcpSocket: { port: 80 } }',
      '',
    ].join('\n');
    const cs = parseK8s('charts/app/templates/d.yaml', deploy(text)).workloads[0]!.containers;
    expect(cs.map((c) => [c.name, c.image, c.probes.map((p) => [p.kind, p.when])])).toEqual([
      ['api', 'new', [['readiness', undefined], ['liveness', [{ path: 'legacy' }]]]],
    ]);
  });

  it('branches that each hold a whole item, or items of one branch, or items at another column, stay separate', () => {
    const whole = [
      '        {{- if .Values.sidecar }}',
      '        - name: a',
      '          image: x',
      '          readinessProbe: { tcpSocket: { port: 80 } }',
      '        {{- else }}',
      '        - name: b',
      '          image: y',
      '        {{- end }}',
      '        - name: c',
      '          image: z',
      '',
    ].join('\n');
    expect(parseK8s('charts/app/templates/d.yaml', deploy(whole)).workloads[0]!.containers.map((c) => [c.name, c.probes.length])).toEqual([['a', 1], ['b', 0], ['c', 0]]);
    // Two items in one branch are two items even when keys follow the `{{end}}`.
    const same = ['        {{- if .Values.a }}', '        - name: a', '        - name: b', '        {{- end }}', '          image: y', ''].join('\n');
    expect(parseK8s('charts/app/templates/d.yaml', deploy(same)).workloads[0]!.containers.map((c) => c.name)).toEqual(['a', 'b']);
    // An if without else, followed by an item of its own, then keys: the two openers are not alternatives.
    const seq = ['        - name: a', '        {{- if .Values.b }}', '        - name: b', '        {{- end }}', '          image: y', ''].join('\n');
    expect(parseK8s('charts/app/templates/d.yaml', deploy(seq)).workloads[0]!.containers.map((c) => c.name)).toEqual(['a', 'b']);
    // A key inside the last branch is not after the `{{end}}`.
    const inside = ['        {{- if .Values.a }}', '        - name: a', '        {{- else }}', '        - name: b', '          {{- if .Values.c }}', '          x: 1', '          {{- end }}', '          image: y', '        {{- end }}', ''].join('\n');
    expect(parseK8s('charts/app/templates/d.yaml', deploy(inside)).workloads[0]!.containers.map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('merging keeps every line in place and never throws on arbitrary control actions', () => {
    const text = reloader('        image: z\n');
    expect(neutraliseHelm(text).text.split('\n')).toHaveLength(text.split('\n').length);
    expect(neutraliseHelm(text).text.split('\n').filter((l) => l.trimStart().startsWith('- '))).toHaveLength(1);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('{{- if .Values.a }}', '{{- else }}', '{{- else if .Values.b }}', '{{- end }}', '- a: 1', '  b: 2', '- c', '  {{ include "x" . }}', ''), { maxLength: 40 }), (ls) => {
        const t = ls.join('\n');
        expect(neutraliseHelm(t).text.split('\n')).toHaveLength(t.split('\n').length);
      }),
    );
  });

  it('plain manifests record no conditions', () => {
    const k = parseK8s('k8s/d.yaml', deploy('        - name: api\n          image: x\n          readinessProbe: { tcpSocket: { port: 80 } }\n'));
    expect(k.workloads[0]!.containers[0]!.probes).toEqual([{ kind: 'readiness', type: 'tcp', line: 12 }]);
  });
});

describe('Helm values: truthiness, what renders, probes from values', () => {
  it('Go template truthiness', () => {
    expect([undefined, null, false, 0, '', [], {}].map(truthy)).toEqual([false, false, false, false, false, false, false]);
    expect([true, 1, 'x', [0], { a: null }].map(truthy)).toEqual([true, true, true, true, true]);
  });

  it('a probe does not render when one known condition is false, or its toYaml source is missing', () => {
    const values = { api: { probe: {}, on: true, off: false }, p: { httpGet: { path: '/h' } } };
    expect(unrendered({ when: [{ path: 'api.on' }, { path: 'api.probe' }] }, values)).toEqual({ path: 'api.probe', value: {} });
    expect(unrendered({ when: [{ path: 'api.on', negated: true }] }, values)).toEqual({ path: 'api.on', value: true, negated: true });
    expect(unrendered({ when: [{ path: 'api.off' }], whenUnknown: true }, values)).toEqual({ path: 'api.off', value: false });
    expect(unrendered({ from: 'nope' }, values)).toEqual({ path: 'nope', value: undefined });
    // Near misses: true conditions; unknown ones alone; a filled source; no values at all.
    expect(unrendered({ when: [{ path: 'api.on' }, { path: 'api.off', negated: true }], from: 'p' }, values)).toBeUndefined();
    expect(unrendered({ whenUnknown: true }, values)).toBeUndefined();
    expect(unrendered({ when: [{ path: 'api.probe' }] }, undefined)).toBeUndefined();
    // Paths walk own keys only.
    expect(unrendered({ when: [{ path: 'api.constructor' }] }, values)).toEqual({ path: 'api.constructor', value: undefined });
  });

  it('types a probe filled from values: httpGet path and port; not a template string', () => {
    const p: Probe = { kind: 'liveness', type: 'unknown', line: 9, from: 'livenessProbe' };
    expect(probeFromValues(p, { livenessProbe: { httpGet: { path: '/healthz', port: 'http' } } })).toEqual({ ...p, type: 'http', path: '/healthz', port: 'http' });
    expect(probeFromValues(p, { livenessProbe: { httpGet: { port: 8080 } } })).toMatchObject({ type: 'http', path: '/', port: '8080' });
    expect(probeFromValues(p, { livenessProbe: { exec: { command: ['true'] } } }).type).toBe('exec');
    expect(probeFromValues(p, { livenessProbe: { httpGet: { path: '{{ .Values.base }}/h' } } })).toBe(p);
    expect(probeFromValues(p, { livenessProbe: 'x' })).toBe(p);
  });

  const ws = (files: Record<string, string>) => {
    const shared = new Map<string, unknown>();
    return {
      text: (p: string) => files[p],
      captured: Object.keys(files).sort(),
      shared: <T>(k: string, f: () => T): T => (shared.has(k) ? (shared.get(k) as T) : (shared.set(k, f()), shared.get(k) as T)),
    };
  };

  it('a subchart\'s values: its own, with the parent\'s section and global merged over them (null deletes)', () => {
    const values = helmValues(
      ws({
        'deploy/values.yaml': 'global: { env: prod }\napi:\n  probe: { enabled: true }\n  extra: null\n',
        'deploy/charts/api/values.yaml': 'probe: { enabled: false, path: /h }\nextra: 1\n',
        'deploy/charts/web/values.yaml': 'probe: {}\n',
      }),
    );
    expect(values('deploy/charts/api')).toEqual({ probe: { enabled: true, path: '/h' }, global: { env: 'prod' } });
    expect(values('deploy/charts/web')).toEqual({ probe: {}, global: { env: 'prod' } });
  });

  it('reads the charts\' named templates (nested blocks inside), and whether one may render a probe', () => {
    const defines = helmDefines(
      ws({
        'chart/templates/_helpers.tpl': '{{- define "a.mounts" -}}\n{{- if .x }}\nvolumeMounts:\n{{ include "a.ca" . | nindent 2 }}\n{{- end }}\n{{- end }}\n{{- define "a.ca" }}\n- name: ca\n{{- end }}\n{{- define "a.p" }}\n{{ include "a.q" . }}\n{{- end }}\n',
        'chart/charts/common/templates/_probes.tpl': '{{- define "a.q" }}\nlivenessProbe: {{ include (print "x") . }}\n{{- end }}\n{{- define "a.dyn" }}\n{{ include $name . }}\n{{- end }}\n',
        'chart/templates/deploy.yaml': '{{- define "a.yaml" }}\n{{- end }}\n',
      }),
    );
    expect([...defines.keys()]).toEqual(['a.q', 'a.dyn', 'a.mounts', 'a.ca', 'a.p']);
    expect(defines.get('a.mounts')![0]!.split('\n')).toHaveLength(6);
    expect(['a.mounts', 'a.ca', 'a.p', 'a.q', 'a.dyn', 'missing'].map((n) => mayRenderProbe(n, defines))).toEqual([false, false, true, true, true, true]);
  });

  it('a chart\'s other values files, each merged over its defaults; not another chart\'s, nor those for CI and local development', () => {
    const overrides = helmOverrides(
      ws({
        'chart/values.yaml': 'probe: { enabled: false }\nimage: x\n',
        'chart/values-prod.yaml': 'probe: { enabled: true }\n',
        'chart/values.eu.yaml': 'image: y\n',
        'chart/ci/test-values.yaml': 'probe: { enabled: true }\n',
        'chart/values-localdev.yaml': 'probe: { enabled: true }\n',
        'other/values.prod.yaml': 'probe: {}\n',
      }),
    );
    expect(overrides('chart')).toEqual([
      { probe: { enabled: true }, image: 'x' },
      { probe: { enabled: false }, image: 'y' },
    ]);
  });
});
