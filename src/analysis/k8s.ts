// The Kubernetes model, parsed once per file (SourceFile.memo): every document of every manifest
// (multi-document files, `kind: List`), Helm templates read best-effort, compose healthchecks.
// Read by k8s-ingress-without-tls, k8s-missing-probes, k8s-probe-route-mismatch, no-deployment-manifest.
//
// API
//   K8S_GLOBS / isK8sCandidate(path)  YAML files that may hold manifests (not workflows or CI files)
//   k8sOf(f)                          memoised parseK8s(path, text) → K8sFile (plain facts, serialisable)
//   parseK8s(path, text)              objects, workloads with containers and probes, ingresses
//   helmChartOf(path)                 the chart folder of a template (`charts/api/templates/x.yaml` → `charts/api`)
//   neutraliseHelm(text)              template actions blanked (lines kept), `.Values.x` → `{{V:x}}` markers,
//                                     the `if`/`with`/`range` blocks around each line, `toYaml` dumps,
//                                     one list item written once per if/else branch merged into one
//   resolveValues(s, values)          markers replaced from a parsed values.yaml (simple paths only)
//   helmValues(ws)                    chart folder → its parsed values.yaml (captured), parsed once per run;
//                                     a subchart's merged with its parent's section
//   helmOverrides(ws)                 chart folder → its other values files (`values-prod.yaml`…), merged over its defaults
//   helmDefines(ws) / mayRenderProbe  the charts' named templates (`define`), and whether one may render a probe
//   unrendered(probe, values)         the condition (or empty `toYaml` source) that keeps a Helm probe from rendering
//   probeFromValues(probe, values)    a probe filled by `toYaml .Values.p`, typed from values.yaml (httpGet path, port)
//   imageRepository(image)            `ghcr.io/acme/api:1.2@sha256:…` → `acme/api` (no registry, tag or digest)
//   composeOf(path, text)             compose services: healthcheck URLs, build context, image
//
// Helm: a line holding only template actions is blanked (one that renders — `include`, `toYaml`,
// `$var`, `.` — is "opaque": it may emit keys we cannot see, at the indentation it renders to; control
// actions and assignments render nothing; the names of the templates it renders are kept, when it
// renders only named templates, for the checks to read in the chart); an opaque line makes a
// container opaque only at that container's own key level (where it could render `livenessProbe:`),
// not deeper (under `resources:`, `env:`) nor outside it (pod-level `affinity`, `volumes`);
// inline `{{ .Values.a.b }}` (with `| quote`, `default`, `required`)
// becomes a marker resolved later from the chart's values.yaml; any other inline action becomes
// `TEMPLATED`. Values stay unresolved when values.yaml does not give a scalar.
import { parse } from 'yaml';
import type { SourceFile } from '../workspace/source-file.js';
import type { Workspace } from '../workspace/workspace.js';
import { httpUrls } from './dockerfile.js';
import { isLoopbackHost } from './secrets/filters.js';
import { looksLikeNginx } from './service-map/nginx.js';
import { entries, get, isMap, isSeq, items, parseYaml, startOf, str, strList, type Node, type YamlFile } from './yaml.js';

export const K8S_GLOBS = ['**/*.yaml', '**/*.yml'] as const;

export type ProbeKind = 'readiness' | 'liveness' | 'startup';

export interface Probe {
  kind: ProbeKind;
  type: 'http' | 'tcp' | 'exec' | 'grpc' | 'unknown';
  /** httpGet path (may hold `{{V:...}}` markers in Helm templates). */
  path?: string;
  port?: string;
  /** The `path:` line for HTTP probes, else the probe's key line. */
  line: number;
  /** Helm: the conditions of the `if`/`with`/`range` blocks around the probe key but not around its container (all must hold for the chart to render it). */
  when?: HelmCond[];
  /** Helm: one such block's condition could not be read (`or`, `eq`, a variable, deeper than 64 blocks). */
  whenUnknown?: true;
  /** Helm: the values path a `toYaml` fills the probe from (`toYaml .Values.p`, or `toYaml .` inside `with .Values.p`). */
  from?: string;
}

/** A condition Helm evaluates for a block: the truthiness of one values path (`negated`: under `not`, or an `else`). */
export interface HelmCond {
  path: string;
  negated?: true;
}

export interface Container {
  name: string;
  line: number;
  image?: string;
  probes: Probe[];
  /** Its `ports`: each containerPort (as text) and each port name, as declared. */
  ports: string[];
  /** An opaque template line at the container's own key level: it may render probes we cannot see. */
  opaque: boolean;
  /** When every such line renders only named templates (`include "x.volumeMounts"`): their names, to read in the chart. */
  opaqueVia?: string[];
  /** `command` (replaces the image's ENTRYPOINT) and `args` (its CMD), joined, when the manifest sets them. */
  command?: string;
  args?: string;
  /** A chart's conditions around the container itself (`{{- if .Values.sidecar.enabled }}`): it renders only when they hold. */
  when?: HelmCond[];
}

export interface Workload {
  kind: string;
  name: string;
  line: number;
  containers: Container[];
  /** No spec.selector, or no `containers` at all: a kustomize patch or partial document, not a deployable resource. */
  partial: boolean;
  /** A Knative `serving.knative.dev` Service (Cloud Run's `service.yaml`): kind `Service`, pod template under spec.template. */
  knative?: true;
  /** The Kubernetes version that removed its apiVersion (REMOVED_APIS), and that apiVersion. */
  removedIn?: string;
  apiVersion?: string;
}

export interface Ingress {
  name: string;
  line: number;
  /** Line of `rules:` (where the finding points). */
  rulesLine?: number;
  hasRules: boolean;
  hasTls: boolean;
  /** TLS terminated by the load balancer, as an annotation says. */
  tlsAnnotation?: string;
  hosts: string[];
  /** The hosts `spec.tls` lists (none: its certificate covers the rules' hosts, or a template fills it). */
  tlsHosts: string[];
  /** Some rule has no `host`: it serves every name the load balancer receives. */
  hostless: boolean;
  /** The Kubernetes version that removed its apiVersion (REMOVED_APIS), and that apiVersion. */
  removedIn?: string;
  apiVersion?: string;
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  name: string;
  line: number;
  /** The Kubernetes version that removed its apiVersion (REMOVED_APIS): the API server refuses it. */
  removedIn?: string;
}

export interface K8sFile {
  path: string;
  objects: K8sObject[];
  workloads: Workload[];
  ingresses: Ingress[];
  /** The Helm chart folder when the file is a chart template. */
  chart?: string;
  /** nginx configurations held in ConfigMap data (a sidecar's routes), with the file line of their first line. */
  nginx?: Array<{ line: number; text: string }>;
  malformed?: string;
}

export const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'CronJob', 'Job', 'ReplicaSet', 'Pod', 'Rollout', 'DeploymentConfig']);
const PROBED_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

// API versions Kubernetes removed, by kind, with the version that removed them (the Kubernetes
// deprecated API migration guide): an object written with one cannot be applied to a current cluster.
const REMOVED_APIS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Deployment: { 'extensions/v1beta1': '1.16', 'apps/v1beta1': '1.16', 'apps/v1beta2': '1.16' },
  DaemonSet: { 'extensions/v1beta1': '1.16', 'apps/v1beta2': '1.16' },
  StatefulSet: { 'apps/v1beta1': '1.16', 'apps/v1beta2': '1.16' },
  ReplicaSet: { 'extensions/v1beta1': '1.16', 'apps/v1beta1': '1.16', 'apps/v1beta2': '1.16' },
  NetworkPolicy: { 'extensions/v1beta1': '1.16' },
  Ingress: { 'extensions/v1beta1': '1.22', 'networking.k8s.io/v1beta1': '1.22' },
  IngressClass: { 'networking.k8s.io/v1beta1': '1.22' },
  CronJob: { 'batch/v1beta1': '1.25' },
  PodDisruptionBudget: { 'policy/v1beta1': '1.25' },
  HorizontalPodAutoscaler: { 'autoscaling/v2beta1': '1.25', 'autoscaling/v2beta2': '1.26' },
};

/** The Kubernetes version that removed `apiVersion` for `kind`, if it did. */
export function removedIn(kind: string, apiVersion: string): string | undefined {
  return Object.hasOwn(REMOVED_APIS, kind) && Object.hasOwn(REMOVED_APIS[kind]!, apiVersion) ? REMOVED_APIS[kind]![apiVersion] : undefined;
}

/** The gap of a finding on an object of a removed API version: it proves nothing deployed. */
export function removedGap(o: { kind: string; apiVersion: string; removedIn: string }): string {
  return `\`${o.apiVersion}\` ${o.kind} was removed in Kubernetes ${o.removedIn}: this manifest cannot be applied to a current cluster as written`;
}

// Annotations by which a cloud load balancer terminates TLS for an Ingress without spec.tls.
const TLS_ANNOTATIONS = [
  'alb.ingress.kubernetes.io/certificate-arn',
  'networking.gke.io/managed-certificates',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
  'service.beta.kubernetes.io/aws-load-balancer-ssl-cert',
  'appgw.ingress.kubernetes.io/appgw-ssl-certificate',
];

/** Files that are CI configurations or compose files, not manifests. */
function notManifest(path: string): boolean {
  return /^\.github\/|^\.gitlab-ci\.yml$|^\.circleci\/|(^|\/)(docker-)?compose[^/]*\.ya?ml$|(^|\/)\.pre-commit|(^|\/)mkdocs\.ya?ml$|(^|\/)pnpm-lock\.yaml$|(^|\/)(Chart|values[^/]*)\.ya?ml$/.test(path);
}

export function isK8sCandidate(path: string): boolean {
  return /\.ya?ml$/.test(path) && !notManifest(path);
}


/**
 * Kustomize overlays and folders for local development, and manifests named for a local cluster
 * (`java25-minikube.yml`, `k3d.yaml`: quarkusio/quarkus-super-heroes): not what runs in production.
 */
export function isDevPath(path: string): boolean {
  return /(^|\/)(overlays\/)?(dev|development|local|localdev|kind|minikube)\//.test(path) || /(?:^|[-_.])(?:minikube|k3d|microk8s|docker-desktop)(?:[-_.]|$)/.test(path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, ''));
}

/** The chart folder of a Helm template path. */
export function helmChartOf(path: string): string | undefined {
  const i = path.lastIndexOf('/templates/');
  if (i === -1) return path.startsWith('templates/') ? '.' : undefined;
  return path.slice(0, i);
}

/** The file's Kubernetes objects, parsed once per file; with `ctx`, a malformed file is reported through it (counted once). */
/** `malformed`: told when the file does not parse (a check passes its own ctx.malformed). */
export function k8sOf(f: SourceFile, malformed?: (path: string, kind: string, reason: string) => void): K8sFile {
  const k = f.memo('k8s', () => parseK8s(f.path, f.text));
  if (malformed && k.malformed !== undefined) malformed(f.path, 'yaml', k.malformed);
  return k;
}

export function parseK8s(path: string, text: string): K8sFile {
  const out: K8sFile = { path, objects: [], workloads: [], ingresses: [] };
  // Cheap pre-filter: a manifest names its kind and apiVersion.
  if (!text.includes('kind') || !text.includes('apiVersion')) return out;
  const chart = helmChartOf(path);
  const helm = chart !== undefined || text.includes('{{');
  let t: Template = { opaque: new Map(), lines: [], dumps: new Map(), opaqueVia: new Map(), blocks: [], items: new Map() };
  let src = text;
  if (helm) {
    const n = neutraliseHelm(text);
    src = n.text;
    t = { opaque: n.opaque, lines: n.opaque.size > 0 ? src.split('\n') : [], dumps: n.dumps, opaqueVia: n.opaqueVia, blocks: n.blocks, items: n.items };
    if (chart !== undefined) out.chart = chart;
  }
  const y = parseYaml(src);
  // Errors in a Helm template are the template language's, not the manifest's: best effort, silent.
  if (y.error !== undefined && !helm) out.malformed = y.error;
  for (const d of y.docs) {
    for (const obj of objectsOf(d.root)) readObject(obj, y, out, t, helm);
  }
  return out;
}

function objectsOf(root: Node | null): Node[] {
  if (!isMap(root)) return [];
  if (str(get(root, 'kind')) === 'List' || (str(get(root, 'kind'))?.endsWith('List') && get(root, 'items'))) return items(get(root, 'items')).filter(isMap) as Node[];
  return [root];
}

/** Opaque template lines (1-based) → the indentation their output renders at. */
type Opaque = Map<number, number>;
/** What containerOf needs of a Helm template: its opaque lines, the neutralised lines (empty when none is opaque), its dumps and blocks (HelmTemplate). */
interface Template {
  opaque: Opaque;
  lines: readonly string[];
  dumps: ReadonlyMap<number, string>;
  opaqueVia: ReadonlyMap<number, string[]>;
  blocks: ReadonlyArray<HelmBlock | undefined>;
  items: ReadonlyMap<number, HelmBlock | undefined>;
}

function readObject(node: Node, y: YamlFile, out: K8sFile, t: Template, helm: boolean): void {
  const apiVersion = str(get(node, 'apiVersion'));
  const kind = str(get(node, 'kind'));
  if (apiVersion === undefined || kind === undefined) return;
  const lineOf = (n: Parameters<typeof startOf>[0]) => {
    const o = startOf(n);
    return o === undefined ? 1 : y.lineOf(o);
  };
  // The column of a node's first character, from the neutralised line it starts on (Helm only).
  const columnOf = (n: Node): number => {
    const l = t.lines[lineOf(n) - 1];
    if (l === undefined) return 0;
    const dash = /^(\s*(?:-\s+)*)/.exec(l)!;
    return dash[1]!.length;
  };
  const meta = get(node, 'metadata');
  const name = shown(str(get(meta, 'name')) ?? '');
  const line = lineOf(get(node, 'kind')) ?? lineOf(node);
  // A chart that picks its apiVersion by the cluster's capabilities writes the key once per branch:
  // only a single one says what it applies.
  const removed = helm && entries(node).filter(([k]) => k === 'apiVersion').length > 1 ? undefined : removedIn(kind, apiVersion);
  const old = removed !== undefined ? { removedIn: removed, apiVersion } : {};
  out.objects.push({ apiVersion, kind, name, line, ...(removed !== undefined ? { removedIn: removed } : {}) });
  const spec = get(node, 'spec');
  const knative = kind === 'Service' && apiVersion.startsWith('serving.knative.dev/');
  if (WORKLOAD_KINDS.has(kind) || knative) {
    const podSpec = kind === 'Pod' ? spec : kind === 'CronJob' ? get(get(get(get(spec, 'jobTemplate'), 'spec'), 'template'), 'spec') : get(get(spec, 'template'), 'spec');
    const list = get(podSpec, 'containers');
    const nodes = items(list).filter((c) => isMap(c));
    // Opaque template lines belong to the container they follow (up to the next one, or up to the
    // first line outside it): at its key level they may render its probes.
    const starts = nodes.map((c) => lineOf(c));
    const containers: Container[] = nodes.map((c, i) => containerOf(c, lineOf, t, starts[i]!, starts[i + 1] ?? Number.MAX_SAFE_INTEGER, columnOf(c)));
    // A strategic-merge patch names what it changes (replicas, resources) and may carry no containers.
    const partial = PROBED_KINDS.has(kind) && (get(spec, 'selector') === undefined || list === undefined);
    out.workloads.push({ kind, name, line, containers, partial, ...(knative ? { knative: true as const } : {}), ...old });
  } else if (kind === 'ConfigMap') {
    for (const [, v] of entries(get(node, 'data')).slice(0, 100)) {
      const text = str(v);
      if (text === undefined || !looksLikeNginx(text)) continue;
      const block = (v as { type?: string } | undefined)?.type?.startsWith('BLOCK_') === true;
      (out.nginx ??= []).push({ line: lineOf(v) + (block ? 1 : 0), text });
    }
  } else if (kind === 'Ingress') {
    const rules = get(spec, 'rules');
    const tls = get(spec, 'tls');
    const annotations = get(meta, 'annotations');
    const ann = TLS_ANNOTATIONS.find((a) => get(annotations, a) !== undefined);
    const tlsPair = entries(spec).find(([k]) => k === 'tls');
    const rulesPair = entries(spec).find(([k]) => k === 'rules');
    const ing: Ingress = {
      name,
      line,
      hasRules: items(rules).length > 0 || (helm && rulesPair !== undefined),
      // In a Helm template `tls:` is usually under `{{- if .Values.ingress.tls }}` or filled by
      // `toYaml`: its presence is what the chart offers. In a plain manifest it must list something.
      hasTls: tlsPair !== undefined && (items(tls).length > 0 || (helm && !(isSeq(tls) && items(tls).length === 0))),
      hosts: items(rules).map((r) => str(get(r, 'host'))).filter((h): h is string => h !== undefined),
      tlsHosts: items(tls).flatMap((t) => items(get(t, 'hosts')).map((h) => str(h))).filter((h): h is string => h !== undefined).slice(0, 100),
      hostless: items(rules).some((r) => !str(get(r, 'host'))),
      ...old,
    };
    if (rulesPair) ing.rulesLine = lineOf(rulesPair[2]);
    if (ann) ing.tlsAnnotation = ann;
    out.ingresses.push(ing);
  }
}

function containerOf(c: Node, lineOf: (n: Parameters<typeof startOf>[0]) => number, t: Template, from: number, to: number, keyColumn: number): Container {
  const container: Container = { name: shown(str(get(c, 'name')) ?? ''), line: lineOf(c), probes: [], ports: [], opaque: false };
  for (const p of items(get(c, 'ports')).slice(0, 100)) {
    for (const key of ['containerPort', 'name']) {
      const v = str(get(p, key));
      if (v !== undefined) container.ports.push(v);
    }
  }
  const image = str(get(c, 'image'));
  if (image !== undefined) container.image = image;
  // An item written once per branch (mergeAlternativeItems) has one `image:` per branch. Without the
  // chart's values here, the image is the one of the branch every condition of which is negated: what
  // renders when the chart's optional settings (a registry override, a digest) are left empty.
  const images = t.blocks.length > 0 ? entries(c).filter(([k]) => k === 'image').slice(0, 8) : [];
  if (images.length > 1) {
    const fallThrough = images.find(([, , pair]) => {
      const cond = conditionsOf(t, lineOf(pair), container.line);
      return cond.whenUnknown === undefined && cond.when !== undefined && cond.when.every((x) => x.negated === true);
    });
    const text = fallThrough ? str(fallThrough[1]) : undefined;
    if (text !== undefined) container.image = text;
  }
  const guards = enclosingConds(t, container.line);
  if (guards.length > 0) container.when = guards;
  const command = strList(get(c, 'command')).slice(0, 50);
  if (command.length > 0) container.command = command.join(' ');
  const args = strList(get(c, 'args')).slice(0, 50);
  if (args.length > 0) container.args = args.join(' ');
  for (const kind of ['readiness', 'liveness', 'startup'] as const) {
    // A template may write one key twice, in two branches (`if .Values.customLivenessProbe` … `else`): each is a probe.
    for (const pair of entries(c).filter(([k]) => k === `${kind}Probe`).slice(0, 8)) {
      const p = pair[1];
      const http = get(p, 'httpGet');
      const probe: Probe = { kind, type: http ? 'http' : get(p, 'tcpSocket') ? 'tcp' : get(p, 'exec') ? 'exec' : get(p, 'grpc') ? 'grpc' : 'unknown', line: lineOf(pair[2]) };
      if (t.blocks.length > 0) {
        Object.assign(probe, conditionsOf(t, probe.line, container.line));
        if (probe.type === 'unknown') {
          const filled = t.dumps.get(probe.line) ?? (str(p) === undefined ? dumpedInto(t, probe.line, keyColumn, to) : undefined);
          if (filled !== undefined) probe.from = filled;
        }
      }
      if (http) {
        const path = str(get(http, 'path'));
        if (path !== undefined) {
          probe.path = path;
          probe.line = lineOf(entries(http).find(([k]) => k === 'path')![2]);
        } else probe.path = '/';
        const port = str(get(http, 'port'));
        if (port !== undefined) probe.port = port;
      } else if (probe.type === 'exec') {
        // An exec probe that calls the container's own URL with a client failing on HTTP errors
        // (`curl -f http://localhost:8080/health`, wget) is an HTTP probe of that path.
        const u = httpUrls(strList(get(get(p, 'exec'), 'command')).slice(0, 50).join(' ')).find((x) => x.fails && /^https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?(?:\/|$)/.test(x.url));
        if (u) {
          probe.path = u.path;
          probe.port = String(u.port ?? (u.url.startsWith('https') ? 443 : 80));
        }
      }
      container.probes.push(probe);
    }
  }
  const opaque = t.opaque.size > 0 ? opaqueAtKeys(t, from, to, keyColumn) : [];
  container.opaque = opaque.length > 0;
  if (container.opaque && opaque.every((l) => t.opaqueVia.has(l))) container.opaqueVia = [...new Set(opaque.flatMap((l) => t.opaqueVia.get(l)!))];
  return container;
}

/**
 * The read conditions of the blocks that enclose a line, up to the document: the chart renders the
 * line only when they all hold, so one of them false is enough (a block whose condition is not read,
 * `eq .Values.kind "DaemonSet"`, adds nothing). None beyond MAX_BLOCKS of nesting.
 */
function enclosingConds(t: Template, line: number): HelmCond[] {
  const when: HelmCond[] = [];
  let n = 0;
  for (let b = t.items.has(line) ? t.items.get(line) : t.blocks[line - 1]; b !== undefined; b = b.parent) {
    if (++n > MAX_BLOCKS) return [];
    when.push(...b.conds);
  }
  return when;
}

/**
 * The conditions of the blocks that enclose a probe key but not its container: the chart renders
 * the probe only when they all hold. Walks at most MAX_BLOCKS blocks each way.
 */
function conditionsOf(t: Template, line: number, containerLine: number): Pick<Probe, 'when' | 'whenUnknown'> {
  const outer = new Set<HelmBlock>();
  let b = t.items.has(containerLine) ? t.items.get(containerLine) : t.blocks[containerLine - 1];
  for (; b !== undefined && outer.size < MAX_BLOCKS; b = b.parent) outer.add(b);
  if (b !== undefined) return { whenUnknown: true };
  const when: HelmCond[] = [];
  let unknown = false;
  let n = 0;
  for (b = t.blocks[line - 1]; b !== undefined && !outer.has(b); b = b.parent) {
    if (++n > MAX_BLOCKS) {
      unknown = true;
      break;
    }
    when.push(...b.conds);
    unknown ||= b.unknown;
  }
  return { ...(when.length > 0 ? { when } : {}), ...(unknown ? { whenUnknown: true as const } : {}) };
}

/** The values path an empty probe key is filled from: the first line under it, when that is a dump rendered deeper (blank lines skipped). */
function dumpedInto(t: Template, keyLine: number, keyColumn: number, to: number): string | undefined {
  const end = Math.min(to, t.lines.length + 1, keyLine + 10);
  for (let line = keyLine + 1; line < end; line++) {
    const at = t.opaque.get(line);
    if (at !== undefined) return at > keyColumn ? t.dumps.get(line) : undefined;
    const l = t.lines[line - 1]!.trim();
    if (l !== '' && !l.startsWith('#')) return undefined;
  }
  return undefined;
}

/**
 * The opaque lines that render at the container's own key level (where `livenessProbe:` would
 * be), between its first line and the first content line outside it. Deeper output belongs to one
 * of its keys (`resources:`, `env:`, a probe filled by `toYaml`); shallower output to the pod or the
 * next container. Linear in the container's lines.
 */
function opaqueAtKeys(t: Template, from: number, to: number, keyColumn: number): number[] {
  const out: number[] = [];
  const end = Math.min(to, t.lines.length + 1);
  for (let line = from + 1; line < end; line++) {
    const at = t.opaque.get(line);
    if (at !== undefined) {
      if (at === keyColumn) out.push(line);
      continue;
    }
    const l = t.lines[line - 1]!;
    const indent = l.length - l.trimStart().length;
    const first = l.charAt(indent);
    if (first === '' || first === '#') continue;
    if (indent < keyColumn) break;
  }
  return out;
}

/** A name as shown in messages: a template part (an action or a `.Values` marker) reads `{{…}}`. */
export const TEMPLATE_PART = '{{…}}';
function shown(name: string): string {
  return name.replace(/TEMPLATED|\{\{V:[^}]*\}\}/g, TEMPLATE_PART);
}

/** What neutraliseHelm learns of a template besides its neutralised text. */
export interface HelmTemplate {
  text: string;
  /** Opaque lines (1-based) → the column their output renders at. */
  opaque: Map<number, number>;
  /** Lines (1-based) whose `toYaml` dumps one values path (whole-line, or inline after a key) → that path. */
  dumps: Map<number, string>;
  /** Opaque lines whose output is only named templates' (`include "x"`, `$v` or `.` holding one) → their names. */
  opaqueVia: Map<number, string[]>;
  /** For each line (0-based index), the innermost block enclosing its content; undefined at the top. */
  blocks: Array<HelmBlock | undefined>;
  /** A list item written once per branch (mergeAlternativeItems): its first line (1-based) → the block around all its branches. */
  items: Map<number, HelmBlock | undefined>;
}

/** `.` in a template: the top-level context (`.Values.x` is `x`), a values path, a named template's output (`with include "x"`), or unknown (undefined). */
type Dot = 'root' | { values: string } | { include: string } | undefined;

/** An `if`/`with`/`range`/`define` block (or an `else` branch of one) enclosing template lines. */
export interface HelmBlock {
  parent: HelmBlock | undefined;
  depth: number;
  /** What must hold for its body to render. */
  conds: HelmCond[];
  /** Some condition of its body could not be read. */
  unknown: boolean;
  /** What `.` stands for in its body. */
  dot: Dot;
  /** The branches so far, negated, for a following `else` (the parts that can be: `not (and a b)` cannot). */
  negs: HelmCond[];
  /** Some branch so far could not be negated. */
  negsUnknown: boolean;
  /** Shared by the branches of one `if`/`else if`/`else` chain: only one of them renders. */
  chain: object;
}

/** Blocks nest at most this deep; deeper conditions are unknown. */
const MAX_BLOCKS = 64;

/**
 * Helm/Go template actions neutralised so the YAML parses, with line numbers kept; `opaque`: each
 * line of actions only, one of which renders text (`include`, `toYaml`, `tpl`, `$var`, `.`) → the
 * indentation its output renders at (`nindent N`: N; `indent N`: N after the line's own indentation
 * unless `{{-` trims it; else the line's own indentation). Control actions are followed to know the
 * blocks around each line (see HelmTemplate). Linear in the text.
 */
export function neutraliseHelm(text: string): HelmTemplate {
  const opaque = new Map<number, number>();
  const dumps = new Map<number, string>();
  const opaqueVia = new Map<number, string[]>();
  const blocks: Array<HelmBlock | undefined> = [];
  // Template variables holding a named template's output (`$mounts := include "x.mounts" .`).
  const vars = new Map<string, string>();
  const lines = text.split('\n');
  const out: string[] = [];
  let top: HelmBlock | undefined;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    blocks.push(top);
    if (inComment) {
      if (l.includes('*/}}')) inComment = false;
      out.push('');
      continue;
    }
    if (/\{\{-?\s*\/\*/.test(l) && !/\*\/\s*-?\}\}/.test(l)) {
      inComment = true;
      out.push('');
      continue;
    }
    // Control actions, in order; the line's content belongs to the blocks open where it starts.
    const acts = actionsOf(l);
    let contentSeen = false;
    let last = 0;
    let stripped = '';
    // What this line's actions render: nothing (control, assignments, comments), named templates, or other text.
    const via: string[] = [];
    let renders = false;
    let anonymous = false;
    for (const a of acts) {
      const before = l.slice(last, a.start);
      stripped += before;
      if (!contentSeen && before.trim() !== '') {
        contentSeen = true;
        blocks[i] = top;
      }
      last = a.end;
      const out = output(a.body, top ? top.dot : 'root', vars);
      if (out !== undefined) {
        renders = true;
        if (out === '') anonymous = true;
        else if (via.length < 8) via.push(out);
      }
      const dumped = dumpOf(a.body, top ? top.dot : 'root');
      if (dumped !== undefined) dumps.set(i + 1, dumped);
      else top = control(a.body, top);
    }
    stripped += l.slice(last);
    if (!contentSeen && l.slice(last).trim() !== '') blocks[i] = top;
    if (stripped.trim() === '' && acts.length > 0) {
      // Only actions on this line: control flow, or a block rendered from elsewhere.
      if (renders) {
        opaque.set(i + 1, renderedIndent(l));
        if (!anonymous) opaqueVia.set(i + 1, via);
      } else dumps.delete(i + 1);
      out.push('');
      continue;
    }
    // Inline, a dump counts only as a key's whole value (`livenessProbe: {{ toYaml .Values.p | nindent 12 }}`).
    if (dumps.has(i + 1) && !/^\s*(?:-\s+)?[\w./-]+:\s*\{\{[^{}]*\}\}\s*$/.test(l)) dumps.delete(i + 1);
    // A key's whole value rendered with `nindent` starts on the next line: block content under the
    // key (`livenessProbe: {{- include "x" … | nindent 12 }}` followed by `httpGet:` lines), so the key stays empty.
    if (acts.length === 1 && /\|\s*nindent\s+\d/.test(acts[0]!.body) && /^\s*(?:-\s+)?[\w./-]+:\s*$/.test(l.slice(0, acts[0]!.start)) && l.slice(acts[0]!.end).trim() === '') {
      out.push(l.slice(0, acts[0]!.start).trimEnd());
      continue;
    }
    let replaced = '';
    last = 0;
    for (const a of acts) {
      replaced += l.slice(last, a.start) + inlined(a.body);
      last = a.end;
    }
    l = replaced + l.slice(last);
    // A value that starts with a marker must be quoted to stay a YAML scalar.
    l = l.replace(/^(\s*(?:-\s+)?[\w./-]+:\s+)(\{\{V:[^}]*\}\}\S*)\s*$/, '$1"$2"');
    out.push(l);
  }
  const items = mergeAlternativeItems(out, blocks, opaque);
  return { text: out.join('\n'), opaque, dumps, opaqueVia, blocks, items };
}

/** A line opening a block-sequence item: its dash's column and the column of the item's keys. */
const ITEM_OPENER = /^( *)(- +)(?=[^\s#-])/;
/** How far back the openers of one item are looked for. */
const MAX_ITEM_LINES = 400;
/** At most this many alternatives make one item. */
const MAX_ALTERNATIVES = 16;

/**
 * One list item written once per branch of an `if`/`else if`/`else` chain (`- image: a` / `- image: b`),
 * whose keys follow the `{{end}}`, renders exactly one item: the later openers lose their dash (the
 * item's keys then merge; YAML duplicates are allowed) and the item is recorded (`items`) as lying in
 * the block around the chain, so a key written in one branch keeps that branch's condition. Branches that each
 * hold a whole item (nothing of it after the `{{end}}`) stay separate items. Triggered only on the first
 * content line after a block changes; each look-back is bounded (MAX_ITEM_LINES).
 */
function mergeAlternativeItems(out: string[], blocks: ReadonlyArray<HelmBlock | undefined>, opaque: ReadonlyMap<number, number>): Map<number, HelmBlock | undefined> {
  const items = new Map<number, HelmBlock | undefined>();
  let prev: HelmBlock | undefined | null = null;
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    const indent = l.length - l.trimStart().length;
    const first = l.charAt(indent);
    if (first === '' || first === '#') continue;
    const changed = prev !== null && prev !== blocks[i];
    prev = blocks[i];
    if (!changed || ITEM_OPENER.test(l)) continue;
    const openers = alternativeOpeners(out, blocks, opaque, i, indent);
    if (openers.length < 2) continue;
    for (const o of openers.slice(1)) {
      const m = ITEM_OPENER.exec(out[o]!)!;
      out[o] = m[1]! + ' '.repeat(m[2]!.length) + out[o]!.slice(m[0].length);
    }
    items.set(openers[0]! + 1, commonBlock(openers.map((o) => blocks[o])));
  }
  return items;
}

/**
 * The openers (ascending) of the item whose keys line `at` continues at column `keyColumn`: the
 * nearest opener above, and before it those at the same column, each in another branch of a chain
 * than all the others, with only their own deeper keys between. Empty unless there are two or more
 * and line `at` lies outside all their branches.
 */
function alternativeOpeners(out: readonly string[], blocks: ReadonlyArray<HelmBlock | undefined>, opaque: ReadonlyMap<number, number>, at: number, keyColumn: number): number[] {
  const found: number[] = [];
  let dash = -1;
  const stop = Math.max(0, at - MAX_ITEM_LINES);
  for (let j = at - 1; j >= stop && found.length < MAX_ALTERNATIVES; j--) {
    // Template output at the item's level or above may be other items: not one item's alternatives.
    const rendered = opaque.get(j + 1);
    if (rendered !== undefined) {
      if (dash === -1 ? rendered < keyColumn : rendered <= dash) break;
      continue;
    }
    const l = out[j]!;
    const indent = l.length - l.trimStart().length;
    const first = l.charAt(indent);
    if (first === '' || first === '#') continue;
    // Keys of the item (deeper than its keys' column, then deeper than the dash of its alternatives).
    if (dash === -1 ? indent >= keyColumn : indent > dash) continue;
    const m = ITEM_OPENER.exec(l);
    if (!m || m[1]!.length + m[2]!.length !== keyColumn || (dash !== -1 && m[1]!.length !== dash)) break;
    if (!found.every((o) => exclusive(blocks[j], blocks[o]))) break;
    dash = m[1]!.length;
    found.push(j);
  }
  if (found.length < 2 || !found.every((o) => encloses(blocks[at], blocks[o]))) return [];
  return found.reverse();
}

/** Two lines lie in different branches of one chain (at the innermost chain they share). Bounded by MAX_BLOCKS. */
function exclusive(a: HelmBlock | undefined, b: HelmBlock | undefined): boolean {
  const branchOf = new Map<object, HelmBlock>();
  let n = 0;
  for (let x = a; x !== undefined && n < MAX_BLOCKS; x = x.parent, n++) if (!branchOf.has(x.chain)) branchOf.set(x.chain, x);
  n = 0;
  for (let x = b; x !== undefined && n < MAX_BLOCKS; x = x.parent, n++) {
    const other = branchOf.get(x.chain);
    if (other !== undefined) return other !== x;
  }
  return false;
}

/** `outer` is a proper ancestor of `inner` (undefined: the top, around every block). */
function encloses(outer: HelmBlock | undefined, inner: HelmBlock | undefined): boolean {
  let n = 0;
  for (let x = inner; x !== undefined && n < MAX_BLOCKS; n++) {
    x = x.parent;
    if (x === outer) return true;
  }
  return false;
}

/** The innermost block enclosing every one of these (the top when none does). */
function commonBlock(list: ReadonlyArray<HelmBlock | undefined>): HelmBlock | undefined {
  let n = 0;
  for (let x = list[0]; x !== undefined && n < MAX_BLOCKS; x = x.parent, n++) {
    if (list.every((b) => b === x || encloses(x, b))) return x;
  }
  return undefined;
}

/** The template actions of a line, left to right, each up to the first `}}` (trim markers and spaces off the body); linear. */
function actionsOf(l: string): Array<{ start: number; end: number; body: string }> {
  const out: Array<{ start: number; end: number; body: string }> = [];
  for (let i = l.indexOf('{{'); i !== -1; ) {
    const j = l.indexOf('}}', i + 2);
    if (j === -1) break;
    let body = l.slice(i + 2, j);
    if (body.startsWith('-')) body = body.slice(1);
    if (body.endsWith('-')) body = body.slice(0, -1);
    out.push({ start: i, end: j + 2, body: body.trim() });
    i = l.indexOf('{{', j + 2);
  }
  return out;
}

/** The prefix of a `via` entry that is a values path (`toYaml .Values.extraEnv`), not a named template. */
export const VALUES_VIA = 'values:';

/**
 * What an action renders: undefined for nothing (control actions, assignments, comments), a named
 * template's name when its output is exactly that template's (`include "x" . | nindent 8`, or `.`
 * / `$v` holding one), '' for anything else. Records `$v := include "x"` assignments in `vars`.
 */
function output(body: string, dot: Dot, vars: Map<string, string>): string | undefined {
  if (body.startsWith('/*') || /^(if|with|range|else|end|define)\b/.test(body)) return undefined;
  const assign = /^\$(\w+)\s*:?=\s*([\s\S]*)$/.exec(body);
  if (assign) {
    const named = /^include\s+"([^"\s]+)"/.exec(assign[2]!);
    if (named) vars.set(assign[1]!, named[1]!);
    else vars.delete(assign[1]!);
    return undefined;
  }
  // `toYaml .Values.x` (or `.` inside `with .Values.x`): the chart's values say what it renders.
  const dumped = dumpOf(body, dot);
  if (dumped !== undefined) return `${VALUES_VIA}${dumped}`;
  const [head, ...pipes] = body.split('|').map((x) => x.trim());
  // Indentation and trimming keep the template's output as it is.
  if (pipes.length > 4 || !pipes.every((x) => /^(n?indent\s+\d{1,3}|trim)$/.test(x))) return '';
  const named = /^(?:include|template)\s+"([^"\s]+)"(\s|$)/.exec(head!)?.[1];
  if (named !== undefined) return named;
  if (head === '.' && typeof dot === 'object' && 'include' in dot) return dot.include;
  const v = /^\$(\w+)$/.exec(head!);
  return (v && vars.get(v[1]!)) ?? '';
}

/** An inline action as the neutralised text shows it: a `.Values` marker (with its default) or `TEMPLATED`. */
function inlined(action: string): string {
  // `required "msg" .Values.x` renders the value or fails the install: it passes the value through.
  const req = /^required\s+"[^"]{0,300}"\s+(\$?\.Values\.[\w.]+)/.exec(action);
  const body = (req ? req[1]! + action.slice(req[0].length) : action).replace(/\s*\|\s*required\s+"[^"]{0,300}"/, '');
  const v = /^\$?\.Values\.([\w.]+)(?:\s*\|\s*(?:quote|squote|toString|trim|lower))?(?:\s*\|\s*default\s+("[^"]*"|[\w.]+))?$/.exec(body);
  if (v) return `{{V:${v[1]}${v[2] ? `|${v[2].replace(/"/g, '')}` : ''}}}`;
  const d = /^default\s+("[^"]*"|[\w.-]+)\s+\.Values\.([\w.]+)$/.exec(body);
  if (d) return `{{V:${d[2]}|${d[1]!.replace(/"/g, '')}}}`;
  return 'TEMPLATED';
}

/** The values path a `toYaml` action dumps (`toYaml .Values.p`, `.Values.p | toYaml`, `toYaml .` in a `with`), with an optional `nindent`. */
function dumpOf(body: string, dot: Dot): string | undefined {
  const m = /^toYaml\s+(\S+)\s*(?:\|\s*n?indent\s+\d{1,3}\s*)?$/.exec(body) ?? /^(\S+)\s*\|\s*toYaml\s*(?:\|\s*n?indent\s+\d{1,3}\s*)?$/.exec(body);
  return m ? valuesRef(m[1]!, dot) : undefined;
}

/** The block stack after one action: `if`/`with`/`range`/`define`/`block` open one, `else` replaces it, `end` closes it. */
function control(body: string, top: HelmBlock | undefined): HelmBlock | undefined {
  const m = /^(if|with|range|define|block|else|end)\b\s*([\s\S]*)$/.exec(body);
  if (!m) return top;
  const [, word, rest] = m as unknown as [string, string, string];
  if (word === 'end') return top?.parent ?? undefined;
  if (word === 'else') {
    if (top === undefined) return top;
    const outer = top.parent ? top.parent.dot : 'root';
    const branch = /^(if|with)\b\s*([\s\S]*)$/.exec(rest);
    if (!branch) return { ...top, conds: top.negs, unknown: top.negsUnknown, dot: outer, negs: [], negsUnknown: true };
    const b = opened(branch[1] as 'if' | 'with', branch[2]!, top.parent, outer);
    return { ...b, chain: top.chain, conds: [...top.negs, ...b.conds], unknown: b.unknown || top.negsUnknown, negs: [...top.negs, ...b.negs], negsUnknown: top.negsUnknown || b.negsUnknown };
  }
  return opened(word as 'if' | 'with' | 'range' | 'define' | 'block', rest, top, top ? top.dot : 'root');
}

function opened(word: 'if' | 'with' | 'range' | 'define' | 'block', expr: string, parent: HelmBlock | undefined, dot: Dot): HelmBlock {
  const depth = (parent?.depth ?? 0) + 1;
  if (word === 'define' || word === 'block') return { parent, depth, conds: [], unknown: false, dot: undefined, negs: [], negsUnknown: true, chain: {} };
  // `with $x := .Values.p`, `range $i, $v := .Values.list`: the variables change nothing here.
  const e = expr.replace(/^\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*/, '').trim();
  const c = depth > MAX_BLOCKS ? { conds: [], unknown: true } : condsOf(e, dot);
  const single = c.conds.length === 1 && !c.unknown ? c.conds[0]! : undefined;
  const negs = single ? [single.negated ? { path: single.path } : { path: single.path, negated: true as const }] : [];
  // In a `with`, `.` is its value; in a `range`, each element (unknown).
  const named = /^include\s+"([^"\s]+)"/.exec(e);
  const inner: Dot = word === 'with' ? (single && !single.negated ? { values: single.path } : named ? { include: named[1]! } : undefined) : word === 'range' ? undefined : dot;
  return { parent, depth, ...c, dot: inner, negs, negsUnknown: single === undefined, chain: {} };
}

/**
 * The conditions of an `if`/`with`/`range` pipeline: one values path, `not` one, or `and` of such
 * (each conjunct kept when readable); anything else (`or`, `eq`, functions, variables) is unknown.
 */
function condsOf(expr: string, dot: Dot): { conds: HelmCond[]; unknown: boolean } {
  const and = /^and\s+([\s\S]+)$/.exec(expr);
  const args = and ? splitArgs(and[1]!) : [expr];
  if (args === undefined) return { conds: [], unknown: true };
  const conds: HelmCond[] = [];
  let unknown = false;
  for (const a of args) {
    const inner = a.startsWith('(') && a.endsWith(')') ? a.slice(1, -1).trim() : a;
    const not = /^not\s+(\S+)$/.exec(inner);
    const path = valuesRef(not ? not[1]! : inner, dot);
    if (path === undefined) unknown = true;
    else conds.push(not ? { path, negated: true } : { path });
  }
  return { conds, unknown };
}

/** The arguments of `and`: tokens or one-level parenthesised groups; undefined when it is anything else. */
function splitArgs(s: string): string[] | undefined {
  const out: string[] = [];
  const re = /\s*(\([^()]*\)|[^\s()]+)/y;
  let end = 0;
  for (let m = re.exec(s); m !== null && out.length < 16; m = re.exec(s)) {
    out.push(m[1]!);
    end = re.lastIndex;
  }
  return s.slice(end).trim() === '' && out.length > 0 ? out : undefined;
}

/** The values path a reference names (`.Values.a.b`, `$.Values.a.b`; `.x` or `.` when `.` is a values path). */
function valuesRef(token: string, dot: Dot): string | undefined {
  const abs = /^\$\.Values\.(\w+(?:\.\w+)*)$/.exec(token);
  if (abs) return abs[1];
  const rel = /^\.Values\.(\w+(?:\.\w+)*)$/.exec(token);
  if (rel) return dot === 'root' ? rel[1] : undefined;
  if (typeof dot !== 'object' || !('values' in dot)) return undefined;
  if (token === '.') return dot.values;
  const field = /^\.(\w+(?:\.\w+)*)$/.exec(token);
  return field ? `${dot.values}.${field[1]}` : undefined;
}

/** The column a whole-line block action renders its first line at. */
function renderedIndent(l: string): number {
  const own = l.length - l.trimStart().length;
  const n = /\|\s*nindent\s+(\d{1,3})\b/.exec(l);
  if (n) return Number(n[1]);
  const i = /\|\s*indent\s+(\d{1,3})\b/.exec(l);
  if (i) return Number(i[1]) + (l.trimStart().startsWith('{{-') ? 0 : own);
  return own;
}

/**
 * A `{{V:path|default}}` marker. The default stops at the next marker: on text of many unclosed
 * markers (`{{V:a|{{V:a|…`, a file's line quoted as evidence) `[^}]*` alone rescans the rest from each one.
 */
const VALUES_MARKER = /\{\{V:([\w.]+)(?:\|((?:(?!\{\{V:)[^}])*))?\}\}/g;

/**
 * The `{{V:…}}` markers of neutraliseHelm written back as the chart's author wrote them
 * (`{{ .Values.a.b }}`, `{{ .Values.a.b | default "x" }}`): the marker is internal and must not reach
 * a message (engine/findings.ts toFinding calls this on every finding).
 */
export function helmAsWritten(s: string): string {
  if (!s.includes('{{V:')) return s;
  return s.replace(VALUES_MARKER, (_m, path: string, dflt: string | undefined) =>
    // The marker dropped the default's quotes: a reference (`.Chart.AppVersion`, `$x`) had none.
    dflt === undefined ? `{{ .Values.${path} }}` : `{{ .Values.${path} | default ${/^[.$]/.test(dflt) ? dflt : JSON.stringify(dflt)} }}`,
  );
}

/** Replaces `{{V:a.b|default}}` markers from a values document; undefined when one cannot be resolved. */
export function resolveValues(s: string, values: unknown): string | undefined {
  let ok = true;
  const r = s.replace(VALUES_MARKER, (_m, path: string, dflt: string | undefined) => {
    const v = valueAt(values, path);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (dflt !== undefined) return dflt;
    ok = false;
    return '';
  });
  return ok ? r : undefined;
}

/**
 * A host name that only the machine or a private network resolves: loopback, `.localhost`, and the
 * names reserved for local and private use (`.local` mDNS, `.internal`, `.home.arpa`, `.test`,
 * `.invalid`, `.localdomain`), and a wildcard DNS name for a loopback address (`app.127.0.0.1.nip.io`).
 */
export function isLocalHostName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return isLoopbackHost(h) || /(?:^|\.)(?:local|internal|home\.arpa|test|invalid|localdomain)$/.test(h) || /(?:^|\.)127(?:\.\d{1,3}){3}\.(?:nip|sslip)\.io$/.test(h);
}

/** The value at a dotted path of a values document (undefined when a step is missing or not a map). */
export function valueAt(values: unknown, path: string): unknown {
  let v = values;
  for (const k of path.split('.')) v = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** Go template truthiness (`if`, `with`, `range`): false, 0, nil, "" and empty lists and maps are false. */
export function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/**
 * Why a Helm probe does not render with these values: the first of its conditions that is false
 * (with the value it reads), or the values path that fills it when that is missing or null.
 * Undefined when it renders, or when that cannot be told (no values, a condition not read).
 */
export function unrendered(p: Pick<Probe, 'when' | 'whenUnknown' | 'from'>, values: unknown): { path: string; value: unknown; negated?: true } | undefined {
  if (values === undefined) return undefined;
  for (const c of p.when ?? []) {
    const value = valueAt(values, c.path);
    if (truthy(value) === (c.negated === true)) return { path: c.path, value, ...(c.negated ? { negated: true as const } : {}) };
  }
  // A key filled by `toYaml` of nothing renders `readinessProbe: null`: no probe.
  if (p.from !== undefined) {
    const value = valueAt(values, p.from);
    if (value === undefined || value === null) return { path: p.from, value };
  }
  return undefined;
}

/** A probe filled from values (`toYaml .Values.p`), typed from the map values.yaml gives; as it was when that is no probe map. */
export function probeFromValues(p: Probe, values: unknown): Probe {
  if (p.from === undefined || values === undefined) return p;
  const v = valueAt(values, p.from);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return p;
  const m = v as Record<string, unknown>;
  const http = m['httpGet'];
  if (http !== null && typeof http === 'object' && !Array.isArray(http)) {
    const h = http as Record<string, unknown>;
    const scalar = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : undefined);
    const path = scalar(h['path']) ?? '/';
    const port = scalar(h['port']);
    // A template in values (rendered by `tpl` elsewhere) is not a path or port we can read.
    if (path.includes('{{') || port?.includes('{{')) return p;
    return { ...p, type: 'http', path, ...(port !== undefined ? { port } : {}) };
  }
  const type = m['tcpSocket'] ? 'tcp' : m['exec'] ? 'exec' : m['grpc'] ? 'grpc' : undefined;
  return type ? { ...p, type } : p;
}

/**
 * A chart's values (undefined: none captured, or it does not parse), each values.yaml parsed once
 * per run and shared by the checks that ask (they must capture the charts' values.yaml). A subchart
 * (`<parent>/charts/<sub>`) gets its parent's `<sub>:` section and `global:` merged over its own, as
 * Helm does (aliases in the parent's Chart.yaml are not read).
 */
export function helmValues(ws: Pick<Workspace, 'text' | 'shared'>): (chart: string) => unknown {
  const parsed = ws.shared('helm-values', () => new Map<string, unknown>());
  const valuesOf = (chart: string, depth: number): unknown => {
    if (parsed.has(chart)) return parsed.get(chart);
    const dir = chart === '.' ? '' : `${chart}/`;
    const src = ws.text(`${dir}values.yaml`) ?? ws.text(`${dir}values.yml`);
    let v: unknown;
    if (src !== undefined) {
      try {
        v = parse(src, { logLevel: 'error' }) ?? undefined; // warnings quote the source: never printed
      } catch {
        v = undefined;
      }
    }
    const sub = /^(?:(.*)\/)?charts\/([^/]+)$/.exec(chart);
    if (v !== undefined && sub && depth < 8) {
      const parent = valuesOf(sub[1] ?? '.', depth + 1);
      const section = valueAt(parent, sub[2]!);
      const global = valueAt(parent, 'global');
      if (section !== undefined) v = merged(v, section, 0);
      if (global !== undefined) v = merged(v, { global }, 0);
    }
    parsed.set(chart, v);
    return v;
  };
  return (chart) => valuesOf(chart, 0);
}

/**
 * The chart's other values files (`values-prod.yaml`, `values.eu.yaml`: any captured `*values*.yaml`
 * under the chart folder but not in a subchart; not those for CI, tests or local development), each
 * merged over its defaults as `helm install -f` would: the configurations the repository deploys with.
 */
export function helmOverrides(ws: Pick<Workspace, 'text' | 'shared' | 'captured'>): (chart: string) => unknown[] {
  const byChart = ws.shared('helm-value-overrides', () => {
    const out = new Map<string, string[]>();
    for (const path of ws.captured) {
      if (!/(^|\/)[^/]*values[^/]*\.ya?ml$/.test(path) || /(^|\/)values\.ya?ml$/.test(path)) continue;
      // Values for CI, tests and local development are not how the chart is deployed.
      if (/(^|[-._/])(ci|tests?|dev|development|local|localdev|kind|minikube)([-._/]|$)/i.test(path.slice(path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1))) continue;
      // The nearest folder holding a values.yaml (or a templates/ sibling) is the chart: walk up at most 3 folders.
      let dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
      for (let n = 0; n < 3; n++) {
        const prefix = dir === '.' ? '' : `${dir}/`;
        if (ws.text(`${prefix}values.yaml`) !== undefined || ws.text(`${prefix}values.yml`) !== undefined) {
          out.set(dir, [...(out.get(dir) ?? []), path]);
          break;
        }
        if (dir === '.' || dir.endsWith('/charts') || dir === 'charts') break;
        dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '.';
      }
    }
    return out;
  });
  const parsed = ws.shared('helm-value-overrides-parsed', () => new Map<string, unknown[]>());
  const defaults = helmValues(ws);
  return (chart) => {
    const got = parsed.get(chart);
    if (got) return got;
    const base = defaults(chart);
    const sets: unknown[] = [];
    for (const path of (byChart.get(chart) ?? []).slice(0, 50)) {
      try {
        const v: unknown = parse(ws.text(path) ?? '', { logLevel: 'error' });
        if (v !== null && typeof v === 'object') sets.push(merged(base, v, 0));
      } catch {
        // A file that does not parse configures nothing we can read.
      }
    }
    parsed.set(chart, sets);
    return sets;
  };
}

/** Named templates kept per run, and lines of a body read, at most (hostile charts). */
const MAX_DEFINES = 5_000;
const MAX_BODY_LINES = 2_000;

/**
 * The named templates of the captured chart `.tpl` files (`{{- define "x" }}` up to its `{{- end }}`):
 * name → the text of each body (a name defined in two charts keeps both). Read once per run.
 */
export function helmDefines(ws: Pick<Workspace, 'text' | 'shared' | 'captured'>): ReadonlyMap<string, string[]> {
  return ws.shared('helm-defines', () => {
    const out = new Map<string, string[]>();
    let count = 0;
    for (const path of ws.captured) {
      if (!/(^|\/)templates\/(.*\/)?[^/]*\.tpl$/.test(path)) continue;
      const lines = (ws.text(path) ?? '').split('\n');
      let name: string | undefined;
      let depth = 0;
      let body: string[] = [];
      for (const l of lines) {
        for (const a of actionsOf(l)) {
          const word = /^(define|if|with|range|block|end)\b\s*(?:"([^"\s]+)")?/.exec(a.body);
          if (!word) continue;
          if (word[1] === 'end') depth = Math.max(0, depth - 1);
          else {
            if (depth === 0 && word[1] === 'define' && word[2] !== undefined) name = word[2];
            depth++;
          }
        }
        if (name === undefined) continue;
        if (body.length < MAX_BODY_LINES) body.push(l);
        if (depth === 0) {
          if (count++ < MAX_DEFINES) out.set(name, [...(out.get(name) ?? []), body.join('\n')]);
          name = undefined;
          body = [];
        }
      }
    }
    return out;
  });
}

/**
 * Whether a named template may render a probe: its body, or one it includes (8 deep), mentions a
 * probe, renders values text with `tpl`, includes a template by a computed name, or is not in the
 * repository. A heuristic over the text (a `toYaml` of a map given by the caller is not followed).
 */
export function mayRenderProbe(name: string, defines: ReadonlyMap<string, string[]>): boolean {
  const seen = new Set<string>();
  const visit = (n: string, depth: number): boolean => {
    if (seen.has(n)) return false;
    seen.add(n);
    const bodies = defines.get(n);
    if (bodies === undefined || depth > 8 || seen.size > 200) return true;
    for (const b of bodies) {
      if (/probe/i.test(b) || /\btpl\b/.test(b) || /\b(?:include|template)\s+[^"\s]/.test(b)) return true;
      for (const m of b.matchAll(/\b(?:include|template)\s+"([^"\s]+)"/g)) if (visit(m[1]!, depth + 1)) return true;
    }
    return false;
  };
  return visit(name, 0);
}

/**
 * Whether `toYaml` of a values path may render a probe key at a container's key level: only a map
 * can render keys, so a list, a scalar or nothing renders none. `sets`: the chart's default values
 * and its other values files (undefined: one that could not be read, so anything may).
 */
export function valuesMayRenderProbe(path: string, sets: readonly unknown[]): boolean {
  for (const v of sets) {
    if (v === undefined) return true;
    let x: unknown = v;
    for (const k of path.split('.').slice(0, 32)) x = x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>)[k] : undefined;
    if (x !== null && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).some((k) => /probe/i.test(k))) return true;
  }
  return false;
}

/** Helm's coalescing of values: maps merge key by key, a null deletes the key, anything else replaces. */
function merged(base: unknown, over: unknown, depth: number): unknown {
  const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
  if (!isObj(base) || !isObj(over) || depth > 32) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (k === '__proto__') continue;
    if (v === null) delete out[k];
    else out[k] = Object.hasOwn(base, k) ? merged(base[k], v, depth + 1) : v;
  }
  return out;
}

/** The repository part of an image reference, lower-cased: no registry host, tag or digest; undefined when templated. */
export function imageRepository(image: string | undefined): string | undefined {
  if (!image || hasMarkers(image) || image.includes('{{')) return undefined;
  const noDigest = image.split('@')[0]!;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const segs = (colon > slash ? noDigest.slice(0, colon) : noDigest).split('/');
  if (segs.length > 1 && /[.:]|^localhost$/.test(segs[0]!)) segs.shift();
  // Docker Hub's official images: `nginx` and `library/nginx` are one.
  if (segs.length === 2 && segs[0] === 'library') segs.shift();
  const repo = segs.join('/').toLowerCase();
  return repo === '' ? undefined : repo;
}

export function hasMarkers(s: string | undefined): boolean {
  return s !== undefined && (s.includes('{{V:') || s.includes('TEMPLATED'));
}

// ------------------------------------------------------------------------------ compose

export interface ComposeService {
  name: string;
  line: number;
  image?: string;
  /** Build context folder (root-relative), when the service is built from this repository. */
  build?: string;
  /** `build.dockerfile`, relative to the context, when written. */
  dockerfile?: string;
  healthchecks: Array<{ path: string; port?: number; url: string; line: number; fails: boolean }>;
  /** The container-side ports of its `ports` and `expose` entries, as text (`"8080:80/tcp"` → `80`, long syntax: `target`). */
  ports: string[];
  /** It has `ports` entries: reachable from outside the compose network (`expose` alone is not). */
  published: boolean;
  /** Other names it answers to on the compose network: `container_name`, `hostname`, network `aliases`. */
  aliases: string[];
}

export function isComposePath(path: string): boolean {
  return /(^|\/)(docker-)?compose[^/]*\.ya?ml$/.test(path);
}

export function composeOf(f: SourceFile): { services: ComposeService[]; malformed?: string } {
  return f.memo('compose', () => parseCompose(f.path, f.text));
}

export function parseCompose(path: string, text: string): { services: ComposeService[]; malformed?: string } {
  const y = parseYaml(text);
  const services: ComposeService[] = [];
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
  for (const [name, svc, pair] of entries(get(y.docs[0]?.root, 'services'))) {
    const s: ComposeService = { name, line: y.lineOf(startOf(pair) ?? 0), healthchecks: [], ports: composePorts(svc), published: items(get(svc, 'ports')).length > 0, aliases: composeAliases(svc) };
    const image = str(get(svc, 'image'));
    if (image !== undefined) s.image = image;
    const build = get(svc, 'build');
    const ctxDir = isMap(build) ? str(get(build, 'context')) : str(build);
    if (ctxDir !== undefined) s.build = joinPath(dir, ctxDir);
    const file = isMap(build) ? str(get(build, 'dockerfile')) : undefined;
    if (file !== undefined) s.dockerfile = file;
    const hc = get(svc, 'healthcheck');
    const test = get(hc, 'test');
    if (test !== undefined) {
      const cmd = strList(test).join(' ');
      for (const u of httpUrls(cmd)) s.healthchecks.push({ ...u, line: y.lineOf(startOf(test) ?? 0) });
    }
    services.push(s);
  }
  return { services, ...(y.error !== undefined ? { malformed: y.error } : {}) };
}

/** A compose service's `container_name`, `hostname` and network `aliases` (at most 100 of each network's). */
function composeAliases(svc: Node | undefined): string[] {
  const out = [str(get(svc, 'container_name')), str(get(svc, 'hostname'))].filter((x): x is string => x !== undefined);
  for (const [, net] of entries(get(svc, 'networks')).slice(0, 100)) out.push(...strList(get(net, 'aliases')).slice(0, 100));
  return out;
}

/** The container-side ports of a compose service's `ports` and `expose` entries (at most 100 of each). */
function composePorts(svc: Node | undefined): string[] {
  const out: string[] = [];
  for (const e of [...items(get(svc, 'ports')).slice(0, 100), ...items(get(svc, 'expose')).slice(0, 100)]) {
    if (isMap(e)) {
      const target = str(get(e, 'target'));
      if (target !== undefined) out.push(target);
      continue;
    }
    const v = str(e);
    // `[host:]container[/protocol]`: the part after the last colon, without the protocol.
    if (v !== undefined) out.push(v.slice(v.lastIndexOf(':') + 1).replace(/\/\w+$/, ''));
  }
  return out;
}

/** POSIX join of a root-relative folder and a relative path (`.`, `..` handled). */
export function joinPath(dir: string, rel: string): string {
  const parts = dir === '.' || dir === '' ? [] : dir.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/') || '.';
}
