// The Kubernetes model, parsed once per file (SourceFile.memo): every document of every manifest
// (multi-document files, `kind: List`), Helm templates read best-effort, compose healthchecks.
// Read by k8s-ingress-without-tls, k8s-missing-probes, k8s-probe-route-mismatch, no-deployment-manifest.
//
// API
//   K8S_GLOBS / isK8sCandidate(path)  YAML files that may hold manifests (not workflows or CI files)
//   k8sOf(f)                          memoised parseK8s(path, text) → K8sFile (plain facts, serialisable)
//   parseK8s(path, text)              objects, workloads with containers and probes, ingresses
//   helmChartOf(path)                 the chart folder of a template (`charts/api/templates/x.yaml` → `charts/api`)
//   neutraliseHelm(text)              template actions blanked (lines kept), `.Values.x` → `{{V:x}}` markers
//   resolveValues(s, values)          markers replaced from a parsed values.yaml (simple paths only)
//   helmValues(ws)                    chart folder → its parsed values.yaml (captured), parsed once per run
//   imageRepository(image)            `ghcr.io/acme/api:1.2@sha256:…` → `acme/api` (no registry, tag or digest)
//   composeOf(path, text)             compose services: healthcheck URLs, build context, image
//
// Helm: a line holding only template actions is blanked (an `include`/`toYaml`/`template` there is
// "opaque": it may emit keys we cannot see, at the indentation it renders to); an opaque line makes a
// container opaque only at that container's own key level (where it could render `livenessProbe:`),
// not deeper (under `resources:`, `env:`) nor outside it (pod-level `affinity`, `volumes`);
// inline `{{ .Values.a.b }}` (with `| quote`, `default`)
// becomes a marker resolved later from the chart's values.yaml; any other inline action becomes
// `TEMPLATED`. Values stay unresolved when values.yaml does not give a scalar.
import { parse } from 'yaml';
import type { SourceFile } from '../workspace/source-file.js';
import type { Workspace } from '../workspace/workspace.js';
import { httpUrls } from './dockerfile.js';
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
  /** `command` (replaces the image's ENTRYPOINT) and `args` (its CMD), joined, when the manifest sets them. */
  command?: string;
  args?: string;
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
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  name: string;
  line: number;
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


/** Kustomize overlays and folders for local development: not what runs in production. */
export function isDevPath(path: string): boolean {
  return /(^|\/)(overlays\/)?(dev|development|local|localdev|kind|minikube)\//.test(path);
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
  let opaque: Opaque = new Map();
  let src = text;
  if (helm) {
    const n = neutraliseHelm(text);
    src = n.text;
    opaque = n.opaque;
    if (chart !== undefined) out.chart = chart;
  }
  const y = parseYaml(src);
  // Errors in a Helm template are the template language's, not the manifest's: best effort, silent.
  if (y.error !== undefined && !helm) out.malformed = y.error;
  const t: Template = { opaque, lines: opaque.size > 0 ? src.split('\n') : [] };
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
/** What containerOf needs of a Helm template: its opaque lines and the neutralised lines (empty when none is opaque). */
interface Template {
  opaque: Opaque;
  lines: readonly string[];
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
  out.objects.push({ apiVersion, kind, name, line });
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
    out.workloads.push({ kind, name, line, containers, partial, ...(knative ? { knative: true as const } : {}) });
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
  const command = strList(get(c, 'command')).slice(0, 50);
  if (command.length > 0) container.command = command.join(' ');
  const args = strList(get(c, 'args')).slice(0, 50);
  if (args.length > 0) container.args = args.join(' ');
  for (const kind of ['readiness', 'liveness', 'startup'] as const) {
    const pair = entries(c).find(([k]) => k === `${kind}Probe`);
    if (!pair) continue;
    const p = pair[1];
    const http = get(p, 'httpGet');
    const probe: Probe = { kind, type: http ? 'http' : get(p, 'tcpSocket') ? 'tcp' : get(p, 'exec') ? 'exec' : get(p, 'grpc') ? 'grpc' : 'unknown', line: lineOf(pair[2]) };
    if (http) {
      const path = str(get(http, 'path'));
      if (path !== undefined) {
        probe.path = path;
        probe.line = lineOf(entries(http).find(([k]) => k === 'path')![2]);
      } else probe.path = '/';
      const port = str(get(http, 'port'));
      if (port !== undefined) probe.port = port;
    }
    container.probes.push(probe);
  }
  container.opaque = t.opaque.size > 0 && opaqueAtKeys(t, from, to, keyColumn);
  return container;
}

/**
 * Whether an opaque line renders at the container's own key level (where `livenessProbe:` would
 * be), between its first line and the first content line outside it. Deeper output belongs to one
 * of its keys (`resources:`, `env:`, a probe filled by `toYaml`); shallower output to the pod or the
 * next container. Linear in the container's lines.
 */
function opaqueAtKeys(t: Template, from: number, to: number, keyColumn: number): boolean {
  const end = Math.min(to, t.lines.length + 1);
  for (let line = from + 1; line < end; line++) {
    const at = t.opaque.get(line);
    if (at !== undefined) {
      if (at === keyColumn) return true;
      continue;
    }
    const l = t.lines[line - 1]!;
    const indent = l.length - l.trimStart().length;
    const first = l.charAt(indent);
    if (first === '' || first === '#') continue;
    if (indent < keyColumn) return false;
  }
  return false;
}

/** A name as shown in messages: a template part (an action or a `.Values` marker) reads `{{…}}`. */
export const TEMPLATE_PART = '{{…}}';
function shown(name: string): string {
  return name.replace(/TEMPLATED|\{\{V:[^}]*\}\}/g, TEMPLATE_PART);
}

const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;

/**
 * Helm/Go template actions neutralised so the YAML parses, with line numbers kept; `opaque`: each
 * line that only includes or dumps a block (`include`, `toYaml`, `template`, `tpl`, `toJson`) → the
 * indentation its output renders at (`nindent N`: N; `indent N`: N after the line's own indentation
 * unless `{{-` trims it; else the line's own indentation).
 */
export function neutraliseHelm(text: string): { text: string; opaque: Map<number, number> } {
  const opaque = new Map<number, number>();
  const lines = text.split('\n');
  const out: string[] = [];
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
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
    const stripped = l.replace(ACTION, '').trim();
    if (stripped === '' && l.includes('{{')) {
      // Only actions on this line: control flow or an included block.
      if (/\b(include|toYaml|template|tpl|toJson)\b/.test(l)) opaque.set(i + 1, renderedIndent(l));
      out.push('');
      continue;
    }
    l = l.replace(ACTION, (_m, body: string) => {
      const v = /^\s*(?:\.Values|\$\.Values)\.([\w.]+)\s*(?:\|\s*(?:quote|squote|toString|trim|lower))?\s*(?:\|\s*default\s+("[^"]*"|[\w.]+))?\s*$/.exec(body);
      if (v) return `{{V:${v[1]}${v[2] ? `|${v[2].replace(/"/g, '')}` : ''}}}`;
      const d = /^\s*default\s+("[^"]*"|[\w.-]+)\s+\.Values\.([\w.]+)\s*$/.exec(body);
      if (d) return `{{V:${d[2]}|${d[1]!.replace(/"/g, '')}}}`;
      return 'TEMPLATED';
    });
    // A value that starts with a marker must be quoted to stay a YAML scalar.
    l = l.replace(/^(\s*(?:-\s+)?[\w./-]+:\s+)(\{\{V:[^}]*\}\}\S*)\s*$/, '$1"$2"');
    out.push(l);
  }
  return { text: out.join('\n'), opaque };
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

/** Replaces `{{V:a.b|default}}` markers from a values document; undefined when one cannot be resolved. */
export function resolveValues(s: string, values: unknown): string | undefined {
  let ok = true;
  const r = s.replace(/\{\{V:([\w.]+)(?:\|([^}]*))?\}\}/g, (_m, path: string, dflt: string | undefined) => {
    let v: unknown = values;
    for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (dflt !== undefined) return dflt;
    ok = false;
    return '';
  });
  return ok ? r : undefined;
}

/**
 * A chart's parsed values.yaml (undefined: none captured, or it does not parse), each parsed once per
 * run and shared by the checks that ask (they must capture the charts' values.yaml).
 */
export function helmValues(ws: Pick<Workspace, 'text' | 'shared'>): (chart: string) => unknown {
  const parsed = ws.shared('helm-values', () => new Map<string, unknown>());
  return (chart) => {
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
    parsed.set(chart, v);
    return v;
  };
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
  healthchecks: Array<{ path: string; port?: number; url: string; line: number }>;
  /** The container-side ports of its `ports` and `expose` entries, as text (`"8080:80/tcp"` → `80`, long syntax: `target`). */
  ports: string[];
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
    const s: ComposeService = { name, line: y.lineOf(startOf(pair) ?? 0), healthchecks: [], ports: composePorts(svc) };
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
