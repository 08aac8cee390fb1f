// undeclared-dependency: a third-party module imported but declared in no manifest of its project
// (RULES.md, supply-chain): the service dies with ModuleNotFoundError / ERR_MODULE_NOT_FOUND on the
// first clean install. A project is every manifest in the file's folder and the folders above
// (workspace roots hoist). P0 in runtime code, P1 in test code and tooling (analysis/deps/test-code.ts);
// a runtime import satisfied only by development dependencies is P1. Static frontend code, which a
// bundler builds at build time and no Node entry loads (analysis/js/frontend.ts), may import
// development dependencies, and an import nothing declares there breaks the build, not the server:
// P1. First-party modules, the standard library / Node built-ins, tsconfig aliases and workspace
// packages are never findings.
// Python: an import name is not a distribution name, so a module is proven undeclared only when every
// declared or locked distribution of its project is accounted for (analysis/python/unknown-dists.ts); build hooks
// and setup.py import from `[build-system] requires`.
import { isBuiltin } from 'node:module';
import { capturedDockerfiles, DOCKERFILE_GLOBS, imageInstalls } from '../../analysis/dockerfile.js';
import { ignoredPaths } from '../../analysis/deps/gitignore.js';
import { isTestDataPath } from '../../analysis/repo-map/names.js';
import { COMPONENT_FILES, moduleFacts, type JsImport } from '../../analysis/js/facts.js';
import { ENTRY_CAPTURE, unloadedFiles, type JsLinks } from '../../analysis/js/entries.js';
import { FRONTEND_CAPTURE, frontendFiles } from '../../analysis/js/frontend.js';
import { JS_CAPTURE, JS_FILES, jsProject, packageName, type PackageJson } from '../../analysis/js/project.js';
import { pythonFacts, type PyImport } from '../../analysis/python/facts.js';
import { distributionFor, providedBy, STDLIB } from '../../analysis/python/names.js';
import { unknownDistributions } from '../../analysis/python/unknown-dists.js';
import { PYTHON_CAPTURE, pythonProject, type Declared } from '../../analysis/python/project.js';
import { defineCheck } from '../../model/check.js';
import { DEVELOPMENT_CLASSES, type FileClass } from '../../model/repo-map.js';
import { isDefaultGenerated } from '../../workspace/discover.js';

type PySeen = Pick<PyImport, 'module' | 'line' | 'column' | 'conditional'>;
type JsSeen = {
  js: Array<Pick<JsImport, 'spec' | 'line' | 'column'>>;
  /** Every other import of the file: [specifier, only types are imported]. */
  local: Array<[string, boolean]>;
  /** Basenames of JS/TS files its strings name, and whether it loads modules by pattern (analysis/js/entries.ts). */
  mentions?: string[];
  byPattern?: boolean;
  patternFolders?: string[];
};
/** `g`: the modules of guarded imports (`try: import ujson`), which still show what a distribution provides. */
type Seen = { py: PySeen[]; sp?: boolean; g?: string[] } | JsSeen;

interface Hit {
  messageId: 'undeclared' | 'devOnly' | 'baseUrlFile' | 'bundled';
  /** baseUrlFile: the file under the tsconfig baseUrl that the specifier names. */
  file?: string;
  /** Why it is not proven, when it is not. */
  gap?: string;
  path: string;
  line: number;
  column: number;
  name: string;
  dist: string;
  manifests: string;
  files: Set<string>;
}

export default defineCheck({
  meta: {
    id: 'undeclared-dependency',
    area: 'supply-chain',
    severity: 'P0',
    effortMinutes: 15,
    title: 'Import of an undeclared dependency',
    certainty: 'proven',
    scope: 'runtime',
    precision: 'high',
    // Not security: a missing declaration breaks start-up; it exposes nothing.
    tags: [],
    docs: 'rules/checks/undeclared-dependency.md',
    pure: true,
    files: ['**/*.py', ...JS_FILES, ...COMPONENT_FILES],
    languages: ['python', 'javascript', 'typescript', 'tsx'],
    capture: [...new Set([...PYTHON_CAPTURE, ...JS_CAPTURE, ...ENTRY_CAPTURE, ...FRONTEND_CAPTURE, ...DOCKERFILE_GLOBS])],
    messages: {
      undeclared:
        '`{name}` is imported ({count}) but no manifest of this project declares it ({manifests}): a clean install does not have it, and the import fails (ModuleNotFoundError / ERR_MODULE_NOT_FOUND). Declare `{dist}`.',
      baseUrlFile:
        '`{name}` is imported ({count}) but names no package a manifest of this project declares ({manifests}), and with the tsconfig `baseUrl` TypeScript resolves it as the file `{file}` first, which is not in the repository: the import works only if the build creates that file. Check that a build step writes `{file}` before compiling; if a package was meant, declare it.',
      devOnly:
        '`{name}` is imported by runtime code ({count}) but declared only as a development dependency ({manifests}): a production install (`npm ci --omit=dev`, a runtime requirements file) does not have it. Move `{dist}` to the runtime dependencies.',
      bundled:
        '`{name}` is imported by frontend code that a bundler builds ({count}) but no manifest of this project declares it ({manifests}): the build fails on a clean install (the server never loads this code). Declare `{dist}`, as a development dependency if only the build needs it.',
    },
    severities: { devOnly: 'P1', bundled: 'P1' },
    proof: 'no manifest or lockfile of its project installs the package (a lockfile exists, for Python, and every distribution it declares or locks is known to provide other modules; for JS, a lockfile locks every package above the file that declares dependencies), nothing else provides the module, and something loads the importing file',
    remediation:
      'Add the distribution to the manifest of the project that imports it (requirements.txt / pyproject `dependencies`, package.json `dependencies`), as a development dependency when only tests and tooling use it; or remove the import.',
  },
  create(ctx) {
    return {
      file(f) {
        if (isTestDataPath(f.path)) return;
        if (f.path.endsWith('.py')) {
          const facts = pythonFacts(f);
          // A template (`{% … %}` lines, `{{ }}` in an import) is rendered by a generator before it runs.
          if (facts?.template) return;
          const py = facts?.imports.filter((i) => !i.guarded && i.level === 0).map(({ module, line, column, conditional }): PySeen => ({ module, line, column, ...(conditional ? { conditional } : {}) }));
          const g = [...new Set(facts?.imports.filter((i) => i.guarded && i.level === 0).map((i) => i.module))];
          if (py && (py.length > 0 || g.length > 0 || facts?.changesSysPath)) ctx.observe({ py, sp: facts?.changesSysPath, ...(g.length > 0 ? { g } : {}) } satisfies Seen);
        } else if (!f.path.endsWith('.d.ts')) {
          const facts = moduleFacts(f);
          // A template (`{% for … %}` lines) is rendered by a generator before it runs: not code yet.
          if (facts?.template) return;
          const imports = facts?.imports ?? [];
          // Bindings used only as types (`import { Language }` in `: Language`): the import is erased at run time.
          // An MDX document's imports only load files (the import graph): its toolchain provides what it compiles with.
          const js = f.path.endsWith('.mdx') ? [] : imports
            .filter((i) => !i.typeOnly && !i.typeUsesOnly && !i.guarded && packageName(i.spec) !== undefined && !isBuiltin(i.spec))
            .map(({ spec, line, column }) => ({ spec, line, column }));
          // The first-party modules this file loads, and whether for types only (see typeOnlyModules).
          const local = imports.filter((i) => !isBuiltin(i.spec) && !/^[a-z+]+:/i.test(i.spec)).map((i): [string, boolean] => [i.spec, i.typeOnly || i.typeUsesOnly === true]);
          if (js.length > 0 || local.length > 0 || facts?.mentions || facts?.byPattern) {
            ctx.observe({ js, local, ...(facts?.mentions ? { mentions: facts.mentions } : {}), ...(facts?.byPattern ? { byPattern: true } : {}), ...(facts?.patternFolders ? { patternFolders: facts.patternFolders } : {}) } satisfies Seen);
          }
        }
      },
      end() {
        const obs = ctx.observations<Seen>();
        if (obs.length === 0) return ctx.notApplicable('no Python or JS/TS imports of packages');
        const hits = new Map<string, Hit>();
        const record = (h: Omit<Hit, 'files'>, key: string) => {
          // One finding per class too: a runtime import and a test import of one package are judged apart.
          const k = `${key}\0${h.name}\0${h.messageId}\0${h.gap ?? ''}\0${ctx.classOf(h.path)}`;
          const known = hits.get(k);
          if (known) known.files.add(h.path);
          else hits.set(k, { ...h, files: new Set([h.path]) });
        };
        // What an image installs by name works in that image today: declare it, but it is no proof of a crash.
        const installs = new Map<string, string>();
        for (const [p, d] of capturedDockerfiles(ctx.workspace)) {
          if (ctx.classOf(p) !== 'runtime') continue;
          for (const i of imageInstalls(d)) {
            const key = `${i.ecosystem}:${i.name}`;
            if (!installs.has(key)) installs.set(key, `an image installs it (${p}:${i.line}); declare it in the manifest`);
          }
        }
        const byImage = (h: Omit<Hit, 'files'>): string | undefined =>
          installs.get(`npm:${h.name.toLowerCase()}`) ?? installs.get(`pypi:${h.dist.toLowerCase().replace(/_/g, '-')}`) ?? installs.get(`pypi:${h.name.toLowerCase().replace(/_/g, '-')}`);
        const note: Note = (h, key) => record(h.messageId === 'undeclared' && h.gap === undefined && byImage(h) ? { ...h, gap: byImage(h)! } : h, key);
        const py = obs.filter((o) => 'py' in o.value);
        if (py.length > 0) judgePython(ctx.workspace, ctx.classOf, py as Array<{ path: string; value: Extract<Seen, { py: unknown }> }>, note);
        const js = obs.filter((o) => 'js' in o.value);
        if (js.length > 0) judgeJs(ctx.workspace, js as Array<{ path: string; value: Extract<Seen, { js: unknown }> }>, note);
        // P0 first, then path order: the finding of a (project, module) sits at its first import.
        for (const h of [...hits.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line))) {
          const count = h.files.size === 1 ? '1 file' : `${h.files.size} files`;
          ctx.report({
            messageId: h.messageId,
            ...(h.gap ? { certainty: 'likely' as const, gap: h.gap } : {}),
            location: { path: h.path, line: h.line, column: h.column },
            data: { name: h.name, dist: h.dist, manifests: h.manifests, count, ...(h.file !== undefined ? { file: h.file } : {}) },
            fingerprintKey: `${h.manifests} ${h.name} ${h.messageId}`,
          });
        }
      },
    };
  },
});

/** The k6 load-testing runtime's own modules (`k6`, `k6/http`, `k6/x/...`), which no npm install gives. */
const VIRTUAL_SCOPES = /^k6(?:\/|$)/;

/**
 * Virtual modules a framework's bundler configuration aliases, named like packages, judged virtual
 * only when the package depends on the framework: Docusaurus (@docusaurus/core's webpack config
 * aliases `@theme/*`, `@site/*`, `@generated/*` and its client exports, packages/docusaurus/src/client/exports:
 * `@docusaurus/router`, `@docusaurus/Link`...) and VitePress (`@theme/*`). Nuxt's `#app`, SvelteKit's
 * `$app/*`, Astro's `astro:*` and Vite's `virtual:*` are no npm names, so never judged at all.
 */
const FRAMEWORK_MODULES: ReadonlyArray<{ name: RegExp; framework: RegExp }> = [
  {
    name: /^@(?:theme|theme-original|theme-init|site|generated)\/|^@docusaurus\/(?:BrowserOnly|ComponentCreator|constants|ErrorBoundary|ExecutionEnvironment|Head|Interpolate|isInternalUrl|Link|Noop|renderRoutes|router|Translate|useBaseUrl|useBrokenLinks|useDocusaurusContext|useGlobalData|useIsBrowser|useIsomorphicLayoutEffect|useRouteContext)$/,
    framework: /^@docusaurus\/(?:core|preset-classic)$/,
  },
  { name: /^@theme\//, framework: /^vitepress$/ },
];

/**
 * Marker modules a framework resolves itself when it is a dependency: Next.js aliases `server-only`
 * and `client-only` to its own compiled copies (build/create-compiler-aliases), so no install is needed.
 */
const FRAMEWORK_PROVIDED: ReadonlyMap<string, string> = new Map([
  ['server-only', 'next'],
  ['client-only', 'next'],
]);

/**
 * Modules the host runtime itself provides, which its packagers want as devDependencies: the Electron
 * binary loads `electron` in the app it runs, and electron-builder and Electron Forge refuse it among
 * the dependencies (go-vikunja/vikunja's desktop/main.js).
 */
const HOST_PROVIDED: ReadonlySet<string> = new Set(['electron']);

type Note = (h: Omit<Hit, 'files'>, key: string) => void;
type Ws = Parameters<typeof pythonProject>[0];
type ClassOf = (path: string) => FileClass;


/** Every module the observations import, Python's and those a template names (`g`). */
function* importedModules(obs: ReadonlyArray<{ value: { py: PySeen[]; g?: string[] } }>): Iterable<string> {
  for (const { value } of obs) {
    for (const i of value.py) yield i.module;
    yield* value.g ?? [];
  }
}

function judgePython(ws: Ws, classOf: ClassOf, obs: Array<{ path: string; value: { py: PySeen[]; sp?: boolean; g?: string[] } }>, note: Note): void {
  const project = pythonProject(ws, obs.filter((o) => o.value.sp).map((o) => o.path));
  const mods = project.modules;
  // A module of the repository that may be what the import loads is first-party (python-unresolved-import
  // judges how it is imported); a plain module inside a package is none for `playwright.async_api`.
  const thirdParty = (module: string) => !STDLIB.has(module.split('.')[0]!) && !mods.mayBeFirstParty(module);
  const unknown = unknownDistributions(project, importedModules(obs), thirdParty);
  for (const { path, value } of obs) {
    const declared = project.declaredFor(path);
    if (!declared || declared.opaque || mods.pathChangedFor(path)) continue;
    const test = DEVELOPMENT_CLASSES.has(classOf(path));
    // A build hook or setup.py runs in the build backend's environment: `[build-system] requires`.
    const build = declared.buildHooks.get(path);
    for (const imp of value.py) {
      const top = imp.module.split('.')[0]!;
      if (!thirdParty(imp.module)) continue;
      // setup.py runs under the build backend, which provides setuptools (PEP 517 / the legacy default).
      if (PACKAGING_TOOLS.has(top) && /(?:^|\/)setup\.py$/.test(path)) continue;
      if (build && providedBy(imp.module, build)) continue;
      if (providedBy(imp.module, declared.runtime)) continue;
      const dev = providedBy(imp.module, declared.dev);
      if (dev && test) continue;
      const base = { path, line: imp.line, column: imp.column, name: top, manifests: declared.manifests.join(', ') };
      if (dev) note({ ...base, messageId: 'devOnly', dist: dev }, declared.manifests.join());
      else {
        // Under a configuration `if`, only the deployments that switch it on load it.
        const gap = imp.conditional ? 'the import runs only under a condition' : (installedAnyway(imp.module, declared) ?? unknown(declared, top));
        note({ ...base, messageId: 'undeclared', dist: distributionFor(imp.module), ...(gap ? { gap } : {}) }, declared.manifests.join());
      }
    }
  }
}


/** Packaging tools present in nearly every environment (virtualenv and pip install them), never declared. */
const PACKAGING_TOOLS: ReadonlySet<string> = new Set(['pkg_resources', 'setuptools', 'pip', 'wheel', '_distutils_hack']);

/**
 * Why an undeclared module may be installed anyway, or undefined when the project proves it is not:
 * a lockfile of the project exists and installs no distribution that provides it.
 */
function installedAnyway(module: string, declared: Declared): string | undefined {
  if (PACKAGING_TOOLS.has(module.split('.')[0]!)) return 'setuptools is usually present, though not declared';
  const locked = providedBy(module, declared.locked);
  if (locked) return `the lockfile installs ${locked} transitively; declare it`;
  if (declared.lockfiles.length === 0) return `no lockfile: a declared package may install ${distributionFor(module)} transitively`;
  return undefined;
}

function judgeJs(ws: Ws, obs: Array<{ path: string; value: JsSeen }>, note: Note): void {
  const classOf: ClassOf = (p) => ws.classOf(p);
  const ignored = ignoredPaths(ws);
  const project = jsProject(ws);
  const found: Array<{ hit: Omit<Hit, 'files'>; key: string }> = [];
  const links: JsLinks[] = obs.map(({ path, value }) => ({ path, specs: value.local.map(([spec]) => spec), mentions: value.mentions, byPattern: value.byPattern, patternFolders: value.patternFolders }));
  // The import graph's answers, each computed at its first question: only an import that no
  // manifest declares asks, and most trees have none.
  let typesOnly: Set<string> | undefined;
  let unbuilt: ReadonlySet<string> | undefined;
  let frontend: Set<string> | undefined;
  let production: string | undefined | null = null;
  /** A runtime image's install that leaves out development dependencies, if one does (proof that they are absent). */
  const productionInstall = () => (production === null ? (production = productionOnlyInstall(ws, classOf)) : production);
  for (const { path, value } of obs) {
    const pkgs = project.packagesAbove(path);
    if (pkgs.length === 0) continue;
    // Loaded only for its types (generated protobuf typings...): transpilers erase every import of it.
    // Excluded by its tsconfig.json and imported by no built file (js-unresolved-import): not built, P1.
    const test = DEVELOPMENT_CLASSES.has(classOf(path));
    // Static frontend code (RULES.md): bundled at build time, where development dependencies are installed.
    const bundledOnly = () => !test && (frontend ??= frontendFiles(ws, project, links)).has(path);
    const gapOf = () =>
      (typesOnly ??= typeOnlyModules(project, obs)).has(path)
        ? 'the module is imported for its types only, so it is never loaded'
        : (unbuilt ??= project.unbuilt(links)).has(path)
          ? 'no tsconfig or bundler builds this file'
          : undefined;
    // A bundler builds what it bundles, not its own configuration nor the build scripts beside it.
    const bundled = classOf(path) !== 'tooling';
    for (const imp of value.js) {
      let name = packageName(imp.spec)!;
      // A bundler alias resolves it to a file, or to the package its target names (judged instead);
      // an external is the host's to provide.
      const bundler = bundled ? project.bundlerFor(path, imp.spec) : undefined;
      if (bundler !== undefined && 'by' in bundler) {
        const target = bundler.by === 'alias' && bundler.target !== undefined && !isBuiltin(bundler.target) ? packageName(bundler.target) : undefined;
        if (target === undefined) continue;
        name = target;
      }
      // npm names are lower case: `@docusaurus/Link` is a virtual module of a framework, not a package.
      if (name.startsWith('@types/') || name !== name.toLowerCase() || VIRTUAL_SCOPES.test(name) || project.localNames.has(name)) continue;
      if (FRAMEWORK_MODULES.some((m) => m.name.test(imp.spec) && pkgs.some((p) => [...p.dependencies, ...p.devDependencies].some((d) => m.framework.test(d))))) continue;
      // tsconfig paths / baseUrl aliases, and bundler aliases named like a folder of the package.
      if (project.pathMappings(path, imp.spec).length > 0) continue;
      const baseUrl = project.baseUrlFor(path);
      const underBase = baseUrl === undefined ? undefined : baseUrl === '' ? imp.spec : `${baseUrl}/${imp.spec}`;
      if (underBase !== undefined && project.resolveFile(underBase)) continue;
      if (pkgs.some((p) => project.hasDir(p.dir === '' ? name : `${p.dir}/${name}`) || project.hasDir(p.dir === '' ? `src/${name}` : `${p.dir}/src/${name}`))) continue;
      if (pkgs.some((p) => p.dependencies.has(name) || p.hostModules.has(name))) continue;
      const framework = FRAMEWORK_PROVIDED.get(name);
      if (framework !== undefined && pkgs.some((p) => p.dependencies.has(framework) || p.devDependencies.has(framework))) continue;
      const dev = pkgs.some((p) => p.devDependencies.has(name));
      // importmap/mix.exs provide it; an npm, Yarn or (configured to hoist) pnpm lock installs it transitively (P1, declare it).
      // A devDependency stays one (the lock installs it for development).
      const elsewhere = dev ? undefined : project.declaredElsewhere(path, name);
      if (elsewhere !== undefined && !isJsLock(elsewhere)) continue;
      if (dev && (test || HOST_PROVIDED.has(name) || bundledOnly())) continue;
      const gap = gapOf();
      const manifests = pkgs.map((p) => p.path).join(', ');
      const base = { path, line: imp.line, column: imp.column, name, dist: name, manifests };
      // TypeScript resolves a bare specifier against baseUrl before node_modules: one that names a
      // file a build writes there (gitignored, generated, or named like a file) is likely that file.
      const built = !dev && elsewhere === undefined && underBase !== undefined && !(bundler !== undefined && 'by' in bundler) ? builtUnderBaseUrl(underBase, ignored) : undefined;
      if (built !== undefined) {
        found.push({ hit: { ...base, messageId: 'baseUrlFile', file: underBase, gap: gap ?? built }, key: pkgs[0]!.path });
        continue;
      }
      const forDev = gap === undefined && elsewhere === undefined && !dev ? project.lockedForDevelopment(path, name) : undefined;
      const why =
        gap ??
        (elsewhere !== undefined
          ? `the lockfile installs ${name} transitively; declare it`
          : bundler !== undefined && 'gap' in bundler
            ? bundler.gap
            : forDev !== undefined && productionInstall() === undefined
              ? `${forDev} installs ${name} through development dependencies, which a build and an image that installs without --production have too; declare it`
              : unlockedGap(project, pkgs, name));
      if (dev) found.push({ hit: { ...base, messageId: 'devOnly' }, key: pkgs[0]!.path });
      else found.push({ hit: { ...base, messageId: bundledOnly() ? 'bundled' : 'undeclared', ...(why ? { gap: why } : {}) }, key: pkgs[0]!.path });
    }
  }
  // A file no file imports and no entry names is never loaded: its imports fail nothing at run time.
  const proven = found.filter((f) => f.hit.messageId === 'undeclared' && f.hit.gap === undefined).map((f) => f.hit.path);
  const unloaded = proven.length === 0 ? new Map<string, string>() : unloadedFiles(ws, project, links, proven);
  for (const { hit, key } of found) {
    const gap = hit.messageId === 'undeclared' && hit.gap === undefined ? unloaded.get(hit.path) : undefined;
    note(gap ? { ...hit, gap } : hit, key);
  }
}

/** An install that omits development dependencies: npm's --omit=dev/--production/--only=prod, Yarn's --production, pnpm's --prod, a prune. */
const PRODUCTION_INSTALL = /\b(?:npm|yarn|pnpm)\b[^;&|\n]{0,200}?(?:--omit[= ]dev|--production|--only[= ]prod(?:uction)?|--prod\b)|\b(?:npm|pnpm)\s+prune\b/;

/** A runtime Dockerfile's RUN that installs for production only, as `path:line`, or undefined. */
function productionOnlyInstall(ws: Ws, classOf: ClassOf): string | undefined {
  for (const [p, d] of capturedDockerfiles(ws)) {
    if (classOf(p) !== 'runtime') continue;
    const run = d.instructions.find((i) => i.keyword === 'RUN' && PRODUCTION_INSTALL.test(i.args.slice(0, 100_000)));
    if (run) return `${p}:${run.line}`;
  }
  return undefined;
}

/**
 * Like Python's "no lockfile": a package of the file that declares dependencies and that no lockfile
 * locks (project.lockOf) installs their dependencies too, unknown here, so the import may resolve.
 */
function unlockedGap(project: ReturnType<typeof jsProject>, pkgs: readonly PackageJson[], name: string): string | undefined {
  const p = pkgs.find((x) => x.dependencies.size > 0 && project.lockOf(x.dir) === undefined);
  return p === undefined ? undefined : `no lockfile locks this package (${p.dir === '' ? '.' : p.dir}): a declared package may install ${name} transitively`;
}

/** Extensions that name a file, never an npm package (`chart.js`, `bignumber.js` are packages; `x.json` is not). */
const FILE_SPEC = /\.(?:json|[cm]?tsx?)$/;

/**
 * Why a missing file under the tsconfig baseUrl is likely created by the build, or undefined when
 * nothing says so (then the bare specifier means a package, as it does for TypeScript's fallback).
 */
function builtUnderBaseUrl(file: string, ignored: (path: string) => boolean): string | undefined {
  if (ignored(file) || ignored(`${file}/`)) return `\`${file}\` is gitignored: a build step writes it`;
  if (isDefaultGenerated(file)) return `\`${file}\` is under a generated folder`;
  const ext = FILE_SPEC.exec(file)?.[0];
  if (ext !== undefined) return `the specifier names a file (\`${ext}\`), which a build step may create`;
  return undefined;
}

function isJsLock(path: string): boolean {
  return /(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml)$/.test(path);
}

/**
 * Files that other files import, but only for types (`import type`, or bindings used only as
 * types): TypeScript, esbuild and Babel erase those imports, so the file is never loaded and its
 * own package imports fail nothing at run time (P1, like test code). A file nobody imports may be
 * an entry point and is judged as it is.
 */
function typeOnlyModules(project: ReturnType<typeof jsProject>, obs: Array<{ path: string; value: JsSeen }>): Set<string> {
  const loaded = new Map<string, boolean>(); // target → some import of it loads values
  for (const { path, value } of obs) {
    for (const [spec, types] of value.local) {
      const target = project.resolveImport(path, spec);
      if (target !== undefined) loaded.set(target, (loaded.get(target) ?? false) || !types);
    }
  }
  return new Set([...loaded].filter(([, values]) => !values).map(([p]) => p));
}
