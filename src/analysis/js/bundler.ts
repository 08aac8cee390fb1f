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
  /** Alias keys: an import of the key or below it (`gql`, `gql/x`); `exact` from webpack's `key$`. */
  aliases: Set<string>;
  exact: Set<string>;
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
  /** Some external is computed (a function, a RegExp, a call): any import may be external. */
  computedExternal?: boolean;
}

/** How many alias or external entries one configuration may hold: real ones have tens. */
const MAX_ENTRIES = 500;

/** The aliases and externals of a bundler configuration; everything computed when its grammar is not loaded. */
export function readBundlerConfig(path: string, text: string): BundlerConfig {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const tsup = base.startsWith('tsup.');
  const cfg: BundlerConfig = { path, aliases: new Set(), exact: new Set(), externals: new Set(), wildcards: [], subpaths: tsup || base.startsWith('esbuild.'), node: tsup };
  const lang = langOf(path);
  const tree = lang ? parseText(lang === 'typescript' ? 'typescript' : 'javascript', text) : null;
  if (!tree) return { ...cfg, computedAlias: true };
  try {
    forEachNode(tree, PAIR_OR_CALL, (n, t) => {
      if (t === 'call_expression') aliasSet(n, cfg);
      else pair(n, cfg, tsup);
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
      break;
    }
    case 'platform': {
      const p = literal(value);
      if (p === 'node') cfg.node = true;
      else if (tsup && p !== undefined) cfg.node = false;
      break;
    }
    case 'externalsPresets':
      if (/\bnode\s*:\s*true\b/.test(value.text.slice(0, 500))) cfg.node = true;
      break;
  }
}

/** The key of the pair whose object value holds this pair (`resolve` for `resolve: { alias }`). */
function parentKey(n: Node): string | undefined {
  const obj = n.parent;
  return obj?.type === 'object' && obj.parent?.type === 'pair' ? keyOf(obj.parent) : undefined;
}

function aliases(value: Node, cfg: BundlerConfig): void {
  const add = (k: string) => {
    if (cfg.aliases.size + cfg.exact.size >= MAX_ENTRIES) return;
    if (k.endsWith('$')) cfg.exact.add(k.slice(0, -1));
    else cfg.aliases.add(k);
  };
  if (value.type === 'object') {
    for (const c of value.namedChildren) {
      if (c?.type === 'pair') {
        const k = keyOf(c);
        if (k !== undefined) add(k);
        else cfg.computedAlias = true;
      } else if (c?.type !== 'comment') cfg.computedAlias = true; // a spread, a shorthand or a method
    }
  } else if (value.type === 'array') {
    // Vite / Rollup: [{ find: 'x', replacement: … }]; a RegExp `find` is not run on hostile input.
    for (const c of value.namedChildren) {
      if (c?.type === 'comment') continue;
      const find = c?.type === 'object' ? c.namedChildren.find((p) => p?.type === 'pair' && keyOf(p) === 'find') : undefined;
      const k = literal(find?.childForFieldName('value') ?? null);
      if (k !== undefined) add(k);
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
  const fn = n.childForFieldName('function');
  if (fn?.type !== 'member_expression' || fn.childForFieldName('property')?.text !== 'set' || !/\.alias$/.test(fn.childForFieldName('object')?.text ?? '')) return;
  const k = literal(n.childForFieldName('arguments')?.namedChildren[0] ?? null);
  if (k !== undefined) {
    if (cfg.aliases.size < MAX_ENTRIES) cfg.aliases.add(k);
  } else cfg.computedAlias = true;
}

/** How a configuration provides an import, if it does. */
export function provides(cfg: BundlerConfig, spec: string): 'alias' | 'external' | undefined {
  if (cfg.exact.has(spec)) return 'alias';
  for (let s = spec; ; ) {
    if (cfg.aliases.has(s)) return 'alias';
    const slash = s.lastIndexOf('/');
    if (slash <= 0) break;
    s = s.slice(0, slash);
  }
  if (cfg.node) return undefined;
  if (cfg.externals.has(spec)) return 'external';
  if (cfg.subpaths) for (let s = spec, slash = s.lastIndexOf('/'); slash > 0; s = s.slice(0, slash), slash = s.lastIndexOf('/')) if (cfg.externals.has(s.slice(0, slash))) return 'external';
  for (const e of cfg.wildcards) {
    const star = e.indexOf('*');
    if (spec.length >= e.length - 1 && spec.startsWith(e.slice(0, star)) && spec.endsWith(e.slice(star + 1))) return 'external';
  }
  return undefined;
}

/** The gap a computed alias or external list leaves, for an import this configuration does not provide by name. */
export function computedGap(cfg: BundlerConfig): string | undefined {
  if (cfg.computedAlias) return `the bundler config (${cfg.path}) may alias it`;
  if (cfg.computedExternal && !cfg.node) return `the bundler config (${cfg.path}) may mark it external, provided by the host at run time`;
  return undefined;
}
