import { describe, expect, it } from 'vitest';
import check from '../../src/checks/k8s-missing-probes/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';
import { testCheck } from '../helpers/check-tester.js';

const workload = (kind: string, container: string, selector = true) =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: api\nspec:\n${selector ? '  selector:\n    matchLabels: { app: api }\n' : ''}  template:\n    spec:\n      containers:\n${container}`;
const c = (probes: string) => `        - name: api\n          image: ghcr.io/acme/api:1\n${probes}`;
const ready = '          readinessProbe:\n            httpGet: { path: /ready, port: 8080 }\n';
const live = '          livenessProbe:\n            tcpSocket: { port: 8080 }\n';

describe('k8s-missing-probes', () => {
  it.each(['Deployment', 'StatefulSet', 'DaemonSet'])('reports a %s container without probes, at the container', async (kind) => {
    const fs = await findingsOf(check, { 'k8s/api.yaml': workload(kind, c('')) });
    expect(fs.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['k8s-missing-probes', 'P1', 11]]);
    expect(fs[0]!.message).toContain('no readinessProbe and no livenessProbe');
  });

  it('a Deployment of a removed API version (extensions/v1beta1) cannot be applied: likely, naming it; an apps/v1 copy of it is proven', async () => {
    const old = workload('Deployment', c('')).replace('apps/v1', 'extensions/v1beta1');
    const fs = await findingsOf(check, { 'k8s/api.yaml': old });
    expect(fs.map((f) => [f.line, f.certainty, f.gap])).toEqual([[11, 'likely', '`extensions/v1beta1` Deployment was removed in Kubernetes 1.16: this manifest cannot be applied to a current cluster as written']]);
    expect((await findingsOf(check, { 'k8s/api.yaml': old.replace('extensions/v1beta1', 'apps/v1beta2') })).map((f) => f.certainty)).toEqual(['likely']);
    const both = await findingsOf(check, { 'k8s/api.yaml': old, 'k8s/v1/api.yaml': workload('Deployment', c('')) });
    expect(both.map((f) => [f.path, f.certainty])).toEqual([['k8s/api.yaml', 'proven']]);
  });

  it('reports the one probe that is missing', async () => {
    expect((await findingsOf(check, { 'k8s/api.yaml': workload('Deployment', c(ready)) }))[0]!.message).toContain('no livenessProbe');
    expect((await findingsOf(check, { 'k8s/api.yaml': workload('Deployment', c(live)) }))[0]!.message).toContain('no readinessProbe');
  });

  it('near-misses: both probes (any type), Jobs and CronJobs, kustomize patches without a selector, Helm includes', async () => {
    expect(await findingsOf(check, { 'k8s/a.yaml': workload('Deployment', c(ready + live)) })).toEqual([]);
    expect(await findingsOf(check, { 'k8s/j.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata: { name: m }\nspec:\n  template:\n    spec:\n      containers:\n        - name: m\n          image: x\n' })).toEqual([]);
    expect(await findingsOf(check, { 'k8s/patch.yaml': workload('Deployment', c(''), false) })).toEqual([]);
    const helm = workload('Deployment', c('          {{- include "probes" . | nindent 10 }}\n'));
    expect(await findingsOf(check, { 'chart/templates/d.yaml': helm })).toEqual([]);
  });

  // stakater/Reloader's chart: the `- image:` line written per registry/digest choice, the container's other keys after the `{{end}}`.
  const alternatives = (keys: string) =>
    workload(
      'Deployment',
      [
        '      {{- if .Values.global.imageRegistry }}',
        '      - image: "{{ .Values.global.imageRegistry }}/{{ .Values.image.name }}:{{ .Values.image.tag }}"',
        '      {{- else }}',
        '      {{- if .Values.image.digest }}',
        '      - image: "{{ .Values.image.repository }}@{{ .Values.image.digest }}"',
        '      {{- else }}',
        '      - image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
        '      {{- end }}',
        '      {{- end }}',
        '        name: reloader',
        keys,
      ].join('\n'),
    );
  const chartValues = 'global:\n  imageRegistry: ""\nimage:\n  repository: ghcr.io/stakater/reloader\n  tag: v1\n  digest: ""\n';

  it('the if/else alternatives of one container\'s first line are one container: its probes after the `{{end}}` count; without them it is reported once', async () => {
    const probed = alternatives(ready.replace(/^ {2}/gm, '') + live.replace(/^ {2}/gm, ''));
    expect(await findingsOf(check, { 'chart/templates/deployment.yaml': probed, 'chart/values.yaml': chartValues })).toEqual([]);
    const bare = await findingsOf(check, { 'chart/templates/deployment.yaml': alternatives('        ports: [{ containerPort: 9090 }]\n'), 'chart/values.yaml': chartValues });
    expect(bare.map((f) => [f.line, f.message.includes('no readinessProbe and no livenessProbe')])).toEqual([[12, true]]);
  });

  it('alternatives that each hold a whole container are separate containers: the one without probes is reported', async () => {
    const text = workload(
      'Deployment',
      ['        {{- if .Values.legacy }}', '        - name: old', '          image: x', ready.trimEnd(), live.trimEnd(), '        {{- else }}', '        - name: new', '          image: y', '        {{- end }}', ''].join('\n'),
    );
    const fs = await findingsOf(check, { 'chart/templates/deployment.yaml': text, 'chart/values.yaml': 'legacy: false\n' });
    expect(fs.map((f) => [f.line, f.data?.container])).toEqual([[19, 'new']]);
  });

  it('fixtures: readiness only in the Express base; the Go repo\'s redis; the patch and chart are fine', async () => {
    expect((await findingsOf(check, fixtureRepo('express-kustomize'))).map((f) => [f.path, f.line, f.message.includes('no livenessProbe')])).toEqual([['k8s/base/deployment.yaml', 13, true]]);
    expect((await findingsOf(check, fixtureRepo('go-raw'))).map((f) => [f.path, f.line])).toEqual([['deploy/k8s/redis.yaml', 14]]);
    expect(await findingsOf(check, fixtureRepo('fastapi-gateway'))).toEqual([]);
  });

  it('fixture helm-copies: the api container without probes once, at the raw manifest, with its base and chart copies; patches and the chart\'s probed worker are fine', async () => {
    const fs = await findingsOf(check, fixtureRepo('helm-copies'));
    expect(fs.map((f) => [f.path, f.line, f.messageId, f.related])).toEqual([
      ['k8s/deploy.yaml', 15, 'missingCopies', [{ path: 'helm/app/templates/deploy.yaml', line: 17 }, { path: 'kustomize/base/deploy.yaml', line: 15 }]],
    ]);
    expect(fs[0]!.message).toContain('the same container is also defined in 2 other files');
  });
});

// A chart's Deployment; `keys` go after the container's image (at its key level, column 10), `pod` after the last container.
const chart = (keys: string, pod = '', name = '{{ .Chart.Name }}') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
spec:
  selector:
    matchLabels:
      {{- include "app.selectorLabels" . | nindent 6 }}
  template:
    spec:
      containers:
        - name: ${name}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
${keys}          ports:
            - containerPort: 8080
${pod}`;
const values = 'image:\n  repository: ghcr.io/acme/api\n  tag: "1.2"\n';
const podToYaml = '      {{- with .Values.affinity }}\n      affinity:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n{{- toYaml .Values.tolerations | nindent 6 }}\n';
const plain = (name = 'api', image = 'ghcr.io/acme/api:1.2') => workload('Deployment', `        - name: api\n          image: ${image}\n`).replace('name: api\nspec', `name: ${name}\nspec`);

// The onyx chart's shape: a probe under `with .Values.x.readinessProbe`, filled by `toYaml .`.
const withProbe = (key: 'readiness' | 'liveness') =>
  `          {{- with .Values.api.${key}Probe }}\n          ${key}Probe:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n`;
const enabledProbe = '          {{- if .Values.api.readinessProbe.enabled }}\n          readinessProbe:\n            httpGet: { path: /ready, port: 8080 }\n          {{- end }}\n';
// A key-level line that renders a named template, through a variable (onyx's volumeMounts), and the chart's helpers.
const mounts = '          {{- $mounts := include "app.mounts" (dict "ctx" . "volumeMounts" .Values.volumeMounts) }}\n          {{- if $mounts }}\n          {{- $mounts | nindent 10 }}\n          {{- end }}\n';
const helpers = (body: string) => `{{- define "app.caMount" -}}\n- name: ca\n  mountPath: /etc/ssl/ca\n{{- end }}\n\n{{- define "app.mounts" -}}\n{{- if .volumeMounts }}\n${body}\n{{- end }}\n{{- end }}\n`;
// Bitnami's shape: the probe rendered from values with `include … | nindent`, its handler written under the key; else a custom one.
const bitnami = (key: 'readiness' | 'liveness') => {
  const cap = key === 'readiness' ? 'Readiness' : 'Liveness';
  return `          {{- if .Values.${key}Probe.enabled }}\n          ${key}Probe: {{- include "common.render" (dict "value" (omit .Values.${key}Probe "enabled") "context" $) | nindent 12 }}\n            httpGet:\n              path: /healthz\n              port: http\n          {{- else if .Values.custom${cap}Probe }}\n          ${key}Probe: {{- include "common.render" (dict "value" .Values.custom${cap}Probe "context" $) | nindent 12 }}\n          {{- end }}\n`;
};
const helmFiles = (keys: string, valuesYaml: string, more: Record<string, string> = {}) => ({ 'charts/app/templates/deployment.yaml': chart(keys), 'charts/app/values.yaml': values + valuesYaml, ...more });

testCheck(check, {
  valid: [
    { name: 'with: values.yaml gives a probe map', files: helmFiles(withProbe('readiness') + live, 'api:\n  readinessProbe:\n    httpGet: { path: /ready, port: http }\n') },
    { name: 'if .enabled: true in values.yaml', files: helmFiles(enabledProbe + live, 'api:\n  readinessProbe:\n    enabled: true\n') },
    { name: 'an unknown condition cannot be told', files: helmFiles('          {{- if or .Values.a .Values.b }}\n' + enabledProbe.split('\n').slice(1, 3).join('\n') + '\n          {{- end }}\n' + live, 'a: false\nb: false\n') },
    { name: 'a named template that mentions a probe may render one', files: helmFiles(mounts, '', { 'charts/app/templates/_helpers.tpl': helpers('readinessProbe:\n  tcpSocket: { port: 80 }') }) },
    { name: 'a named template it includes mentions a probe', files: helmFiles(mounts, '', { 'charts/app/templates/_helpers.tpl': helpers('{{ include "app.probes" . }}') + '{{- define "app.probes" }}\nlivenessProbe: {}\n{{- end }}\n' }) },
    { name: 'a named template not in the repository (a packaged dependency)', files: helmFiles(mounts, '') },
    { name: 'a named template that renders values text (tpl)', files: helmFiles(mounts, '', { 'charts/app/templates/_helpers.tpl': helpers('{{ tpl .extra .ctx }}') }) },
    { name: 'other text at the key level (`$x` not from an include) may hold anything', files: helmFiles(mounts.replace('include "app.mounts"', 'toYaml'), '', { 'charts/app/templates/_helpers.tpl': helpers('volumeMounts: []') }) },
    { name: 'bitnami shape, enabled by default (sealed-secrets)', files: helmFiles(bitnami('readiness') + bitnami('liveness'), 'readinessProbe:\n  enabled: true\nlivenessProbe:\n  enabled: true\n') },
    { name: 'bitnami shape, disabled but a custom probe given', files: helmFiles(bitnami('readiness') + bitnami('liveness'), 'readinessProbe:\n  enabled: false\ncustomReadinessProbe:\n  exec: { command: [true] }\nlivenessProbe:\n  enabled: true\n') },
    { name: 'no values.yaml: the condition cannot be read', files: { 'charts/app/templates/deployment.yaml': chart(withProbe('readiness') + live) } },
    {
      name: 'another values file of the chart turns it on',
      files: helmFiles(withProbe('readiness') + live, 'api:\n  readinessProbe: {}\n', { 'charts/app/values-prod.yaml': 'api:\n  readinessProbe:\n    httpGet: { path: /ready, port: http }\n' }),
    },
    {
      name: 'one key in two branches: the else branch renders (bitnami `customLivenessProbe`)',
      files: helmFiles(
        '          {{- if .Values.customReadinessProbe }}\n          readinessProbe: {{- include "tplvalues" .Values.customReadinessProbe | nindent 12 }}\n          {{- else if .Values.readinessProbe.enabled }}\n          readinessProbe: {{- include "tplvalues" (omit .Values.readinessProbe "enabled") | nindent 12 }}\n          {{- end }}\n' + live,
        'customReadinessProbe: {}\nreadinessProbe:\n  enabled: true\n',
      ),
    },
    {
      name: 'a whole container behind a false condition is not deployed: its probes are not its own conditions',
      files: {
        'charts/app/templates/deployment.yaml': chart(ready + live, '        {{- end }}\n').replace('        - name:', '        {{- if .Values.worker.enabled }}\n        - name:'),
        'charts/app/values.yaml': `${values}worker:\n  enabled: false\n`,
      },
    },
    { name: 'a key-level include may render the probes', files: { 'charts/app/templates/deployment.yaml': chart('          {{- include "app.probes" . | nindent 10 }}\n'), 'charts/app/values.yaml': values } },
    { name: 'a key-level toYaml at column 0 (nindent gives the column)', files: { 'charts/app/templates/deployment.yaml': chart('{{- toYaml .Values.probes | nindent 10 }}\n') } },
    {
      name: 'probes behind `if`, one filled by toYaml',
      files: { 'charts/app/templates/deployment.yaml': chart('          {{- if .Values.probes.enabled }}\n          readinessProbe:\n            {{- toYaml .Values.readinessProbe | nindent 12 }}\n          livenessProbe:\n            httpGet: { path: /live, port: 8080 }\n          {{- end }}\n') },
    },
    {
      name: 'a patch listed by a kustomization, with a selector and containers',
      files: {
        'k8s/base/kustomization.yaml': 'resources:\n  - ../app\n',
        'k8s/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: probes-off.yaml\n    target: { kind: Deployment, name: api }\npatchesStrategicMerge:\n  - ./sm.yaml\n  - |-\n    apiVersion: apps/v1\n    kind: Deployment\npatchesJson6902:\n  - target: { kind: Deployment, name: api }\n    path: ../shared/j.yaml\n',
        'k8s/overlays/prod/probes-off.yaml': plain(),
        'k8s/overlays/prod/sm.yaml': plain(),
        'k8s/overlays/shared/j.yaml': plain(),
      },
    },
    { name: 'a patch without containers', files: { 'k8s/overlays/prod/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  selector: { matchLabels: { app: api } }\n  replicas: 3\n  template:\n    spec:\n      nodeSelector: { pool: big }\n' } },
  ],
  invalid: [
    {
      name: 'a key-level include of a named template that renders no probe (volumeMounts, onyx): judged, likely',
      files: helmFiles(mounts, '', { 'charts/app/templates/_helpers.tpl': helpers('volumeMounts:\n{{ include "app.caMount" . | nindent 2 }}') }),
      errors: [{ messageId: 'missing', line: 12, certainty: 'likely', gap: "`app.mounts`, rendered at the container's key level, is taken to render no probe: no definition of it in the chart names one" }],
    },
    {
      name: 'the same through `with include` and `.`',
      files: helmFiles('          {{- with include "app.mounts" . }}\n          {{- . | nindent 10 }}\n          {{- end }}\n', '', { 'charts/app/templates/_helpers.tpl': helpers('volumeMounts: []') }),
      errors: [{ messageId: 'missing', line: 12, certainty: 'likely' }],
    },
    {
      name: 'with: values.yaml defaults the probe to {} (onyx api-server)',
      files: helmFiles(withProbe('readiness') + live, 'api:\n  readinessProbe: {}\n'),
      errors: [{ messageId: 'byDefault', line: 12, data: { missing: 'readinessProbe', defaults: "the chart's default values.yaml leaves `api.readinessProbe` empty, so the chart renders none" } }],
    },
    {
      name: 'both probes under with, neither set; one key never written',
      files: helmFiles(withProbe('liveness'), ''),
      errors: [{ messageId: 'byDefault', line: 12, data: { missing: 'readinessProbe and no livenessProbe', defaults: "the chart's default values.yaml does not set `api.livenessProbe`, so the chart renders no livenessProbe" } }],
    },
    {
      name: 'if .enabled: false in values.yaml',
      files: helmFiles(enabledProbe + live, 'api:\n  readinessProbe:\n    enabled: false\n'),
      errors: [{ messageId: 'byDefault', line: 12, data: { missing: 'readinessProbe', defaults: "the chart's default values.yaml sets `api.readinessProbe.enabled` to false, so the chart renders none" } }],
    },
    {
      name: 'if not: values.yaml sets the switch that turns it off; another values file that does not turn it on changes nothing',
      files: helmFiles(enabledProbe.replace('if .Values.api.readinessProbe.enabled', 'if not .Values.probes.disabled') + live, 'probes:\n  disabled: true\n', { 'charts/app/values-dev.yaml': 'probes:\n  other: 1\n' }),
      errors: [{ messageId: 'byDefault', line: 12, data: { defaults: "the chart's default values.yaml sets `probes.disabled`, so the chart renders none" } }],
    },
    {
      name: 'an unknown condition beside a false one: the false one decides',
      files: helmFiles('          {{- if and .Values.api.probes (eq .Values.mode "web") }}\n          readinessProbe:\n            httpGet: { path: /ready, port: 8080 }\n          {{- end }}\n' + live, 'api:\n  probes: []\n'),
      errors: [{ messageId: 'byDefault', line: 12, data: { missing: 'readinessProbe' } }],
    },
    {
      name: 'both probes left out by the defaults: one sentence (onyx api-server)',
      files: helmFiles(withProbe('readiness') + enabledProbe.replace(/readiness/g, 'liveness'), 'api:\n  readinessProbe: {}\n  livenessProbe:\n    enabled: false\n'),
      errors: [
        {
          messageId: 'byDefault',
          line: 12,
          data: { missing: 'readinessProbe and no livenessProbe', defaults: "the chart's default values.yaml leaves `api.readinessProbe` empty and sets `api.livenessProbe.enabled` to false, so the chart renders none" },
        },
      ],
    },
    {
      name: 'both left empty: one wording for both values',
      files: helmFiles(withProbe('readiness') + withProbe('liveness'), 'api:\n  readinessProbe: {}\n  livenessProbe: {}\n'),
      errors: [{ messageId: 'byDefault', line: 12, data: { defaults: "the chart's default values.yaml leaves `api.readinessProbe` and `api.livenessProbe` empty, so the chart renders none" } }],
    },
    {
      name: 'bitnami shape, disabled and no custom probe: no branch renders',
      files: helmFiles(bitnami('readiness') + bitnami('liveness'), 'readinessProbe:\n  enabled: false\ncustomReadinessProbe: {}\nlivenessProbe:\n  enabled: true\n'),
      errors: [{ messageId: 'byDefault', line: 12, data: { missing: 'readinessProbe', defaults: "the chart's default values.yaml sets `readinessProbe.enabled` to false, so the chart renders none" } }],
    },
    {
      name: 'a probe filled by toYaml of a value values.yaml does not set',
      files: helmFiles('          readinessProbe: {{- toYaml .Values.readinessProbe | nindent 12 }}\n' + live, ''),
      errors: [{ messageId: 'byDefault', line: 12, data: { defaults: "the chart's default values.yaml does not set `readinessProbe`, so the chart renders none" } }],
    },
    {
      name: 'pod-level toYaml after the last container does not hide it',
      files: { 'charts/app/templates/deployment.yaml': chart('', podToYaml), 'charts/app/values.yaml': values },
      errors: [{ messageId: 'missing', line: 12, data: { container: '{{…}}', name: '{{…}}', missing: 'readinessProbe and no livenessProbe' } }],
    },
    {
      name: 'toYaml under resources, env and securityContext does not hide it',
      files: { 'charts/app/templates/deployment.yaml': chart('          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n          env:\n{{- toYaml .Values.env | nindent 12 }}\n          readinessProbe:\n            httpGet: { path: /ready, port: 8080 }\n') },
      errors: [{ messageId: 'missing', line: 12, data: { missing: 'livenessProbe' } }],
    },
    {
      name: 'a container named by a template is judged, shown with its template part',
      files: { 'charts/app/templates/deployment.yaml': chart('', '', '{{ .Values.nameOverride }}-web') },
      errors: [{ messageId: 'missing', line: 12, data: { container: '{{…}}-web' } }],
    },
    {
      name: 'a workload listed under resources (not patches) is judged',
      files: { 'k8s/kustomization.yaml': 'resources:\n  - deploy.yaml\npatches:\n  - path: other.yaml\n', 'k8s/deploy.yaml': plain() },
      errors: [{ messageId: 'missing', line: 11, path: 'k8s/deploy.yaml' }],
    },
    {
      name: 'copies in raw manifests, a kustomize base and a Helm chart: once, at the raw manifest, with the others',
      files: {
        'k8s/deploy.yaml': plain(),
        'kustomize/base/deploy.yaml': plain('api', 'registry.example.com:5000/acme/api:2.0'),
        'helm/app/templates/deploy.yaml': chart(''),
        'helm/app/values.yaml': values,
      },
      errors: [
        {
          messageId: 'missingCopies',
          line: 11,
          path: 'k8s/deploy.yaml',
          data: { copies: '2 other files' },
          related: [{ path: 'helm/app/templates/deploy.yaml', line: 12 }, { path: 'kustomize/base/deploy.yaml', line: 11 }],
        },
      ],
    },
    {
      name: 'near-miss: two workloads of one image are two findings; a chart copy of that image matches neither',
      files: { 'k8s/api.yaml': plain('api'), 'k8s/worker.yaml': plain('worker'), 'helm/app/templates/deploy.yaml': chart(''), 'helm/app/values.yaml': values },
      errors: [
        { messageId: 'missing', line: 12, path: 'helm/app/templates/deploy.yaml' },
        { messageId: 'missing', line: 11, path: 'k8s/api.yaml' },
        { messageId: 'missing', line: 11, path: 'k8s/worker.yaml' },
      ],
    },
  ],
});

describe('k8s-missing-probes: toYaml of values at the container\'s key level', () => {
  const chart = (values: string, extra = '') => ({
    'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
    'charts/app/values.yaml': values,
    'charts/app/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  selector:
    matchLabels: { app: app }
  template:
    spec:
      containers:
        - name: app
          image: acme/app:1
          env:
{{ toYaml .Values.extraEnvs | indent 10 }}
${extra}`,
  });
  it('a list or nothing in values.yaml renders no probe key: the container is judged (likely); a map with a probe key may render one', async () => {
    const fs = await findingsOf(check, chart('extraEnvs: []\n'));
    expect(fs.map((f) => [f.line, f.certainty, f.gap])).toEqual([[11, 'likely', "`toYaml .Values.extraEnvs`, rendered at the container's key level, is taken to render no probe: no values file of the chart gives a map with a probe there"]]);
    expect(await findingsOf(check, chart('extraEnvs:\n  livenessProbe:\n    tcpSocket: { port: 80 }\n  readinessProbe:\n    tcpSocket: { port: 80 }\n'))).toEqual([]);
    // Another values file of the chart may give the map.
    expect(await findingsOf(check, { ...chart('extraEnvs: []\n'), 'charts/app/values-prod.yaml': 'extraEnvs:\n  readinessProbe: { httpGet: { path: /r, port: 80 } }\n  livenessProbe: { httpGet: { path: /l, port: 80 } }\n' })).toEqual([]);
  });
});

describe("k8s-missing-probes: a chart's condition around the container itself (triage: prometheus-community/helm-charts)", () => {
  const chart = (values: string, more: Record<string, string> = {}) => ({
    'charts/am/Chart.yaml': 'apiVersion: v2\nname: am\nversion: 1.0.0\n',
    'charts/am/values.yaml': values,
    'charts/am/templates/statefulset.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: am
spec:
  selector:
    matchLabels: { app: am }
  template:
    spec:
      containers:
        {{- if .Values.configmapReload.enabled }}
        - name: configmap-reload
          image: quay.io/prometheus-operator/prometheus-config-reloader:v0.80.0
        {{- end }}
        - name: alertmanager
          image: quay.io/prometheus/alertmanager:v0.28.0
          readinessProbe:
            httpGet: { path: /-/ready, port: 9093 }
          livenessProbe:
            httpGet: { path: /-/healthy, port: 9093 }
`,
    ...more,
  });

  it('is likely when the default values leave the condition false (or unset), the condition named', async () => {
    const off = await findingsOf(check, chart('configmapReload:\n  enabled: false\n'));
    expect(off.map((f) => [f.line, f.severity, f.certainty, f.gap])).toEqual([
      [12, 'P1', 'likely', 'the chart renders this container only when `configmapReload.enabled`, and its default values.yaml sets `configmapReload.enabled` to false'],
    ]);
    const unset = await findingsOf(check, chart('other: 1\n'));
    expect(unset.map((f) => f.gap)).toEqual(['the chart renders this container only when `configmapReload.enabled`, and its default values.yaml does not set `configmapReload.enabled`']);
  });

  it('near misses: enabled by default, or by another values file of the chart: proven', async () => {
    expect((await findingsOf(check, chart('configmapReload:\n  enabled: true\n'))).map((f) => [f.line, f.certainty])).toEqual([[12, 'proven']]);
    expect((await findingsOf(check, chart('configmapReload:\n  enabled: false\n', { 'charts/am/values-prod.yaml': 'configmapReload:\n  enabled: true\n' }))).map((f) => [f.line, f.certainty])).toEqual([[12, 'proven']]);
  });
});
