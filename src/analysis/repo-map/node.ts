// Node signals: package.json (workspaces, main/bin/exports, scripts, the jest key), pnpm-workspace.yaml,
// lerna.json, tsconfig/jsconfig (outDir, rootDirs, test configs' include, test excludes), the
// test globs of jest/vitest configuration files when they are plain string arrays, and
// docusaurus.config.* (a documentation site).
import picomatch from 'picomatch';
import { parse as parseYamlText } from 'yaml';
import type { DeployableUnit } from '../../model/repo-map.js';
import { stripBom, workspaceGlobs } from '../../ecosystems/npm/manifest.js';
import { globProblem } from '../../workspace/glob-guard.js';
import { isDockerfilePath } from '../dockerfile.js';
import { parseJsonc } from '../js/jsonc.js';
import { MAX_TSCONFIG_EXTENDS, tsconfigBases } from '../js/project.js';
import { baseOf, dirOf, exists, globIn, isGlob, lowerBound, resolveIn, strings, table, under, type Ctx, type Table } from './context.js';
import { TEST_TOKEN } from './names.js';
import { MAX_ALIAS_COUNT } from '../yaml.js';

/** Runners that execute a file given to them: `node x.js`, `tsx scripts/gen.ts`, `python tools/x.py`. */
const FILE_RUNNERS = new Set(['node', 'tsx', 'ts-node', 'ts-node-esm', 'bun', 'babel-node', 'esno', 'esr', 'vite-node', 'zx', 'deno', 'python', 'python3', 'sh', 'bash', 'jiti', 'sucrase-node', 'swc-node']);
/** Test runners, whose path arguments are test roots. */
const TEST_RUNNERS = new Set(['jest', 'vitest', 'mocha', 'ava', 'tap', 'playwright', 'cypress', 'karma', 'jasmine', 'pytest', 'uvu', 'c8', 'nyc']);
const COPIERS = new Set(['cp', 'cpx', 'cpx2', 'copyfiles', 'ncp', 'cpy', 'cpy-cli', 'rsync', 'shx']);
/** Packages that only test tools depend on: a workspace package of these and nothing else is a test suite. */
const TEST_DEPS = /^(?:@playwright\/test|playwright|cypress|@cypress\/.*|jest|vitest|mocha|chai|@testing-library\/.*|supertest|ava|@types\/.*|typescript|ts-node|tsx|dotenv|cross-env|@faker-js\/faker|webdriverio|@wdio\/.*|puppeteer|start-server-and-test|wait-on|nightwatch|testcafe|k6|artillery)$/;
const TEST_TOOL = /^(?:@playwright\/test|playwright|cypress|jest|vitest|mocha|ava|webdriverio|puppeteer|nightwatch|testcafe|k6|artillery|supertest)$/;
const START_SCRIPT = /^(?:start|serve|server|prod|start:prod|start:production)$/;
const DEV_SCRIPT = /(?:^|:)(?:dev|develop|watch|preview|storybook)(?:$|:)/;
/** Folders that hold a package's own source: a script that runs a file there is no proof the file is tooling. */
const SOURCE_DIRS = new Set(['src', 'lib', 'app', 'server', 'bin', 'api', 'source', 'pages', 'routes']);
const CODE_EXT = /\.(?:[cm]?[jt]sx?|sh|py)$/;

export function readNode(ctx: Ctx): void {
  const workspaceDirs = new Map<string, string>(); // package folder → the file that declares it a workspace
  // Folders holding a Dockerfile by any of its names (the map's inputs include them all).
  const dockerDirs = new Set(ctx.configs.filter(isDockerfilePath).map(dirOf));
  const packages = new Map<string, Table>();
  for (const path of ctx.configs) {
    if (baseOf(path) !== 'package.json') continue;
    const text = ctx.read(path);
    if (text === undefined) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(stripBom(text));
    } catch (e) {
      ctx.malformed(path, 'package.json', e instanceof Error ? e.message.split('\n')[0]! : 'not JSON');
      continue;
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
      ctx.malformed(path, 'package.json', 'not a JSON object');
      continue;
    }
    packages.set(dirOf(path), doc as Table);
  }
  // Sorted, the package folders below one folder are one run of the list: each workspace root looks at its own.
  const packageDirs = [...packages.keys()].sort();
  const addWorkspaces = (dir: string, globs: string[], config: string, declaredBy: string) => {
    const inc: string[] = [];
    const exc: string[] = [];
    for (const g of globs.slice(0, 200)) {
      const neg = g.startsWith('!');
      const full = globIn(dir, neg ? g.slice(1) : g);
      if (full === undefined) continue;
      const problem = globProblem(full);
      if (problem) ctx.malformed(config, baseOf(config), `the workspace glob '${full.slice(0, 200)}' ${problem}; not applied`);
      else (neg ? exc : inc).push(full);
    }
    if (inc.length === 0) return;
    const match = picomatch(inc, { dot: true, ...(exc.length > 0 ? { ignore: exc } : {}) });
    const from = dir === '' ? 0 : lowerBound(packageDirs, `${dir}/`);
    const to = dir === '' ? packageDirs.length : lowerBound(packageDirs, `${dir}0`); // '0' follows '/'
    for (let i = from; i < to; i++) {
      const d = packageDirs[i]!;
      if (d !== dir && match(d)) workspaceDirs.set(d, declaredBy);
    }
  };
  for (const [dir, doc] of packages) {
    const globs = workspaceGlobs(doc);
    const path = dir === '' ? 'package.json' : `${dir}/package.json`;
    if (globs.length > 0) addWorkspaces(dir, globs, path, `${path} workspaces`);
  }
  for (const path of ctx.configs) {
    const base = baseOf(path);
    if (base !== 'pnpm-workspace.yaml' && base !== 'lerna.json') continue;
    const text = ctx.read(path);
    if (text === undefined) continue;
    let doc: unknown;
    try {
      doc = base === 'lerna.json' ? JSON.parse(stripBom(text)) : parseYamlText(text, { maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      ctx.malformed(path, base, e instanceof Error ? e.message.split('\n')[0]! : 'unreadable');
      continue;
    }
    addWorkspaces(dirOf(path), strings(table(doc).packages), path, `${path} packages`);
  }

  for (const [dir, doc] of packages) {
    const path = dir === '' ? 'package.json' : `${dir}/package.json`;
    const scripts = Object.entries(table(doc.scripts)).filter((e): e is [string, string] => typeof e[1] === 'string');
    const entries = new Set<string>();
    const why: string[] = [];
    const main = typeof doc.main === 'string' ? resolveIn(dir, doc.main) : undefined;
    if (main !== undefined) {
      entries.add(main);
      why.push('main');
    }
    const bin = typeof doc.bin === 'string' ? [doc.bin] : strings(Object.values(table(doc.bin)));
    for (const b of bin) {
      const p = resolveIn(dir, b);
      if (p !== undefined) entries.add(p);
    }
    if (bin.length > 0) why.push('bin');
    const exp = exportTargets(doc.exports);
    for (const e of exp) {
      const p = resolveIn(dir, e);
      if (p !== undefined) entries.add(p);
    }
    if (exp.length > 0) why.push('exports');

    const testRoots = new Set<string>();
    for (const [name, command] of scripts.slice(0, 200)) {
      for (const cmd of commands(command)) {
        const [runner, args] = cmd;
        if (FILE_RUNNERS.has(runner)) {
          const target = args.find((a) => CODE_EXT.test(a));
          const p = target === undefined ? undefined : resolveIn(dir, target);
          if (p === undefined || !ctx.fileSet.has(p)) continue;
          if (START_SCRIPT.test(name)) {
            entries.add(p);
            if (!why.includes(`scripts.${name}`)) why.push(`scripts.${name}`);
          } else if (!DEV_SCRIPT.test(name) && !args.some((a) => /^(?:watch|--watch)$/.test(a)) && !entries.has(p)) {
            const top = (dir === '' ? p : p.slice(dir.length + 1)).split('/');
            if (top.length === 1 || !SOURCE_DIRS.has(top[0]!)) ctx.root(p, 'tooling', `${path} scripts.${name} runs it (${runner})`);
          }
        } else if (TEST_RUNNERS.has(runner)) {
          for (const a of args) {
            if (a.startsWith('-') || isGlob(a)) continue;
            const p = resolveIn(dir, a);
            if (p !== undefined && p !== dir && exists(ctx, p) && !ctx.fileSet.has(p) && !testRoots.has(p)) {
              testRoots.add(p);
              ctx.root(p, 'test', `${path} scripts.${name} runs ${runner} on it`);
            }
          }
        } else if (COPIERS.has(runner)) {
          copies(ctx, dir, path, name, runner, args);
        }
      }
    }
    const jest = table(doc.jest);
    for (const g of strings(jest.testMatch).slice(0, 50)) testGlob(ctx, dir, g, path, `${path} jest.testMatch`);

    const deps = [...Object.keys(table(doc.dependencies)), ...Object.keys(table(doc.devDependencies))];
    // Test tools only is not enough alone (a minimal app may declare just jest): the package must also
    // call itself a test suite, by its folder or its name (packages/e2e, @acme/integration-tests).
    const named = TEST_TOKEN.test(dir.slice(dir.lastIndexOf('/') + 1)) || (typeof doc.name === 'string' && TEST_TOKEN.test(doc.name));
    const testOnly = named && entries.size === 0 && deps.length > 0 && deps.every((d) => TEST_DEPS.test(d)) && deps.some((d) => TEST_TOOL.test(d));
    if (testOnly && dir !== '') {
      ctx.root(dir, 'test', `${path}: a package of test tools only (${deps.filter((d) => TEST_TOOL.test(d)).slice(0, 2).join(', ')}), no entry point`);
      continue;
    }
    const ws = workspaceDirs.get(dir);
    const hasDocker = dockerDirs.has(dir);
    if (entries.size > 0 || (ws !== undefined && hasDocker)) {
      const name = typeof doc.name === 'string' ? doc.name : dir === '' ? '(root)' : dir;
      const reason = [ws ? `a workspace (${ws})` : '', why.length > 0 ? `${path} ${why.join(', ')}` : `${path} with a Dockerfile`].filter(Boolean).join('; ');
      const unit: DeployableUnit = { root: dir, kind: 'node', name, entries: [...entries].sort(), reason };
      ctx.ship({ config: path, unit, ships: [] });
    }
  }

  readTsconfigs(ctx);
  readRunnerConfigs(ctx);
  readDocSites(ctx);
}

/**
 * A Docusaurus site (the folder of a docusaurus.config.*, the file that makes it one) below the
 * repository root is the project's documentation website, not its product. At the root it is the
 * product: the repository is the site.
 */
function readDocSites(ctx: Ctx): void {
  for (const path of ctx.configs) {
    if (!/^docusaurus\.config\.[cm]?[jt]s$/.test(baseOf(path))) continue;
    const dir = dirOf(path);
    if (dir !== '') ctx.root(dir, 'docs', `${path}: a Docusaurus documentation site`);
  }
}

/** The file targets of package.json `exports` (strings at any depth, conditions and subpaths). */
function exportTargets(v: unknown, depth = 0): string[] {
  if (typeof v === 'string') return v.startsWith('./') && !v.includes('*') ? [v] : [];
  if (depth > 4 || !v || typeof v !== 'object') return [];
  const out: string[] = [];
  for (const x of Object.values(v as Table)) out.push(...exportTargets(x, depth + 1));
  return out.slice(0, 50);
}

/** A script line → its simple commands, each as [runner, args], `npx`/`pnpm exec`/env assignments skipped. */
function commands(line: string): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  for (const part of line.slice(0, 4000).split(/&&|\|\||;|\|/)) {
    const words = part.trim().split(/\s+/).map((w) => w.replace(/^["']|["']$/g, '')).filter(Boolean);
    while (words.length > 0 && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!) || /^(?:npx|pnpx|bunx|cross-env|dotenv|env|exec|time|nohup)$/.test(words[0]!) || (words[0] === '--'))) words.shift();
    if ((words[0] === 'pnpm' || words[0] === 'yarn' || words[0] === 'npm') && (words[1] === 'exec' || words[1] === 'dlx')) words.splice(0, 2);
    else if (words[0] === 'yarn' && words[1] !== undefined && (TEST_RUNNERS.has(words[1]) || FILE_RUNNERS.has(words[1]))) words.shift();
    else if (words[0] === 'deno' && words[1] === 'run') words.splice(1, 1);
    const runner = words.shift();
    if (runner !== undefined) out.push([runner.replace(/^\.\/node_modules\/\.bin\//, ''), words.filter((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w))]);
  }
  return out;
}

function copies(ctx: Ctx, dir: string, path: string, name: string, runner: string, args: string[]): void {
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      // copyfiles -u 1 / -e pattern / -f; cpx -w...: skip a flag's value when it takes one.
      if ((runner === 'copyfiles' && /^(?:-u|--up|-e|--exclude)$/.test(a)) || (runner === 'rsync' && /^(?:--exclude|--include)$/.test(a))) i++;
      continue;
    }
    if (runner === 'shx' && operands.length === 0 && a === 'cp' && i === 0) continue;
    operands.push(a);
  }
  if (runner === 'shx' && args[0] !== 'cp') return;
  if (operands.length < 2) return;
  const to = operands[operands.length - 1]!;
  const toPath = resolveIn(dir, to);
  if (toPath === undefined) return;
  for (const from of operands.slice(0, -1).slice(0, 20)) {
    const fromPath = isGlob(from) ? globIn(dir, from) : resolveIn(dir, from);
    if (fromPath !== undefined) ctx.copy({ from: fromPath, to: toPath, reason: `${path} scripts.${name} copies it (${runner})` });
  }
}

/** A test glob of a runner's configuration: kept only when it names tests (a glob of all sources is no test root). */
function testGlob(ctx: Ctx, dir: string, glob: string, config: string, reason: string): void {
  if (!TEST_TOKEN.test(glob.replace(/<rootDir>/g, ''))) return;
  const g = globIn(dir, glob);
  if (g !== undefined) ctx.pattern({ glob: g, class: 'test', reason, layer: 'config' }, config);
}

interface Tsconfig {
  path: string;
  dir: string;
  include?: string[];
  exclude?: string[];
  outDir?: string;
  rootDirs?: string[];
  /** Folder the include/exclude globs are relative to (the config that declared them). */
  globDir: string;
}

const BUILD_TSCONFIG = /^(?:tsconfig|jsconfig)(?:\.(?:build|app|lib|prod|production|node|server))?\.json$/;
const TEST_TSCONFIG = /^tsconfig\.(?:test|tests|spec|specs|e2e|vitest|jest|cypress|playwright)\.json$/;

function readTsconfigs(ctx: Ctx): void {
  const cache = new Map<string, Tsconfig | null>();
  const cutShort = new WeakSet<Tsconfig>();
  const load = (path: string, depth: number): Tsconfig | undefined => {
    if (cache.has(path)) return cache.get(path) ?? undefined;
    cache.set(path, null); // a cycle reads as nothing
    const text = ctx.read(path);
    if (text === undefined) return undefined;
    const doc = parseJsonc(text);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
      ctx.malformed(path, 'tsconfig', 'not JSON with comments');
      return undefined;
    }
    const d = doc as Table;
    const dir = dirOf(path);
    let cfg: Tsconfig = { path, dir, globDir: dir };
    // `extends`: include/exclude are inherited, relative to the base config's folder; compilerOptions paths likewise.
    const bases = tsconfigBases(dir, d.extends);
    let cut = depth >= MAX_TSCONFIG_EXTENDS && bases.length > 0;
    for (const target of cut ? [] : bases) {
      const base = load(target, depth + 1);
      if (!base) continue;
      cfg = { ...base, path, dir };
      if (cutShort.has(base)) cut = true;
    }
    if (Array.isArray(d.include) || Array.isArray(d.exclude)) cfg.globDir = dir;
    if (Array.isArray(d.include)) cfg.include = strings(d.include).slice(0, 100);
    if (Array.isArray(d.exclude)) cfg.exclude = strings(d.exclude).slice(0, 100);
    const co = table(d.compilerOptions);
    if (typeof co.outDir === 'string') cfg.outDir = resolveIn(dir, co.outDir);
    if (Array.isArray(co.rootDirs)) cfg.rootDirs = strings(co.rootDirs).map((r) => resolveIn(dir, r)).filter((r): r is string => r !== undefined);
    // Cut short because it was reached through a long chain: read again from its own entry.
    if (cut && depth > 0) {
      cache.delete(path);
      cutShort.add(cfg);
    } else cache.set(path, cfg);
    return cfg;
  };
  const byDir = new Map<string, Tsconfig[]>();
  for (const path of ctx.configs) {
    if (!/^(?:ts|js)config.*\.json$/.test(baseOf(path))) continue;
    const cfg = load(path, 0);
    if (!cfg) continue;
    (byDir.get(cfg.dir) ?? byDir.set(cfg.dir, []).get(cfg.dir)!).push(cfg);
  }
  for (const [dir, cfgs] of byDir) {
    const builds = cfgs.filter((c) => BUILD_TSCONFIG.test(baseOf(c.path)));
    const sources = new Set(builds.flatMap((c) => (c.include ?? []).map((g) => globIn(c.globDir, g.replace(/\/\*\*.*$/, '')) ?? '')));
    for (const c of cfgs) {
      // outDir: the compiler's output. Never the project folder itself or a folder that holds its sources.
      if (c.outDir !== undefined && c.outDir !== dir && under(c.outDir, dir) && ![...sources].some((s) => s !== '' && under(s, c.outDir!))) {
        ctx.root(c.outDir, 'generated', `${c.path} compilerOptions.outDir (compiler output)`, 'generated');
      }
      // rootDirs that merge a hidden or generated folder into the sources: typegen output (.react-router/types, .svelte-kit/types).
      for (const r of c.rootDirs ?? []) {
        const rel = dir === '' ? r : r.slice(dir.length + 1);
        if (r !== dir && under(r, dir) && /(?:^|\/)(?:\.[^/]+|__generated__|generated|\.?types?-?gen)(?:\/|$)/.test(rel)) {
          ctx.root(r, 'generated', `${c.path} compilerOptions.rootDirs maps it (generated types)`, 'generated');
        }
      }
      const name = baseOf(c.path);
      if (BUILD_TSCONFIG.test(name)) {
        for (const x of c.exclude ?? []) {
          if (TEST_TOKEN.test(x)) testGlobOrDir(ctx, c.globDir, x, c.path, `${c.path} excludes it from the build`);
          else if (!isGlob(x) && x !== 'node_modules' && !x.endsWith('/node_modules')) {
            const folder = resolveIn(c.globDir, x.replace(/\/+$/, ''));
            if (folder !== undefined && ctx.dirs.has(folder)) ctx.excludedFromBuild(folder, `${c.path} excludes it from the build`);
          }
        }
      } else if (TEST_TSCONFIG.test(name)) {
        const excluded = new Set(builds.flatMap((b) => (b.exclude ?? []).map((x) => globIn(b.globDir, x))));
        for (const x of c.include ?? []) {
          const g = globIn(c.globDir, x);
          if (g === undefined) continue;
          if (TEST_TOKEN.test(x)) testGlobOrDir(ctx, c.globDir, x, c.path, `${c.path} includes it`);
          else if (excluded.has(g)) testGlobOrDir(ctx, c.globDir, x, c.path, `${c.path} includes it and the build's tsconfig excludes it`);
        }
      }
    }
  }
}

/** A tsconfig include/exclude entry: a folder (everything below it) or a glob. */
function testGlobOrDir(ctx: Ctx, dir: string, entry: string, config: string, reason: string): void {
  if (!isGlob(entry)) {
    const p = resolveIn(dir, entry);
    if (p !== undefined && p !== dir && exists(ctx, p)) ctx.root(p, 'test', reason);
    return;
  }
  const g = globIn(dir, entry);
  if (g !== undefined) ctx.pattern({ glob: g, class: 'test', reason, layer: 'config' }, config);
}

/** jest.config.* `testMatch` and vitest/vite config `test.include`, when written as string arrays. */
function readRunnerConfigs(ctx: Ctx): void {
  for (const path of ctx.configs) {
    const base = baseOf(path);
    if (/^playwright\.config\.[cm]?[jt]s$/.test(base)) {
      playwrightTests(ctx, path);
      continue;
    }
    const m = /^(jest|vitest|vite)\.config\.[cm]?[jt]s$/.exec(base);
    if (!m) continue;
    const text = ctx.read(path);
    if (text === undefined) continue;
    const key = m[1] === 'jest' ? 'testMatch' : 'include';
    if (m[1] !== 'jest' && !/\btest\s*:\s*\{/.test(text)) continue;
    const re = new RegExp(`\\b${key}\\s*:\\s*\\[([^\\]]{0,2000})\\]`, 'g');
    for (const arr of text.matchAll(re)) {
      for (const lit of arr[1]!.matchAll(/(['"`])((?:(?!\1)[^\\\n]){1,300})\1/g)) testGlob(ctx, dirOf(path), lit[2]!, path, `${path} ${m[1] === 'jest' ? 'testMatch' : 'test.include'}`);
    }
  }
}

/**
 * A Playwright configuration names its suite's folder (`testDir`): that folder is tests. Only a
 * literal `testDir` is read, never the repository root, and the configuration's own folder only
 * when it is no application: its package.json (if any) has no start script and no entry file that
 * exists (vaultwarden's `playwright/` holds `testDir: './.'` and a package of e2e helpers; an app
 * with its config beside its sources keeps them runtime).
 */
function playwrightTests(ctx: Ctx, path: string): void {
  const text = ctx.read(path);
  if (text === undefined) return;
  const lit = /\btestDir\s*:\s*(['"`])([^'"`\n]{1,300})\1/.exec(text)?.[2];
  if (lit === undefined) return;
  const dir = dirOf(path);
  const root = resolveIn(dir, lit);
  if (root === undefined || root === '' || !exists(ctx, root)) return;
  if (root === dir && !testPackage(ctx, dir)) return;
  ctx.root(root, 'test', `${path} testDir`);
}

/** A folder whose package.json, if any, runs nothing: no start-like script, no main or bin file that exists. */
function testPackage(ctx: Ctx, dir: string): boolean {
  const pkg = ctx.read(`${dir}/package.json`);
  if (pkg === undefined) return true;
  const doc = table(parseJsonc(stripBom(pkg)));
  if (Object.keys(table(doc.scripts)).some((n) => START_SCRIPT.test(n))) return false;
  const targets = [typeof doc.main === 'string' ? doc.main : undefined, ...(typeof doc.bin === 'string' ? [doc.bin] : Object.values(table(doc.bin)).filter((v): v is string => typeof v === 'string'))];
  return !targets.some((t) => t !== undefined && ctx.fileSet.has(resolveIn(dir, t) ?? ''));
}
