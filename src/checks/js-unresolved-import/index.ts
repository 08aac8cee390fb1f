// js-unresolved-import: a relative import/export-from/require()/import() whose target file does
// not exist (RULES.md, build), with Node's and TypeScript's completion rules, tsconfig `paths`
// (and `baseUrl`), package.json subpath `imports`, and bundler aliases (analysis/js/bundler.ts).
// Bare package names are undeclared-dependency's business. Resolution: analysis/js/project.ts.
import { ignoredPaths } from '../../analysis/deps/gitignore.js';
import { isTestDataPath } from '../../analysis/repo-map/names.js';
import { joinPath } from '../../analysis/deps/python-manifests.js';
import { COMPONENT_FILES, moduleFacts, type JsImport } from '../../analysis/js/facts.js';
import { ENTRY_CAPTURE, unloadedFiles, type JsLinks } from '../../analysis/js/entries.js';
import { JS_CAPTURE, JS_FILES, jsProject } from '../../analysis/js/project.js';
import { dirOf } from '../../analysis/python/modules.js';
import { defineCheck } from '../../model/check.js';
import { isDefaultGenerated } from '../../workspace/discover.js';

interface Seen {
  /** The imports this rule judges. */
  imports: JsImport[];
  /** Every specifier the file loads (the import graph). */
  links: string[];
  mentions?: string[];
  byPattern?: boolean;
  patternFolders?: string[];
}

export default defineCheck({
  meta: {
    id: 'js-unresolved-import',
    area: 'build',
    severity: 'P0',
    effortMinutes: 15,
    title: 'JS/TS import of a missing file',
    certainty: 'proven',
    proof: 'the target exists nowhere, and no build output, ignored (generated) path, tsconfig `paths`/`baseUrl` or package.json `imports` can provide it, in a file a build includes and that another file imports or an entry point names',
    scope: 'runtime',
    precision: 'high',
    docs: 'rules/checks/js-unresolved-import.md',
    pure: true,
    files: [...JS_FILES, ...COMPONENT_FILES],
    languages: ['javascript', 'typescript', 'tsx'],
    capture: [...JS_CAPTURE, ...ENTRY_CAPTURE],
    messages: {
      missingRelative:
        '`{spec}` does not resolve: there is no `{target}` with any extension (.ts .tsx .d.ts .js .jsx .mjs .cjs .json, `.ts` for `.js`) nor an index file in it. Loading this module fails (ERR_MODULE_NOT_FOUND / TS2307).',
      missingAlias:
        '`{spec}` matches the path mapping `{pattern}` of {config}, but none of its targets exists ({targets}): the build fails (TS2307) and so does any runtime that honours the mapping.',
      missingSubpath:
        '`{spec}` is a subpath import of {manifest}, whose `imports` {why}: Node throws ERR_PACKAGE_IMPORT_NOT_DEFINED or ERR_MODULE_NOT_FOUND.',
    },
    remediation:
      'Point the import at the file that exists (renamed or moved?), add the missing file, or fix the tsconfig `paths` / package.json `imports` entry it goes through.',
  },
  create(ctx) {
    return {
      file(f) {
        // Declarations, and test data (fixtures a tool under test reads) are never loaded as modules.
        if (f.path.endsWith('.d.ts') || isTestDataPath(f.path)) return;
        const facts = moduleFacts(f);
        // A template (`{% for … %}` lines) is rendered by a generator before it runs: not code yet.
        if (!facts || facts.template) return;
        // Only what this rule resolves: relative paths, `#` subpath imports, and bare specifiers (for
        // tsconfig paths). An MDX document's imports only load files (the import graph): whether and
        // how it is compiled is its toolchain's (Storybook, @next/mdx, a content loader, one without imports).
        const imports = f.path.endsWith('.mdx') ? [] : facts.imports.filter((i) => !i.guarded && !/^(?:[a-z+]+:|\/\/)/i.test(i.spec) && !i.spec.includes('!') && !i.spec.includes('${'));
        // Every load, guarded too, for the import graph (a file nothing loads is never run).
        const links = facts.imports.map((i) => i.spec).filter((s) => s.startsWith('.') || !/^(?:[a-z+]+:|\/\/)/i.test(s));
        if (imports.length > 0 || links.length > 0 || facts.mentions || facts.byPattern) {
          ctx.observe({ imports, links, ...(facts.mentions ? { mentions: facts.mentions } : {}), ...(facts.byPattern ? { byPattern: true } : {}), ...(facts.patternFolders ? { patternFolders: facts.patternFolders } : {}) } satisfies Seen);
        }
      },
      end() {
        // Built at the first question: a re-run whose files were all judged before may ask none.
        let project$: ReturnType<typeof jsProject> | undefined;
        let ignored$: ((path: string) => boolean) | undefined;
        const project = () => (project$ ??= jsProject(ctx.workspace));
        const ignored = (p: string) => (ignored$ ??= ignoredPaths(ctx.workspace))(p);
        // A target under a build output or a gitignored folder is produced by a build step.
        // A submodule's files are another repository's: checked out or not, the scan never reads them.
        const submodules = ctx.workspace.submodules ?? [];
        const submoduleOf = (p: string) => submodules.find((s) => p === s || p.startsWith(`${s}/`));
        const generated = (p: string) => isDefaultGenerated(p) || ignored(p) || ignored(`${p}/`) || EXTS.some((e) => ignored(p + e));
        let stems: ReadonlyMap<string, string> | undefined;
        // Each file's imports judged on their own (kept while its observations are the same); what
        // the import graph says of the files with a finding is asked below, once, for all of them.
        const judged = ctx.perFile<Seen, Judged>('imports', (path, values) => {
          const found: Found[] = [];
          for (const imp of values.flatMap((v) => v.imports)) {
            const spec = imp.spec.replace(/[?#].*$/, '');
            // An import of types only is erased at run time (tsc, esbuild, Vite, Babel): nothing loads
            // it, and a type generator (React Router's `+types`) may write it before type checking.
            const at = { line: imp.line, column: imp.column, spec: imp.spec, typesOnly: imp.typeOnly || imp.typeUsesOnly === true };
            if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
              const target = joinPath(dirOf(path), spec);
              if (target === undefined || project().resolveFile(target) || generated(target)) continue;
              const submodule = submoduleOf(target);
              const inSubmodule = submodule === undefined ? undefined : `the path is inside the git submodule \`${submodule}\`, another repository's files, which the scan does not read`;
              const other = submodule === undefined && !target.slice(target.lastIndexOf('/') + 1).includes('.') ? (stems ??= byStem(ctx.workspace.files)).get(target) ?? stems.get(`${target}/index`) : undefined;
              const gap =
                inSubmodule ??
                (other !== undefined
                  ? `\`${other}\` is there, with an extension this does not resolve: a bundler configured for it (vue-loader adds \`.vue\`, webpack \`resolve.extensions\`) loads it`
                  : compiledElsewhere(project(), path, spec)?.gap);
              found.push({ ...at, ...(gap !== undefined ? { gap } : {}), ...(inSubmodule !== undefined ? { gapAnyway: inSubmodule } : {}), messageId: 'missingRelative', data: { spec: imp.spec, target: target === '' ? '.' : target } });
            } else if (imp.spec.startsWith('#')) {
              const pkg = project().packagesAbove(path).find((p) => p.imports);
              if (!pkg?.imports) continue; // no `imports` field: a bundler alias, not Node's subpath imports
              const targets = subpathTargets(pkg.imports, imp.spec);
              if (targets === null) continue; // conditions too deep or too many to read: not judged
              if (targets === undefined) {
                found.push({ ...at, messageId: 'missingSubpath', data: { spec: imp.spec, manifest: pkg.path, why: 'have no matching entry' } });
                continue;
              }
              const local = targets.filter((t) => t.startsWith('./')).map((t) => joinPath(pkg.dir, t) ?? t);
              if (local.length === 0 || local.length < targets.length) continue; // maps to a package
              if (local.some((t) => project().resolveFile(t) || generated(t))) continue;
              found.push({ ...at, messageId: 'missingSubpath', data: { spec: imp.spec, manifest: pkg.path, why: `map it to ${local.join(', ')}, which does not exist` } });
            } else {
              const maps = project().pathMappings(path, spec);
              // A catch-all `*` mapping is a fallback for packages too: it proves nothing when it misses.
              const specific = maps.filter((m) => m.mapping.pattern !== '*');
              if (specific.length === 0) continue;
              const all = maps.flatMap((m) => m.targets);
              if (all.some((t) => project().resolveFile(t) || generated(t))) continue;
              const base = project().baseUrlFor(path);
              if (base !== undefined && project().resolveFile(base === '' ? spec : `${base}/${spec}`)) continue;
              // The bundler's own alias may serve it (webpack resolve.alias over tsconfig paths).
              const bundler = project().bundlerFor(path, spec);
              if (bundler !== undefined && 'by' in bundler) continue;
              const m = specific[0]!;
              found.push({ ...at, ...(bundler !== undefined ? { gap: bundler.gap } : {}), messageId: 'missingAlias', data: { spec: imp.spec, pattern: m.mapping.pattern, config: m.mapping.config, targets: m.targets.join(', ') } });
            }
          }
          const v = values[0];
          return {
            imports: values.flatMap((x) => x.imports.map((i) => i.spec)),
            found,
            // Every load, guarded too, for the import graph (a file nothing loads is never run).
            links: values.flatMap((x) => x.links),
            ...(v?.mentions ? { mentions: v.mentions } : {}),
            ...(v?.byPattern ? { byPattern: true } : {}),
            ...(v?.patternFolders ? { patternFolders: v.patternFolders } : {}),
          };
        }, isJudged);
        if (judged.every((j) => j.value.imports.length === 0)) return ctx.notApplicable('no JS/TS imports');
        if (judged.every((j) => j.value.found.length === 0)) return;
        const links: JsLinks[] = judged.map(({ path, value }) => ({ path, specs: value.links, mentions: value.mentions, byPattern: value.byPattern, patternFolders: value.patternFolders }));
        // Excluded by its tsconfig.json and imported by no built file: neither tsc nor a bundler builds it.
        let unbuiltFiles: ReadonlySet<string> | undefined;
        const unbuilt = (path: string) => (unbuiltFiles ??= project().unbuilt(judged.map(({ path, value }) => ({ path, specs: value.imports })))).has(path);
        const found: Array<Parameters<typeof ctx.report>[0]> = [];
        for (const { path, value } of judged) {
          for (const f of value.found) {
            // An import of types only, or in a file no build includes, is never shipped: gaps, not proofs.
            const own = f.typesOnly ? 'an import of types only, erased at run time' : unbuilt(path) ? 'no tsconfig or bundler builds this file' : undefined;
            const gap = own === undefined ? f.gap : (f.gapAnyway ?? own);
            found.push({ location: { path, line: f.line, column: f.column }, fingerprintKey: `${path} ${f.spec}`, ...(gap !== undefined ? { certainty: 'likely' as const, gap } : {}), messageId: f.messageId, data: f.data });
          }
        }
        // A file no file imports and no entry names is never loaded: its broken import fails nothing at run time.
        const unloaded = unloadedFiles(ctx.workspace, project(), links, found.map((r) => r.location!.path));
        for (const r of found) {
          const gap = r.certainty === undefined ? unloaded.get(r.location!.path) : undefined;
          ctx.report(gap ? { ...r, certainty: 'likely', gap } : r);
        }
      },
    };
  },
});

/** One import that resolves to nothing, before what the import graph says of its file. */
interface Found {
  line: number;
  column: number;
  spec: string;
  /** Only its types are imported. */
  typesOnly: boolean;
  /** Why it is likely, when the file is built and the import loads values (its own gap otherwise). */
  gap?: string;
  /** Why it is likely whatever the file's own gap (a submodule's path). */
  gapAnyway?: string;
  messageId: 'missingRelative' | 'missingSubpath' | 'missingAlias';
  data: Record<string, string>;
}

/** What one file's imports come to (perFile): kept while its observations are the same. */
interface Judged {
  /** The specifiers of the imports this rule judges. */
  imports: string[];
  found: Found[];
  /** Every specifier it loads: its edges of the import graph. */
  links: string[];
  mentions?: string[];
  byPattern?: boolean;
  patternFolders?: string[];
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isFound = (v: unknown): v is Found => {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return (
    Number.isInteger(f.line) &&
    Number.isInteger(f.column) &&
    typeof f.spec === 'string' &&
    typeof f.typesOnly === 'boolean' &&
    (f.gap === undefined || typeof f.gap === 'string') &&
    (f.gapAnyway === undefined || typeof f.gapAnyway === 'string') &&
    (f.messageId === 'missingRelative' || f.messageId === 'missingSubpath' || f.messageId === 'missingAlias') &&
    typeof f.data === 'object' &&
    f.data !== null &&
    Object.values(f.data).every((x) => typeof x === 'string')
  );
};

/** A kept value of the shape perFile's judge returns (the cache folder is not trusted). */
function isJudged(v: unknown): v is Judged {
  if (typeof v !== 'object' || v === null) return false;
  const j = v as Record<string, unknown>;
  return (
    isStrings(j.imports) &&
    Array.isArray(j.found) &&
    j.found.every(isFound) &&
    isStrings(j.links) &&
    (j.mentions === undefined || isStrings(j.mentions)) &&
    (j.byPattern === undefined || j.byPattern === true) &&
    (j.patternFolders === undefined || isStrings(j.patternFolders))
  );
}

const EXTS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.json'];

/** A file the TypeScript compiler does not emit: it stays where the source tree has it, or where a build puts it. */
const NOT_EMITTED = /\.(?:json|node|wasm|txt|html|css|svg|png|ya?ml)$/i;

/**
 * A TypeScript file compiled to an outDir runs from there, and a relative load of a file tsc does
 * not emit (`require('./catalog.json')`) resolves beside the compiled file: a build step may put it
 * there (eclipse-theia/theia's core downloads catalog.json into lib/browser after install). Likely.
 */
/**
 * Each file by its path without its last extension (`a/UserCard` → `a/UserCard.vue`), the first in
 * path order: what an import names when a bundler resolves an extension this does not model.
 */
function byStem(files: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of files) {
    const dot = p.lastIndexOf('.');
    if (dot > p.lastIndexOf('/') + 1 && !out.has(p.slice(0, dot))) out.set(p.slice(0, dot), p);
  }
  return out;
}

function compiledElsewhere(project: ReturnType<typeof jsProject>, path: string, spec: string): { certainty: 'likely'; gap: string } | undefined {
  if (!/\.[cm]?tsx?$/.test(path) || !NOT_EMITTED.test(spec)) return undefined;
  const out = project.compiledFolder(path);
  if (!out) return undefined;
  const where = out.folder !== undefined ? `\`${out.folder}\`` : `under \`${out.outDir}\``;
  return { certainty: 'likely', gap: `the file runs compiled, from ${where} (outDir of ${out.config}), where a build step may write \`${spec}\`` };
}

/** How deep a subpath import's conditions are read, and how many target strings: a manifest is the pull request's to write. */
const MAX_CONDITION_DEPTH = 32;
const MAX_TARGETS = 256;

/**
 * The targets of a subpath import (`#db` or a `#lib/*` pattern), every string of its conditions;
 * undefined if no key matches; null when its conditions are nested deeper or hold more strings than
 * are read (a stack overflow stopped the check on 100,000 nested arrays).
 */
function subpathTargets(imports: Record<string, unknown>, spec: string): string[] | undefined | null {
  let value: unknown;
  let captured = '';
  if (spec in imports) value = imports[spec];
  else {
    let best = -1;
    for (const key of Object.keys(imports)) {
      const star = key.indexOf('*');
      if (star < 0) continue;
      const pre = key.slice(0, star);
      const post = key.slice(star + 1);
      if (spec.startsWith(pre) && spec.endsWith(post) && spec.length >= key.length - 1 && pre.length > best) {
        best = pre.length;
        value = imports[key];
        captured = spec.slice(pre.length, spec.length - post.length);
      }
    }
    if (best < 0) return undefined;
  }
  const out: string[] = [];
  let whole = true;
  const collect = (v: unknown, depth: number) => {
    if (!whole) return;
    if (typeof v === 'string') {
      // A function, not a string: `$&` or `$'` in the import (the pull request's text) are not patterns.
      if (out.length < MAX_TARGETS) out.push(v.replace(/\*/g, () => captured));
      else whole = false;
    } else if (v && typeof v === 'object') {
      if (depth >= MAX_CONDITION_DEPTH) whole = false;
      else for (const x of Array.isArray(v) ? v : Object.values(v)) collect(x, depth + 1);
    }
  };
  collect(value, 0);
  return whole ? out : null;
}
