// Where the repository says an image is built: the "image → Dockerfile" link of the service map.
// Read from compose `build:` (with `image:`), skaffold artifacts, Tiltfile `docker_build`, CI
// configurations (`docker build -f … -t …` commands, docker/build-push-action with its
// docker/metadata-action images, Google Cloud Build docker and kaniko steps), Makefiles, shell
// scripts and package.json scripts.
//
// API
//   BUILD_GLOBS                 files that may declare a build (besides compose and CI files)
//   buildsOf(f)                 → BuildDecl[] (plain data, observed by a pure check)
//   imageMatches(image, tag)    does an image reference name what a build tags?
//
// A tag may hold expressions (`${{ env.REGISTRY }}/acme/api`, `$(IMAGE)`, `$REPO/api`): each segment
// holding one matches any one segment, but the last segment (the image's own name) must be literal.
import { globMatcher } from '../../workspace/glob.js';
import type { SourceFile } from '../../workspace/source-file.js';
import { CI_GLOBS, ciFactsOf } from '../ci-files.js';
import { composeOf, isComposePath, joinPath } from '../k8s.js';
import { splitScript } from '../shell.js';
import { isWorkflowPath, workflowOf } from '../workflow.js';
import { get, isMap, isSeq, items, parseYaml, startOf, str } from '../yaml.js';

export interface BuildDecl {
  /** Image tags as written, without the tag part (`ghcr.io/acme/api`; may hold expressions). */
  tags: string[];
  /** Root-relative Dockerfile path (may not exist: the caller checks); absent for builders without one (jib, ko, buildpacks). */
  dockerfile?: string;
  /** A builder that makes the image from the context's code without a Dockerfile. */
  builder?: 'jib' | 'ko' | 'buildpacks';
  /** The tag is completed by a registry at deploy time (skaffold `--default-repo`): it matches an image that ends with it. */
  anyRegistry?: true;
  /** Root-relative build context folder ('.' for the root). */
  context: string;
  /** Where it is declared, `path:line`, and how (`compose services.api.build`). */
  where: string;
}

export const BUILD_GLOBS = ['**/skaffold.{yaml,yml}', '**/.goreleaser.{yaml,yml}', '**/goreleaser.{yaml,yml}', '**/Tiltfile', '**/Makefile', '**/*.mk', '**/justfile', '**/Justfile', '**/*.sh', '**/package.json', ...CI_GLOBS] as const;

const MAX_DECLS = 200;

export function buildsOf(f: SourceFile): BuildDecl[] {
  return f.memo('builds', () => readBuilds(f).slice(0, MAX_DECLS));
}

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
const baseOf = (p: string) => p.slice(p.lastIndexOf('/') + 1);

function readBuilds(f: SourceFile): BuildDecl[] {
  const base = baseOf(f.path);
  const dir = dirOf(f.path);
  if (isComposePath(f.path)) {
    return composeOf(f).services.filter((s) => s.build !== undefined && s.image !== undefined).map((s) => ({
      tags: [untagged(s.image!)],
      context: s.build!,
      dockerfile: s.dockerfile !== undefined ? joinPath(s.build!, s.dockerfile) : joinPath(s.build!, 'Dockerfile'),
      where: `${f.path}:${s.line} (compose services.${s.name}.build)`,
    }));
  }
  if (/^skaffold\.ya?ml$/.test(base)) return skaffold(f, dir);
  if (/^\.?goreleaser\.ya?ml$/.test(base)) return goreleaser(f, dir);
  if (base === 'Tiltfile') return tiltfile(f, dir);
  if (base === 'package.json') return packageScripts(f, dir);
  const out: BuildDecl[] = [];
  if (isWorkflowPath(f.path)) out.push(...buildPushActions(f));
  if (isCloudBuildPath(f.path)) out.push(...cloudBuildSteps(f, dir));
  if (isCiPath(f.path)) {
    // CI jobs run from the repository root.
    for (const c of ciFactsOf(f).commands) {
      const d = dockerBuild(c.words, '.', `${f.path}:${c.line}`);
      if (d) out.push(d);
    }
    return out;
  }
  if (/^(?:Makefile|.*\.mk|[Jj]ustfile)$/.test(base)) return recipeBuilds(f, dir);
  if (base.endsWith('.sh')) {
    for (const c of splitScript(f.text).slice(0, 5000)) {
      const d = dockerBuild(c.words, dir, `${f.path}:${c.line + 1}`);
      if (d) out.push(d);
    }
  }
  return out;
}

const isCiPath = globMatcher([...CI_GLOBS], { dot: true });

function isCloudBuildPath(path: string): boolean {
  return /(?:^|\/)cloudbuild[^/]*\.ya?ml$|(?:^|\/)cloudbuild\/[^/]+\.ya?ml$/.test(path);
}

// Cloud Build runs each step's image with its `args` as words (no shell): a docker builder's args
// are a docker command line. Kaniko's flags are translated to docker's.
const DOCKER_BUILDER = /^(?:gcr\.io\/cloud-builders\/docker|(?:docker\.io\/)?(?:library\/)?docker)$/;
const KANIKO = 'gcr.io/kaniko-project/executor';
const MAX_STEPS = 200;

/**
 * Google Cloud Build steps that build an image. A step's `dir` is relative to the build's working
 * directory, /workspace, which holds the submitted source: the repository root for a trigger, the
 * folder given to `gcloud builds submit` (usually the configuration's own, where gcloud looks for
 * `cloudbuild.yaml`) otherwise. The file does not say which: both are offered, and the caller keeps
 * the Dockerfiles that exist (two that both exist make the link ambiguous, as it is).
 */
function cloudBuildSteps(f: SourceFile, dir: string): BuildDecl[] {
  const y = parseYaml(f.text);
  const out: BuildDecl[] = [];
  const roots = dir === '.' ? ['.'] : ['.', dir];
  for (const step of items(get(y.docs[0]?.root, 'steps')).slice(0, MAX_STEPS)) {
    const name = str(get(step, 'name'));
    const argsNode = get(step, 'args');
    // An `entrypoint` runs another program with the args (`bash -c "docker build …"`: read as a script by ci-files).
    if (name === undefined || !isSeq(argsNode) || get(step, 'entrypoint') !== undefined) continue;
    const args = argsNode.items.slice(0, 200).map((a) => str(a));
    if (args.some((a) => a === undefined)) continue;
    const image = untagged(name);
    const words = DOCKER_BUILDER.test(image) ? ['docker', ...(args as string[])] : image === KANIKO ? kanikoWords(args as string[]) : undefined;
    if (words === undefined) continue;
    const written = (str(get(step, 'dir')) ?? '.').replace(/^\/workspace(?:\/|$)/, '');
    // An absolute `dir` outside /workspace is no folder of the source.
    if (written.startsWith('/') || hasExpr(written)) continue;
    const stepDir = joinPath('.', written);
    // `/workspace/x` in a word is the source root's `x`: written relative to the step's folder.
    const ups = stepDir === '.' ? '' : '../'.repeat(stepDir.split('/').length);
    const local = words.map((w) => w.replace(/^(--?[\w-]+=)?\/workspace(?:\/|$)/, (_m, flag: string | undefined) => `${flag ?? ''}${ups || './'}`));
    const where = `${f.path}:${y.lineOf(startOf(step) ?? 0)} (Cloud Build step)`;
    const seen = new Set<string>();
    for (const root of roots) {
      const d = dockerBuild(local, joinPath(root, stepDir), where);
      if (d && !seen.has(d.dockerfile ?? d.context)) {
        seen.add(d.dockerfile ?? d.context);
        out.push(d);
      }
    }
  }
  return out;
}

/** Kaniko's `--destination`, `--dockerfile`, `--context` (default: the working directory) as docker build words. */
function kanikoWords(args: readonly string[]): string[] {
  const words = ['docker', 'build'];
  let context = '.';
  for (let i = 0; i < args.length; i++) {
    const eq = /^(--[\w-]+)=(.*)$/.exec(args[i]!);
    const [flag, value] = eq ? [eq[1]!, eq[2]!] : [args[i]!, args[i + 1]];
    if (value === undefined) continue;
    if (flag !== '--destination' && flag !== '-d' && flag !== '--dockerfile' && flag !== '-f' && flag !== '--context' && flag !== '-c') continue;
    if (!eq) i++;
    if (flag === '--destination' || flag === '-d') words.push('-t', value);
    else if (flag === '--dockerfile' || flag === '-f') words.push('-f', value);
    // `dir://` is a local folder; a bucket or a git URL is no folder of the repository (dockerBuild drops a URL context).
    else context = value.startsWith('dir://') ? value.slice('dir://'.length) || '.' : /^[a-z0-9]+:\/\//.test(value) ? 'https://remote' : value;
  }
  return [...words, context];
}

/** `docker build` / `docker buildx build` / `docker image build` / `podman build` / `buildah bud` words → a build. */
export function dockerBuild(words: readonly string[], cwd: string, where: string): BuildDecl | undefined {
  let i = 0;
  const w = words.map((x) => x);
  if (w[0] === 'sudo') i++;
  const tool = w[i];
  if (tool !== 'docker' && tool !== 'podman' && tool !== 'buildah' && tool !== 'nerdctl') return undefined;
  i++;
  if (w[i] === 'buildx' || w[i] === 'image') i++;
  if (w[i] !== 'build' && w[i] !== 'bud') return undefined;
  i++;
  const tags: string[] = [];
  let file: string | undefined;
  let context: string | undefined;
  const VALUED = /^(?:-f|--file|-t|--tag|--build-arg|--platform|--target|--label|--cache-from|--cache-to|--secret|--ssh|--network|--progress|--output|-o|--build-context|--iidfile|--metadata-file|--builder|--add-host|--shm-size|--ulimit|--memory|-m|--cpu-shares|--isolation)$/;
  for (; i < w.length && i < 200; i++) {
    const a = w[i]!;
    const eq = /^(--?[\w-]+)=(.*)$/.exec(a);
    const [flag, inline] = eq ? [eq[1]!, eq[2]!] : [a, undefined];
    if (flag.startsWith('-') && flag.length > 1) {
      const value = inline ?? (VALUED.test(flag) ? w[++i] : undefined);
      if (value === undefined) continue;
      if (flag === '-f' || flag === '--file') file = value;
      else if (flag === '-t' || flag === '--tag') tags.push(untagged(value));
      continue;
    }
    if (/^[|;&<>]/.test(a)) break;
    context ??= a;
  }
  if (context === undefined || tags.length === 0 || /^(?:https?|git):\/\/|^-$/.test(context) || hasExpr(context)) return undefined;
  const ctxDir = joinPath(cwd, context);
  const dockerfile = file === undefined ? joinPath(ctxDir, 'Dockerfile') : hasExpr(file) ? undefined : joinPath(cwd, file);
  if (dockerfile === undefined) return undefined;
  return { tags, dockerfile, context: ctxDir, where };
}

/** docker/build-push-action steps: `context`, `file`, `tags` (or a docker/metadata-action's `images` in the same job). */
function buildPushActions(f: SourceFile): BuildDecl[] {
  const out: BuildDecl[] = [];
  const wf = workflowOf(f);
  for (const job of wf.jobs) {
    const images = job.steps.filter((s) => s.uses?.owner === 'docker' && s.uses.repo === 'metadata-action').flatMap((s) => listInput(s.with['images']).map((i) => i.split(',')[0]!.trim()));
    for (const s of job.steps) {
      // depot/build-push-action takes docker/build-push-action's inputs.
      if (!((s.uses?.owner === 'docker' || s.uses?.owner === 'depot') && s.uses.repo === 'build-push-action')) continue;
      const context = s.with['context'] ?? '.';
      if (hasExpr(context) || /^(?:https?|git):\/\//.test(context)) continue;
      const ctxDir = joinPath('.', context);
      const file = s.with['file'];
      if (file !== undefined && hasExpr(file)) continue;
      const written = listInput(s.with['tags']);
      const tags = written.some((t) => /outputs\.tags/.test(t)) ? images : written;
      if (tags.length === 0) continue;
      out.push({ tags: tags.map(untagged), context: ctxDir, dockerfile: file !== undefined ? joinPath('.', file) : joinPath(ctxDir, 'Dockerfile'), where: `${f.path}:${s.line} (docker/build-push-action)` });
    }
  }
  return out;
}

/** A multi-line or comma-separated action input. */
function listInput(v: string | undefined): string[] {
  if (v === undefined) return [];
  return v.split(/[\n,]/).map((x) => x.trim()).filter((x) => x !== '' && !x.startsWith('#')).slice(0, 50);
}

function skaffold(f: SourceFile, dir: string): BuildDecl[] {
  const y = parseYaml(f.text);
  const out: BuildDecl[] = [];
  for (const d of y.docs) {
    const builds = [get(d.root, 'build'), ...items(get(d.root, 'profiles')).map((p) => get(p, 'build'))];
    for (const b of builds) {
      for (const a of items(get(b, 'artifacts')).slice(0, 100)) {
        const image = str(get(a, 'image'));
        if (image === undefined || !isMap(a)) continue;
        const context = joinPath(dir, str(get(a, 'context')) ?? '.');
        const where = `${f.path}:${y.lineOf(startOf(a) ?? 0)} (skaffold artifact)`;
        // Skaffold prefixes artifact images with the default repository at deploy time.
        const builder = (['jib', 'ko', 'buildpacks'] as const).find((b) => get(a, b) !== undefined);
        if (builder) {
          // jib's `project` (a Maven/Gradle module) and ko's `main` name the code inside the context.
          const module = builder === 'jib' ? str(get(get(a, 'jib'), 'project')) : builder === 'ko' ? str(get(get(a, 'ko'), 'main')) : undefined;
          out.push({ tags: [untagged(image)], context: module !== undefined && !module.includes(':') ? joinPath(context, module) : context, builder, anyRegistry: true, where });
          continue;
        }
        const file = str(get(get(a, 'docker'), 'dockerfile')) ?? 'Dockerfile';
        out.push({ tags: [untagged(image)], context, dockerfile: joinPath(context, file), anyRegistry: true, where });
      }
    }
  }
  return out;
}

/** GoReleaser `dockers:` entries: `image_templates` built from `dockerfile` (the context is the folder of the configuration). */
function goreleaser(f: SourceFile, dir: string): BuildDecl[] {
  const y = parseYaml(f.text);
  const out: BuildDecl[] = [];
  for (const d of items(get(y.docs[0]?.root, 'dockers')).slice(0, 100)) {
    const tags = items(get(d, 'image_templates')).map((t) => str(t)).filter((t): t is string => t !== undefined).slice(0, 50);
    if (tags.length === 0) continue;
    const file = str(get(d, 'dockerfile')) ?? 'Dockerfile';
    out.push({ tags: tags.map(untagged), context: dir, dockerfile: joinPath(dir, file), where: `${f.path}:${y.lineOf(startOf(d) ?? 0)} (GoReleaser dockers)` });
  }
  return out;
}

/** Tiltfile `docker_build('image', 'context', dockerfile='x')` (Starlark: string arguments only). */
function tiltfile(f: SourceFile, dir: string): BuildDecl[] {
  const out: BuildDecl[] = [];
  const call = /\bdocker_build\(\s*(['"])([^'"\n]{1,300})\1\s*,\s*(['"])([^'"\n]{1,300})\3([^)]{0,2000})\)/g;
  for (const m of f.text.matchAll(call)) {
    if (out.length >= MAX_DECLS) break;
    const context = joinPath(dir, m[4]!);
    const file = /\bdockerfile\s*=\s*(['"])([^'"\n]{1,300})\1/.exec(m[5]!)?.[2];
    out.push({ tags: [untagged(m[2]!)], context, dockerfile: file !== undefined ? joinPath(dir, file) : joinPath(context, 'Dockerfile'), where: `${f.path}:${f.lineOf(m.index)} (Tiltfile docker_build)` });
  }
  return out;
}

/** Makefile / justfile recipe lines (make runs them from the Makefile's folder). */
function recipeBuilds(f: SourceFile, dir: string): BuildDecl[] {
  const out: BuildDecl[] = [];
  const lines = f.text.split('\n');
  for (let i = 0; i < lines.length && i < 20_000; i++) {
    const l = lines[i]!;
    if (!/\b(?:docker|podman|buildah|nerdctl)\b/.test(l)) continue;
    // Recipe prefixes (`@`, `-`) and Make's `$(VAR)` / `${VAR}` are kept as words: an expression segment.
    for (const c of splitScript(l.replace(/^\s*[@-]+/, '').replace(/\\$/, ''))) {
      const d = dockerBuild(c.words, dir, `${f.path}:${i + 1}`);
      if (d) out.push(d);
    }
  }
  return out;
}

function packageScripts(f: SourceFile, dir: string): BuildDecl[] {
  if (!f.text.includes('docker') && !f.text.includes('podman')) return [];
  let scripts: unknown;
  try {
    scripts = (JSON.parse(f.text) as { scripts?: unknown }).scripts;
  } catch {
    return [];
  }
  const out: BuildDecl[] = [];
  if (!scripts || typeof scripts !== 'object') return out;
  for (const [name, body] of Object.entries(scripts as Record<string, unknown>).slice(0, 500)) {
    if (typeof body !== 'string') continue;
    for (const c of splitScript(body)) {
      const d = dockerBuild(c.words, dir, `${f.path} (script ${name})`);
      if (d) out.push(d);
    }
  }
  return out;
}

const EXPR = /\$\{\{[^}]*\}\}|\$\([^)]*\)|\$\{[^}]*\}|\$\w+|\{\{[^}]*\}\}|TEMPLATED|<[^>]*>/;
function hasExpr(s: string): boolean {
  return EXPR.test(s);
}

/** An image reference without its tag or digest (`ghcr.io/acme/api:1.2` → `ghcr.io/acme/api`; `localhost:5000/x` kept). */
export function untagged(ref: string): string {
  let r = ref.trim();
  const at = r.indexOf('@');
  if (at !== -1) r = r.slice(0, at);
  const slash = r.lastIndexOf('/');
  const colon = r.lastIndexOf(':');
  // A colon inside an expression (`${{ a }}:tag`) still starts the tag when it is after the last slash.
  if (colon > slash) r = r.slice(0, colon);
  return r;
}

/** Docker Hub spellings of one repository compare equal (`docker.io/library/x` = `x`). */
function normalised(repo: string): string[] {
  let r = repo.toLowerCase();
  r = r.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  r = r.replace(/^library\//, '');
  return r.split('/');
}

/**
 * Does the image reference (tag dropped) name what a build tags (expressions match one segment; the
 * name must be literal)? `anyRegistry`: the tag is completed by a registry prefix at deploy time.
 */
export function imageMatches(image: string, tag: string, anyRegistry = false): boolean {
  let a = normalised(untagged(image));
  const b = normalised(tag);
  if (anyRegistry && a.length > b.length) a = a.slice(a.length - b.length);
  if (a.length !== b.length || a.length === 0) return false;
  if (hasExpr(b[b.length - 1]!) || hasExpr(a[a.length - 1]!)) return false;
  for (let i = 0; i < a.length; i++) {
    if (hasExpr(b[i]!) || hasExpr(a[i]!)) continue;
    if (a[i] !== b[i]) return false;
  }
  return true;
}

