// Profile `auto`: is this a deployable service or a library? Decided from what the tree holds,
// with the reasons kept so the summary can say why.
import { parsePythonManifest } from '../analysis/deps/python-manifests.js';
import { globMatcher } from './glob.js';
import type { FileClass } from '../model/repo-map.js';
import { isDockerfilePath } from '../analysis/dockerfile.js';
import { isK8sCandidate, k8sOf } from '../analysis/k8s.js';
import type { SourceFile } from './source-file.js';

export interface ProfileDecision {
  kind: 'service' | 'library';
  source: 'input' | 'detected';
  reasons: string[];
}

const DEPLOY_FILES = globMatcher(
  [
    '**/{docker-,}compose*.{yml,yaml}',
    '**/Chart.yaml',
    '**/kustomization.{yml,yaml}',
    'Procfile',
    'app.yaml',
    'fly.toml',
    'render.yaml',
    'railway.{json,toml}',
    'serverless.{yml,yaml}',
    'vercel.json',
    'netlify.toml',
  ],
  { dot: true },
);

export const PROFILE_MANIFESTS = [
  '**/package.json',
  '**/requirements*.txt',
  '**/pyproject.toml',
  '**/Pipfile',
  '**/go.mod',
  '**/pom.xml',
  '**/build.gradle',
  '**/build.gradle.kts',
  '**/*.csproj',
  '**/Gemfile',
  '**/composer.json',
  '**/*.{yml,yaml}',
];

/**
 * A runtime dependency on one of these means a Node package serves HTTP; a development dependency
 * does not (axios tests against express, and serves nothing).
 */
const NODE_SERVERS: ReadonlySet<string> = new Set(['express', 'fastify', 'koa', 'hono', '@nestjs/core', '@hapi/hapi', 'restify']);

// A dependency on one of these means the code serves HTTP.
const SERVER_DEPS: Array<[RegExp, string]> = [
  // A requirement line, or a quoted entry of a pyproject/Pipfile list (`dependencies = ["fastapi>=0.110"]`).
  [/(?:^\s*|["'])(fastapi|flask|django|starlette|aiohttp|sanic|tornado|falcon|quart|litestar)(?![\w-])/im, 'Python project depends on $1'],
  [/\b(github\.com\/(?:gin-gonic\/gin|labstack\/echo|go-chi\/chi|gofiber\/fiber|gorilla\/mux))\b/, 'go.mod requires $1'],
  [/\b(spring-boot-starter-web(?:flux)?|quarkus-resteasy|micronaut-http-server)\b/, 'build depends on $1'],
];

/** The Python HTTP frameworks of SERVER_DEPS, as normalized distribution names. */
const PYTHON_SERVERS: ReadonlySet<string> = new Set(['fastapi', 'flask', 'django', 'starlette', 'aiohttp', 'sanic', 'tornado', 'falcon', 'quart', 'litestar']);

const K8S_WORKLOAD = /^[ \t]*(?:-[ \t]+)?kind:[ \t]*["']?(Deployment|StatefulSet|DaemonSet|Service|Ingress)["']?[ \t\r]*$/m;
const PROFILE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

export class ProfileCollector {
  private readonly reasons: string[] = [];

  /** Deployment artefacts are seen from the path list alone. */
  fromPaths(paths: readonly string[], classOf: (path: string) => FileClass): void {
    // Examples, tests and docs show how to deploy something, and a dev container describes a
    // developer's machine (tooling): only the repository's runtime files make it a service.
    const seen = paths.filter((p) => (isDockerfilePath(p) || DEPLOY_FILES(p)) && classOf(p) === 'runtime');
    if (seen.length > 0) this.reasons.push(`deployment files: ${seen.slice(0, 3).join(', ')}${seen.length > 3 ? ', …' : ''}`);
  }

  /** A reason found in one file by profileEvidence(). */
  add(reason: string): void {
    if (this.reasons.length < 12) this.reasons.push(reason);
  }

  decide(requested: 'service' | 'library' | 'auto'): ProfileDecision {
    if (requested !== 'auto') return { kind: requested, source: 'input', reasons: [`profile set to ${requested}`] };
    const reasons = [...new Set(this.reasons)].sort();
    if (reasons.length > 0) return { kind: 'service', source: 'detected', reasons };
    return { kind: 'library', source: 'detected', reasons: ['no deployment files, Kubernetes workloads or HTTP server dependency found'] };
  }
}

/** An ASP.NET Core web project: the Web SDK, or an executable that references ASP.NET Core (bounded scans). */
const WEB_SDK = /<Project\b[^>]{0,500}\bSdk\s*=\s*["'](Microsoft\.NET\.Sdk\.Web)\b|<Sdk\s+Name\s*=\s*["'](Microsoft\.NET\.Sdk\.Web)\b/;
// The server itself (not Components.WebView, a MAUI app's, nor an abstractions package a library uses).
const ASPNET_REF = /<(?:PackageReference|FrameworkReference)\s[^>]{0,300}?\bInclude\s*=\s*["'](Microsoft\.AspNetCore(?:\.App|\.All|\.Server\.Kestrel|\.Mvc|\.Hosting)?)["']/;
const EXE = /<OutputType>\s*Exe\s*<\/OutputType>/i;
/** SDKs that build an app, not a library, without saying `<OutputType>Exe`. */
const APP_SDK = /<Project\b[^>]{0,500}\bSdk\s*=\s*["']Microsoft\.NET\.Sdk\.(?:Worker|BlazorWebAssembly)\b|<Sdk\s+Name\s*=\s*["']Microsoft\.NET\.Sdk\.(?:Worker|BlazorWebAssembly)\b/;
/** An SDK-style project (`<Project Sdk="…">` or `<Sdk Name="…">`): its kind is in the file. */
const ANY_SDK = /<Project\b[^>]{0,500}\bSdk\s*=|<Sdk\s+Name\s*=/;

/**
 * A C# project that builds a class library another project references: SDK-style, and neither the
 * Web, Worker or Blazor WebAssembly SDK nor `<OutputType>Exe`. False when the file does not say
 * (an old-style project). The one reading of a project's kind (stackEvidence reads the same marks).
 */
export function csprojBuildsLibrary(text: string): boolean {
  return ANY_SDK.test(text) && !WEB_SDK.test(text) && !APP_SDK.test(text) && !/<OutputType>\s*(?:Win)?Exe\s*<\/OutputType>/i.test(text);
}
/** A Ruby web framework in a Gemfile; a gem's own Gemfile (`gemspec`) lists what it builds on, not what it runs. */
// `[ \t]*` after the line start: `\s*` would rescan every following blank line (quadratic on a file of newlines).
const RUBY_WEB = /^[ \t]*gem[ \t]*\(?[ \t]*["'](rails|railties|sinatra|hanami|roda)["']/m;
const PHP_WEB = ['laravel/framework', 'symfony/framework-bundle', 'slim/slim'];

function stackEvidence(f: SourceFile): string | undefined {
  const base = f.path.slice(f.path.lastIndexOf('/') + 1);
  if (base.endsWith('.csproj')) {
    const sdk = WEB_SDK.exec(f.text);
    if (sdk) return `${base} uses ${sdk[1] ?? sdk[2]} (${f.path})`;
    const ref = EXE.test(f.text) ? ASPNET_REF.exec(f.text) : null;
    return ref ? `${base} is an executable referencing ${ref[1]} (${f.path})` : undefined;
  }
  if (base === 'Gemfile') {
    if (/^[ \t]*gemspec\b/m.test(f.text)) return undefined;
    const m = RUBY_WEB.exec(f.text);
    return m ? `Gemfile requires ${m[1]} (${f.path})` : undefined;
  }
  let doc: { type?: unknown; require?: unknown };
  try {
    doc = JSON.parse(f.text) as typeof doc;
  } catch {
    return undefined;
  }
  // A package (`"type": "library"`, a bundle): what it requires is what it builds on. Apps say `project` or nothing.
  if (!doc || typeof doc !== 'object' || (doc.type !== undefined && doc.type !== 'project')) return undefined;
  const req = doc.require && typeof doc.require === 'object' ? Object.keys(doc.require) : [];
  const hit = PHP_WEB.find((p) => req.includes(p));
  return hit ? `composer.json requires ${hit} (${f.path})` : undefined;
}

/** Why this file makes the repository a service, if it does (pure: runs wherever the file is read). */
export function profileEvidence(f: SourceFile): string | undefined {
  if (!isProfileManifest(f.path)) return undefined;
  if (/(?:^|\/)(?:Gemfile|composer\.json|[^/]+\.csproj)$/.test(f.path)) return stackEvidence(f);
  if (/\.ya?ml$/.test(f.path)) {
    // Cheap text test first; then the Kubernetes model (parsed once, shared with the k8s rules):
    // a workload, Service or Ingress in a document that parses.
    if (!K8S_WORKLOAD.test(f.text) || !isK8sCandidate(f.path)) return undefined;
    const k = k8sOf(f);
    if (k.malformed !== undefined) return undefined;
    const w = k.workloads.find((x) => PROFILE_KINDS.has(x.kind)) ?? k.objects.find((o) => o.kind === 'Service' || o.kind === 'Ingress');
    return w ? `Kubernetes ${w.kind} in ${f.path}` : undefined;
  }
  if (f.path === 'package.json' || f.path.endsWith('/package.json')) return nodeServer(f);
  // A module's own name is not a dependency on it: gin's go.mod says `module github.com/gin-gonic/gin`.
  // Likewise a pyproject's own `name = "..."`.
  const text = f.path.endsWith('go.mod') ? f.text.replace(/^module\s.*$/m, '') : f.path.endsWith('pyproject.toml') ? f.text.replace(/^name\s*=.*$/gm, '') : f.text;
  // A package published as a library says so in its classifiers (fastapi depends on starlette):
  // its framework dependency is what it builds on, not a server it runs.
  if (f.path.endsWith('pyproject.toml') && /["']Topic :: Software Development :: Libraries\b/.test(text)) return undefined;
  // Requirements for tests, docs or linting describe tooling, not what the project serves.
  if (/(^|\/)requirements[-_.]?(test|tests|testing|doc|docs|dev|lint|ci)[^/]*\.txt$/i.test(f.path)) return undefined;
  // A pyproject's runtime dependencies, parsed: its tool tables name paths and packages too
  // (starlette's `[tool.hatch.version] path = "starlette/__init__.py"`). Read as text only when it does not parse.
  if (f.path.endsWith('pyproject.toml')) {
    const m = parsePythonManifest(f.path, f.text);
    if (m.opaque === undefined) {
      const dep = m.runtime.find((d) => PYTHON_SERVERS.has(d));
      return dep === undefined ? undefined : `Python project depends on ${dep} (${f.path})`;
    }
  }
  for (const [re, label] of SERVER_DEPS) {
    const m = re.exec(text);
    if (m) return `${label.replace('$1', () => m[1]!)} (${f.path})`;
  }
  return undefined;
}


/** A package.json whose `dependencies` name an HTTP server framework: the first, in its order. */
function nodeServer(f: SourceFile): string | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(f.text);
  } catch {
    return undefined; // counted as malformed where it is read
  }
  const deps = doc !== null && typeof doc === 'object' ? (doc as { dependencies?: unknown }).dependencies : undefined;
  if (deps === null || typeof deps !== 'object' || Array.isArray(deps)) return undefined;
  const hit = Object.keys(deps).find((d) => NODE_SERVERS.has(d));
  return hit === undefined ? undefined : `package.json depends on ${hit} (${f.path})`;
}

export const isProfileManifest = globMatcher(PROFILE_MANIFESTS, { dot: true });
