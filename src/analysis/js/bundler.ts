// What a bundler configuration resolves itself, so that an import of that name is no package to
// install: webpack `resolve.alias` and `externals`, Vite `resolve.alias` and
// `build.rollupOptions.external`, Rollup `external` and the alias plugin's `entries`, esbuild/tsup
// `external`, vue.config's `configureWebpack` and `chainWebpack` (`.alias.set('x', …)`). An alias
// resolves the import to a file or another module; an external is left to whatever loads the
// bundle (the host page, Grafana's AMD loader). Read from the syntax tree, statically: only literal
// keys and strings count. Aliases or externals the configuration computes (a function, a spread, a
// variable) are a gap the findings name, never a proof either way.
import { langOf, parseText, type Node } from '../../syntax/index.js';
import { forEachNode, forgetTree } from '../../syntax/walk.js';

/** The bundler configurations read (their texts are captured with the other JS configuration). */
export const BUNDLER_CONFIGS = [
  '**/{vite,webpack,rollup,rolldown,esbuild,rspack,tsup,electron.vite,vue}.config.{js,cjs,mjs,ts,cts,mts}',
  '**/webpack.*.{js,cjs,mjs,ts}',
];
const BUNDLER_CONFIG = /^(?:(?:vite|webpack|rollup|rolldown|esbuild|rspack|tsup|electron\.vite|vue)\.config\.[cm]?[jt]s|webpack\.[\w.-]+\.(?:[cm]?js|ts))$/;

export function isBundlerConfig(path: string): boolean {
  return BUNDLER_CONFIG.test(path.slice(path.lastIndexOf('/') + 1));
}

export interface BundlerConfig {
  path: string;
  /**
   * Alias keys → the package the alias leads to, if it leads to one (`'vue$': 'vue/dist/vue.esm.js'`,
   * `path.join(cwd, 'node_modules/apollo-link')`), else undefined (a file or folder). An import of
   * the key or below it (`gql`, `gql/x`); `exact` from webpack's `key$`.
   */
  aliases: Map<string, string | undefined>;
  exact: Map<string, string | undefined>;
  /** Literal externals, matched as written. */
  externals: Set<string>;
  /** Externals with one `*` (`@grafana/*`, esbuild), which stands for any text. */
  wildcards: string[];
  /** esbuild and tsup treat an external package's subpaths as external too. */
  subpaths: boolean;
  /**
   * The bundle runs on Node (`target: 'node…'`, `platform: 'node'`, `externalsPresets.node`, tsup's
   * default): its externals are loaded from node_modules at run time, so they must be installed.
   */
  node: boolean;
  /** Some alias is computed (a spread, a variable, a RegExp): any import may be aliased. */
  computedAlias?: boolean;
  /**
   * Alias keys that lead to a folder of the repository, relative to the configuration's folder
   * (`'@': path.resolve(__dirname, 'src')` → `src`): read only to follow the import graph of a bundle
   * (analysis/js/frontend.ts), never to excuse an import.
   */
  aliasDirs: Map<string, string>;
  /**
   * The strings written under the entry options (webpack `entry`, Rollup/Vite `input`, Vite
   * `build.lib.entry`, tsup/tsdown `entry`), relative to the configuration's folder or the package's:
   * the files the bundle starts from.
   */
  entries: string[];
  /** The configuration says the bundle runs in a browser (`platform: 'browser'`, `target: 'web'`). */
  browser?: boolean;
  /** It builds a server-side rendering bundle (Vite `build.ssr`, a top-level `ssr` block), which Node runs. */
  ssr?: boolean;
  /** Some external is computed (a function, a RegExp, a call): any import may be external. */
  computedExternal?: boolean;
}

/** How many alias or external entries one configuration may hold: real ones have tens. */
const MAX_ENTRIES = 500;

/** The aliases and externals of a bundler configuration; everything computed when its grammar is not loaded. */
export function readBundlerConfig(path: string, text: string): BundlerConfig {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const tsup = base.startsWith('tsup.');
  const cfg: BundlerConfig = { path, aliases: new Map(), exact: new Map(), externals: new Set(), wildcards: [], subpaths: tsup || base.startsWith('esbuild.'), node: tsup, aliasDirs: new Map(), entries: [] };
  const lang = langOf(path);
  const tree = lang ? parseText(lang === 'typescript' ? 'typescript' : 'javascript', text) : null;
  if (!tree) return { ...cfg, computedAlias: true };
  try {
    const mix = /^webpack\.mix\.[cm]?[jt]s$/.test(base);
    forEachNode(tree, PAIR_OR_CALL, (n, t) => {
      if (t === 'call_expression') {
        aliasSet(n, cfg);
        if (mix) mixEntry(n, cfg);
      } else pair(n, cfg, tsup);
    });
  } finally {
    forgetTree(tree);
    tree.delete();
  }
  return cfg;
}

const PAIR_OR_CALL: ReadonlySet<string> = new Set(['pair', 'call_expression']);

function keyOf(pair: Node): string | undefined {
  const k = pair.childForFieldName('key');
  return k?.type === 'property_identifier' ? k.text : k ? literal(k) : undefined;
}

/** A string or substitution-free template literal's value, else undefined. */
function literal(n: Node | null): string | undefined {
  if (!n) return undefined;
  if (n.type === 'string') return n.namedChildren.every((c) => c?.type === 'string_fragment') ? n.namedChildren.map((c) => c!.text).join('') : undefined;
  if (n.type === 'template_string' && n.namedChildren.length === 0) return n.text.slice(1, -1);
  return undefined;
}

function pair(n: Node, cfg: BundlerConfig, tsup: boolean): void {
  const key = keyOf(n);
  const value = n.childForFieldName('value');
  if (!value) return;
  switch (key) {
    case 'alias':
      // resolveLoader.alias names loaders, not modules.
      if (parentKey(n) !== 'resolveLoader') aliases(value, cfg);
      break;
    case 'entries':
      // @rollup/plugin-alias: alias({ entries: … }).
      if (n.parent?.parent?.parent?.type === 'call_expression' && /(?:^|\.)alias$/.test(n.parent.parent.parent.childForFieldName('function')?.text ?? '')) aliases(value, cfg);
      break;
    case 'externals':
    case 'external':
      // Vite's `ssr.external` is loaded from node_modules by the server: installed, like a Node target's.
      if (parentKey(n) !== 'ssr') externals(value, cfg);
      break;
    case 'target': {
      const targets = value.type === 'array' ? value.namedChildren.map(literal) : [literal(value)];
      if (targets.some((x) => x !== undefined && /^(?:async-)?node|^electron-(?:main|preload)/.test(x))) cfg.node = true;
      else if (targets.some((x) => x === 'web' || x === 'webworker' || x === 'browserslist')) cfg.browser = true;
      break;
    }
    case 'platform': {
      const p = literal(value);
      if (p === 'node') cfg.node = true;
      else if (tsup && p !== undefined) cfg.node = false;
      if (p === 'browser') cfg.browser = true;
      break;
    }
    case 'input':
    case 'entry':
      entryStrings(value, cfg);
      break;
    case 'ssr':
      // `build.ssr: 'src/server.ts'` (or true), or a top-level `ssr: { … }` block: Node renders the app.
      if (value.type !== 'false' && (parentKey(n) === 'build' || n.parent?.parent?.type !== 'pair')) cfg.ssr = true;
      break;
    case 'externalsPresets':
      if (value.type === 'object' && value.namedChildren.some((p) => p?.type === 'pair' && keyOf(p) === 'node' && p.childForFieldName('value')?.type === 'true')) cfg.node = true;
      break;
  }
}

/** The key of the pair whose object value holds this pair (`resolve` for `resolve: { alias }`). */
function parentKey(n: Node): string | undefined {
  const obj = n.parent;
  return obj?.type === 'object' && obj.parent?.type === 'pair' ? keyOf(obj.parent) : undefined;
}

function aliases(value: Node, cfg: BundlerConfig): void {
  const add = (k: string, to: Node | null | undefined) => {
    if (cfg.aliases.size + cfg.exact.size >= MAX_ENTRIES) return;
    const target = packageTarget(to);
    if (k.endsWith('$')) cfg.exact.set(k.slice(0, -1), target);
    else cfg.aliases.set(k, target);
    const dir = target === undefined ? folderTarget(to) : undefined;
    if (dir !== undefined && !k.endsWith('$')) cfg.aliasDirs.set(k, dir);
  };
  if (value.type === 'object') {
    for (const c of value.namedChildren) {
      if (c?.type === 'pair') {
        const k = keyOf(c);
        if (k !== undefined) add(k, c.childForFieldName('value'));
        else cfg.computedAlias = true;
      } else if (c?.type !== 'comment') cfg.computedAlias = true; // a spread, a shorthand or a method
    }
  } else if (value.type === 'array') {
    // Vite / Rollup: [{ find: 'x', replacement: … }]; a RegExp `find` is not run on hostile input.
    for (const c of value.namedChildren) {
      if (c?.type === 'comment') continue;
      const field = (name: string) => (c?.type === 'object' ? c.namedChildren.find((p) => p?.type === 'pair' && keyOf(p) === name) : undefined)?.childForFieldName('value');
      const k = literal(field('find') ?? null);
      if (k !== undefined) add(k, field('replacement'));
      else cfg.computedAlias = true;
    }
  } else cfg.computedAlias = true;
}

function externals(value: Node, cfg: BundlerConfig): void {
  const add = (k: string) => {
    if (cfg.externals.size + cfg.wildcards.length >= MAX_ENTRIES) return;
    if (/^[^*]*\*[^*]*$/.test(k)) cfg.wildcards.push(k);
    else cfg.externals.add(k);
  };
  const one = (c: Node) => {
    const s = literal(c);
    if (s !== undefined) add(s);
    else if (c.type === 'object') {
      for (const p of c.namedChildren) {
        if (p?.type === 'comment') continue;
        const k = p?.type === 'pair' ? keyOf(p) : undefined;
        if (k !== undefined) add(k);
        else cfg.computedExternal = true;
      }
    } else if (c.type !== 'comment') cfg.computedExternal = true; // a RegExp, a function, a variable, a call
  };
  if (value.type === 'array') for (const c of value.namedChildren) one(c!);
  else one(value);
}

/** `config.resolve.alias.set('key', …)` (webpack-chain, vue.config's chainWebpack). */
function aliasSet(n: Node, cfg: BundlerConfig): void {
  const isSet = (x: Node | null | undefined) => x?.type === 'member_expression' && x.childForFieldName('property')?.text === 'set';
  const fn = n.childForFieldName('function');
  if (!isSet(fn)) return;
  // Chained: `.alias.set('a', …).set('b', …)`.
  let on = fn!.childForFieldName('object');
  for (let depth = 0; on?.type === 'call_expression' && isSet(on.childForFieldName('function')) && depth < 50; depth++) on = on.childForFieldName('function')!.childForFieldName('object');
  if (on?.type !== 'member_expression' || on.childForFieldName('property')?.text !== 'alias') return;
  const args = n.childForFieldName('arguments')?.namedChildren;
  const k = literal(args?.[0] ?? null);
  if (k === undefined) cfg.computedAlias = true;
  else if (cfg.aliases.size + cfg.exact.size < MAX_ENTRIES) {
    if (k.endsWith('$')) cfg.exact.set(k.slice(0, -1), packageTarget(args?.[1]));
    else cfg.aliases.set(k, packageTarget(args?.[1]));
  }
}

/** Laravel Mix's methods that bundle the script (or scripts) of their first argument. */
const MIX_SCRIPTS: ReadonlySet<string> = new Set(['js', 'ts', 'react', 'preact', 'vue', 'coffee']);

/**
 * A Laravel Mix entry of webpack.mix.js: `mix.js('src/app.js', 'public/js')`, chained
 * (`mix.js(…).vue().ts(…)`) from the `mix` object; the first argument's strings are the entries.
 */
function mixEntry(n: Node, cfg: BundlerConfig): void {
  const fn = n.childForFieldName('function');
  if (fn?.type !== 'member_expression' || !MIX_SCRIPTS.has(fn.childForFieldName('property')?.text ?? '')) return;
  let on = fn.childForFieldName('object');
  for (let depth = 0; on && depth < 50; depth++) {
    if (on.type === 'call_expression') on = on.childForFieldName('function');
    else if (on.type === 'member_expression') on = on.childForFieldName('object');
    else break;
  }
  if (on?.type !== 'identifier' || on.text !== 'mix') return;
  const first = n.childForFieldName('arguments')?.namedChildren[0];
  if (first && (first.type === 'string' || first.type === 'array')) entryStrings(first, cfg);
}

/** How many strings of an alias target are looked at for a node_modules path. */
const MAX_TARGET_STRINGS = 20;
/**
 * An alias target longer than this is no path expression: not searched (the walk collects every
 * string below the target first, and targets nested in targets would make that quadratic).
 */
const MAX_TARGET_CHARS = 1000;

/**
 * The package an alias target names: a bare specifier (`vue/dist/vue.esm.js`, `preact/compat`), or a
 * path into node_modules (`path.join(process.cwd(), 'node_modules/apollo-link')`): the import then
 * still needs that package installed. Undefined for a file or folder of the repository (or a target
 * too long to be a path expression).
 */
function packageTarget(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  const s = literal(n);
  if (s !== undefined) return /^(?:@[\w.-]+\/)?[\w-][\w.-]*(?:\/|$)/.test(s) && !/^[A-Za-z]:/.test(s) ? s : undefined;
  if (n.endIndex - n.startIndex > MAX_TARGET_CHARS) return undefined;
  let found: string | undefined;
  let seen = 0;
  forEachNode(n, STRINGS, (x) => {
    const m = /(?:^|\/)node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/.exec(literal(x) ?? '');
    if (m) found = m[1];
    return found !== undefined || ++seen >= MAX_TARGET_STRINGS ? 'stop' : undefined;
  });
  return found;
}

const STRINGS: ReadonlySet<string> = new Set(['string']);

/** A relative folder path as an alias target writes it (`src`, `./src`, `../shared/src`). */
const REL_FOLDER = /^(?:\.\.?\/)*[\w@][\w@.-]*(?:\/[\w@.-]+)*\/?$|^\.\/?$/;

/**
 * The folder an alias target names, relative to the configuration: a literal relative path, or the
 * last string of a path expression (`path.resolve(__dirname, 'src')`,
 * `fileURLToPath(new URL('./src', import.meta.url))`). Undefined when it names none.
 */
function folderTarget(n: Node | null | undefined): string | undefined {
  if (!n || n.endIndex - n.startIndex > MAX_TARGET_CHARS) return undefined;
  const s = literal(n);
  if (s !== undefined) return /^\.\.?\//.test(s) && REL_FOLDER.test(s) ? s : undefined;
  let last: string | undefined;
  let seen = 0;
  forEachNode(n, STRINGS, (x) => {
    last = literal(x);
    return ++seen >= MAX_TARGET_STRINGS ? 'stop' : undefined;
  });
  return last !== undefined && REL_FOLDER.test(last) && !last.includes('node_modules') ? last : undefined;
}

/** How many entry strings one configuration contributes: real ones name a few. */
const MAX_ENTRY_STRINGS = 50;

/** Every string literal under an entry option (a string, an array, an object of names, a path call). */
function entryStrings(value: Node, cfg: BundlerConfig): void {
  if (value.endIndex - value.startIndex > MAX_TARGET_CHARS * 10) return;
  forEachNode(value, STRINGS, (x) => {
    const s = literal(x);
    if (s !== undefined && s !== '' && !s.includes('node_modules')) cfg.entries.push(s);
    return cfg.entries.length >= MAX_ENTRY_STRINGS ? 'stop' : undefined;
  });
}

export type Provided = { by: 'alias'; target?: string } | { by: 'external' };

/** How a configuration provides an import, if it does; an alias to a package names it (`target`). */
export function provides(cfg: BundlerConfig, spec: string): Provided | undefined {
  const alias = (m: Map<string, string | undefined>, k: string): Provided | undefined => (m.has(k) ? { by: 'alias', ...(m.get(k) !== undefined ? { target: m.get(k) } : {}) } : undefined);
  const exact = alias(cfg.exact, spec);
  if (exact) return exact;
  for (let s = spec; ; ) {
    const a = alias(cfg.aliases, s);
    if (a) return a;
    const slash = s.lastIndexOf('/');
    if (slash <= 0) break;
    s = s.slice(0, slash);
  }
  if (cfg.node) return undefined;
  if (cfg.externals.has(spec)) return { by: 'external' };
  if (cfg.subpaths) for (let s = spec, slash = s.lastIndexOf('/'); slash > 0; s = s.slice(0, slash), slash = s.lastIndexOf('/')) if (cfg.externals.has(s.slice(0, slash))) return { by: 'external' };
  for (const e of cfg.wildcards) {
    const star = e.indexOf('*');
    if (spec.length >= e.length - 1 && spec.startsWith(e.slice(0, star)) && spec.endsWith(e.slice(star + 1))) return { by: 'external' };
  }
  return undefined;
}

/** The gap a computed alias or external list leaves, for an import this configuration does not provide by name. */
export function computedGap(cfg: BundlerConfig): string | undefined {
  if (cfg.computedAlias) return `the bundler config (${cfg.path}) may alias it`;
  if (cfg.computedExternal && !cfg.node) return `the bundler config (${cfg.path}) may mark it external, provided by the host at run time`;
  return undefined;
}
