// Profile `auto`: is this a deployable service or a library? Decided from what the tree holds,
// with the reasons kept so the summary can say why.
import picomatch from 'picomatch';
import type { SourceFile } from './source-file.js';

export interface ProfileDecision {
  kind: 'service' | 'library';
  source: 'input' | 'detected';
  reasons: string[];
}

const DEPLOY_FILES = picomatch(
  [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '**/Containerfile',
    '**/{docker-,}compose*.{yml,yaml}',
    '**/Chart.yaml',
    '**/kustomization.{yml,yaml}',
    'Procfile',
    'app.yaml',
    'fly.toml',
    'render.yaml',
    'serverless.{yml,yaml}',
    'vercel.json',
    'netlify.toml',
  ],
  { dot: true, basename: false },
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
  '**/*.{yml,yaml}',
];

// A dependency on one of these means the code serves HTTP.
const SERVER_DEPS: Array<[RegExp, string]> = [
  [/"(express|fastify|koa|hono|@nestjs\/core|@hapi\/hapi|restify)"\s*:/, 'package.json depends on $1'],
  [/^\s*["']?(fastapi|flask|django|starlette|aiohttp|sanic|tornado|falcon|quart|litestar)\b/im, 'Python project depends on $1'],
  [/\b(github\.com\/(?:gin-gonic\/gin|labstack\/echo|go-chi\/chi|gofiber\/fiber|gorilla\/mux))\b/, 'go.mod requires $1'],
  [/\b(spring-boot-starter-web(?:flux)?|quarkus-resteasy|micronaut-http-server)\b/, 'build depends on $1'],
];

const K8S_WORKLOAD = /^kind:\s*(Deployment|StatefulSet|DaemonSet|Service|Ingress)\s*$/m;

export class ProfileCollector {
  private readonly reasons: string[] = [];

  /** Deployment artefacts are seen from the path list alone. */
  fromPaths(paths: readonly string[]): void {
    const seen = paths.filter((p) => DEPLOY_FILES(p) && !isSample(p));
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

/** Why this file makes the repository a service, if it does (pure: runs wherever the file is read). */
export function profileEvidence(f: SourceFile): string | undefined {
  if (!isProfileManifest(f.path) || isSample(f.path)) return undefined;
  if (/\.ya?ml$/.test(f.path)) {
    const m = K8S_WORKLOAD.exec(f.text);
    return m ? `Kubernetes ${m[1]} in ${f.path}` : undefined;
  }
  // A module's own name is not a dependency on it: gin's go.mod says `module github.com/gin-gonic/gin`.
  const text = f.path.endsWith('go.mod') ? f.text.replace(/^module\s.*$/m, '') : f.text;
  for (const [re, label] of SERVER_DEPS) {
    const m = re.exec(text);
    if (m) return `${label.replace('$1', m[1]!)} (${f.path})`;
  }
  return undefined;
}

/** Examples, tests and docs show how to deploy something; they do not make this repository a service. */
const isSample = picomatch(['**/{example,examples,sample,samples,demo,demos,test,tests,testdata,fixtures,__tests__,docs,doc}/**'], { dot: true });

export const isProfileManifest = picomatch(PROFILE_MANIFESTS, { dot: true });
